/**
 * Makes this process look like Cloudflare Workers to Hono's getRuntimeKey (which reads the Workers global
 * `navigator.userAgent`), so a test can exercise the Workers client-IP policy through the real app.
 * Returns the undo; call it in `after`.
 */
export function pretendWorkersRuntime(): () => void {
  const had = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  Object.defineProperty(globalThis, 'navigator', { value: { userAgent: 'Cloudflare-Workers' }, configurable: true, writable: true });
  return () => {
    if (had) Object.defineProperty(globalThis, 'navigator', had);
    else delete (globalThis as { navigator?: unknown }).navigator;
  };
}
