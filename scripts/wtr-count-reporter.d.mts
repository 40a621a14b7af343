interface Suite { tests?: { passed: boolean; skipped: boolean }[]; suites?: Suite[] }
export function countTests(sessions: { passed?: boolean; testResults?: Suite }[]): { passed: number; failed: number; skipped: number };
export function countReporter(file: string): { onTestRunFinished(args: { sessions: { passed?: boolean; testResults?: Suite }[] }): void };
