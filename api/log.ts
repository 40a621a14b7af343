/**
 * Structured logs with personal data masked: emails become "d***@example.com" and phone-like digit runs keep
 * only their last two digits, whatever message or field they appear in (defect D33).
 */
export interface Logger {
  debug(msg: string, data?: object): void;
  info(msg: string, data?: object): void;
  warn(msg: string, data?: object): void;
  error(msg: string, data?: object): void;
}

const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
const PHONE = /\+?\d[\d\s().-]{6,}\d/g;

export function maskPii(s: string): string {
  return s.replace(EMAIL, '$1***@$2').replace(PHONE, (m) => `***${m.replace(/\D/g, '').slice(-2)}`);
}

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;

export function createLogger(level: keyof typeof LEVELS = 'info', sink: (line: string) => void = (l) => console.log(l)): Logger {
  const emit = (lvl: keyof typeof LEVELS) => (msg: string, data?: object) => {
    if (LEVELS[lvl] < LEVELS[level]) return;
    sink(maskPii(JSON.stringify({ t: new Date().toISOString(), level: lvl, msg, ...data })));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
