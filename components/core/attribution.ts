import type { Attribution } from '../../model/contracts.js';

const KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'gclid', 'fbclid', 'msclkid'] as const;
const STORE = 'kre8:attribution';

/**
 * The visitor's attribution, captured with no configuration: UTM parameters and click ids from the landing
 * URL, the referrer and the landing URL. First touch in the tab wins (kept in sessionStorage), so a visitor
 * who navigates inside the site keeps the campaign they arrived with.
 */
export function captureAttribution(partner?: string | null): Attribution {
  let stored: Attribution | null;
  try {
    stored = JSON.parse(sessionStorage.getItem(STORE) ?? 'null') as Attribution | null;
  } catch {
    stored = null;
  }
  if (!stored) {
    const params = new URLSearchParams(location.search);
    stored = {};
    for (const k of KEYS) {
      const v = params.get(k);
      if (v) stored[k] = v.slice(0, 200);
    }
    if (document.referrer) stored.referrer = document.referrer.slice(0, 500);
    stored.landingUrl = location.href.slice(0, 1000);
    try {
      sessionStorage.setItem(STORE, JSON.stringify(stored));
    } catch {
      /* storage disabled: attribution still goes with this submission */
    }
  }
  return partner ? { ...stored, partner } : { ...stored };
}
