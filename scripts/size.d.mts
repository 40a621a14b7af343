export interface Ceiling { name: string; entry: string; lazy: boolean; kb: number; optional?: boolean }
export const CEILINGS: Ceiling[];
export function measure(dir: string, ceilings?: Ceiling[]): { rows: { bundle: string; status: string; [k: string]: string }[]; failed: number; total: number };
