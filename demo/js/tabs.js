/**
 * The WAI-ARIA tabs pattern over existing markup: `[role=tablist]` holding `[role=tab][aria-controls]` buttons.
 * Roving tabindex, Left/Right/Home/End move and activate (automatic activation: panels render cheaply).
 */

/** @typedef {{ select(id: string, focus?: boolean): void, readonly selected: string }} Tabs */

/**
 * The index a key press moves to, or null for keys the tablist does not handle.
 * @param {string} key
 * @param {number} index
 * @param {number} count
 * @returns {number | null}
 */
export function nextTabIndex(key, index, count) {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Wires a tablist. `onSelect` runs with the tab's id whenever the selection changes.
 * @param {HTMLElement} tablist
 * @param {(id: string) => void} onSelect
 * @returns {Tabs}
 */
export function createTabs(tablist, onSelect) {
  const tabs = /** @type {HTMLElement[]} */ ([...tablist.querySelectorAll('[role="tab"]')]);
  const doc = tablist.ownerDocument;
  let selected = '';

  /** @param {string} id @param {boolean} [focus] */
  function select(id, focus = false) {
    const target = tabs.find((t) => t.id === id) ?? tabs[0];
    for (const tab of tabs) {
      const on = tab === target;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = doc.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !on;
    }
    if (focus) target.focus();
    if (target.id !== selected) {
      selected = target.id;
      onSelect(selected);
    }
  }

  for (const tab of tabs) tab.addEventListener('click', () => select(tab.id));
  tablist.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(/** @type {HTMLElement} */ (event.target));
    const next = index < 0 ? null : nextTabIndex(event.key, index, tabs.length);
    if (next === null) return;
    event.preventDefault();
    select(tabs[next].id, true);
  });

  return {
    select,
    get selected() {
      return selected;
    },
  };
}
