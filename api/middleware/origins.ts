/**
 * ALLOWED_ORIGINS holds exact origins ("https://kre8tion.com") and wildcard patterns ("https://*.example.com",
 * matching any subdomain but not the bare domain). Anything else gets no CORS headers.
 */
export function originMatcher(allowed: string[]): (origin: string) => boolean {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const entry of allowed) {
    if (entry.includes('*')) {
      const esc = entry.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('\\*', '*').replace('*', '[a-z0-9-]+(?:\\.[a-z0-9-]+)*');
      patterns.push(new RegExp(`^${esc}$`, 'i'));
    } else exact.add(entry.toLowerCase());
  }
  return (origin) => exact.has(origin.toLowerCase()) || patterns.some((p) => p.test(origin));
}
