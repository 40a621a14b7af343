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
// A phone is a digit run not glued to letters or underscores (so not inside a job key like bk_1234abcd…).
const PHONE_SRC = String.raw`(?<![\w])\+?\d[\d\s().-]{6,}\d(?![\w])`;
// Ids and times stay readable so log lines match the inspector: UUIDs and ISO dates/timestamps are not phones.
const KEEP_SRC = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const PHONE_OR_KEEP = new RegExp(`(${KEEP_SRC})|${PHONE_SRC}`, 'gi');

const NOT_PHONE = /^\d{1,3}(\.\d{1,3}){3}$/; // IPv4 addresses

export function maskPii(s: string): string {
  return s.replace(EMAIL, '$1***@$2').replace(PHONE_OR_KEEP, (m, keep?: string) => (keep || NOT_PHONE.test(m.trim()) ? m : `***${m.replace(/\D/g, '').slice(-2)}`));
}

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;

/** Masks every string inside a log record; numbers, booleans and the timestamp are left as they are. */
function maskValue(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return maskPii(v);
  if (depth > 5 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => maskValue(x, depth + 1));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, maskValue(x, depth + 1)]));
}

export function createLogger(level: keyof typeof LEVELS = 'info', sink: (line: string) => void = (l) => console.log(l)): Logger {
  const emit = (lvl: keyof typeof LEVELS) => (msg: string, data?: object) => {
    if (LEVELS[lvl] < LEVELS[level]) return;
    sink(JSON.stringify({ t: new Date().toISOString(), level: lvl, msg: maskPii(msg), ...(maskValue(data ?? {}) as object) }));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
