export type Layer = 'unit' | 'api' | 'reliability' | 'browser';
export const NODE_TEST_DIRS: string[];
export function layerOf(path: string, source: string): Layer;
export function nodeTestFiles(root?: string): { file: string; layer: Layer }[];
export function e2eFiles(root?: string): string[];
