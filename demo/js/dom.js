/**
 * The only way the demo pages build DOM: elements, attributes and text nodes, never HTML strings. A value that
 * came from the API (a lead's name, an email subject) is always a text node, so hostile strings stay inert.
 */

/** @typedef {string | number | boolean | null | undefined} AttrValue */
/** @typedef {Node | string | number | null | undefined | false} Child */

/**
 * Creates `<tag>` with attributes and children. `class` takes a string, `dataset` an object; event handlers go
 * through `on` (addEventListener), never through `on*` attributes, which a strict CSP would block anyway.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {{ [name: string]: AttrValue | Record<string, string> | Record<string, EventListener> }} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && typeof value === 'object') {
      if (name === 'dataset') Object.assign(el.dataset, value);
      else if (name === 'on') for (const [type, fn] of Object.entries(value)) el.addEventListener(type, /** @type {EventListener} */ (fn));
      else throw new Error(`h(): "${name}" takes a string`);
    } else if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') throw new Error(`h(): refusing attribute "${name}"`);
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

/**
 * Appends children as nodes; strings and numbers become text nodes.
 * @param {Element} parent
 * @param {(Child | Child[])[]} children
 */
export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/**
 * Replaces an element's children.
 * @param {Element} el
 * @param {...(Child | Child[])} children
 */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

/**
 * The element with `id`, typed; throws when the page lacks it (a markup bug, better loud than silent).
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} [type]
 * @returns {T}
 */
export function byId(id, type) {
  const el = document.getElementById(id);
  if (!el || (type && !(el instanceof type))) throw new Error(`#${id} missing or of the wrong kind`);
  return /** @type {T} */ (el);
}
