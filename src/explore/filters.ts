import { el, swatch } from './dom.js';
import { TYPE_STYLES } from './node-types.js';

/**
 * Left column: the legend doubles as the entity-type filter (one checkbox per type, in
 * its colour and shape), then a date range. `changed` fires on every edit.
 */
export interface FilterState {
  /** Types shown; all of them when every box is ticked. */
  types: Set<string>;
  from: string | null;
  to: string | null;
}

export interface Filters {
  state(): FilterState;
  /** The types to pass to the API, or null for "all". */
  apiTypes(): string[] | null;
}

export function setupFilters(container: HTMLElement, changed: () => void): Filters {
  const shown = new Set(TYPE_STYLES.map((t) => t.type));
  const boxes = TYPE_STYLES.map((t) => {
    const box = el('input', { type: 'checkbox', name: 'type', value: t.type });
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) shown.add(t.type);
      else shown.delete(t.type);
      changed();
    });
    return el('label', { class: 'legend-item' }, box, swatch(t.color, `shape-${t.shape}`), t.label);
  });
  const from = el('input', { type: 'date', name: 'from', 'aria-label': 'From date' });
  const to = el('input', { type: 'date', name: 'to', 'aria-label': 'To date' });
  from.addEventListener('change', changed);
  to.addEventListener('change', changed);

  container.replaceChildren(
    el('h2', {}, 'Types'),
    el('div', { class: 'legend', id: 'legend' }, ...boxes),
    el('h2', {}, 'Dates'),
    el('div', { class: 'dates' }, el('label', {}, 'from ', from), el('label', {}, 'to ', to)),
    el('p', { class: 'hint' }, 'Double-click a node to expand it. Path mode: pick two nodes.'),
  );

  return {
    state: () => ({ types: new Set(shown), from: from.value || null, to: to.value || null }),
    apiTypes: () => (shown.size === TYPE_STYLES.length ? null : [...shown]),
  };
}
