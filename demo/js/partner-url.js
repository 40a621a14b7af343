/**
 * Where the demo's partner site is: the same stack's second listener, on the same host at PORT + 1
 * (api/node.ts), so the link follows `PORT=… npm start` instead of assuming 8788.
 * @param {{ protocol: string, hostname: string, port: string }} page  the current page's location
 * @returns {string}
 */
export function partnerSiteUrl({ protocol, hostname, port }) {
  const own = Number(port) || (protocol === 'https:' ? 443 : 80);
  return `${protocol}//${hostname}:${own + 1}/`;
}
