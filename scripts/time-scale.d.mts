export function scaleForLoad(load?: number, cores?: number): number;
export function timeScale(env?: Record<string, string | undefined>): number;
export function scaled(ms: number): number;
