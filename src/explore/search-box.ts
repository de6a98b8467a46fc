import { search, type SearchHit } from './api.js';
import { el, swatch } from './dom.js';
import { styleOf } from './node-types.js';

/**
 * The search box: full-text `search` as one types (debounced) or on Enter, results in a
 * list under it; choosing one (click, or Enter on the first) hands its id to `pick`.
 */
export function setupSearchBox(options: {
  form: HTMLFormElement;
  input: HTMLInputElement;
  list: HTMLUListElement;
  types: () => string[] | null;
  pick: (hit: SearchHit) => void;
  fail: (message: string) => void;
}): void {
  const { form, input, list } = options;
  let timer: number | undefined;
  let asked = 0;
  let hits: SearchHit[] = [];

  async function run(): Promise<void> {
    const text = input.value.trim();
    const ticket = ++asked;
    if (!text) return show([]);
    try {
      const found = await search(text, options.types(), 12);
      if (ticket === asked) show(found, text);
    } catch (error) {
      if (ticket === asked) options.fail(error instanceof Error ? error.message : String(error));
    }
  }

  function show(found: SearchHit[], text = ''): void {
    hits = found;
    list.replaceChildren(
      ...found.map((hit) => {
        const style = styleOf(hit.type);
        const item = el(
          'li',
          { role: 'option', 'data-id': hit.id, tabindex: '0' },
          swatch(style.color),
          el('span', { class: 'hit-label' }, hit.label),
          el('span', { class: 'hit-type' }, hit.detail ? `${style.label} · ${hit.detail}` : style.label),
        );
        item.addEventListener('click', () => choose(hit));
        item.addEventListener('keydown', (e) => {
          if (e.key === 'Enter') choose(hit);
        });
        return item;
      }),
    );
    if (text && found.length === 0) list.append(el('li', { class: 'none' }, `Nothing found for “${text}”`));
    list.hidden = list.childElementCount === 0;
  }

  function choose(hit: SearchHit): void {
    list.hidden = true;
    input.value = hit.label;
    options.pick(hit);
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    // Enter twice on the same text picks the first hit.
    const first = hits[0];
    if (!list.hidden && first) return choose(first);
    void run();
  });
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) list.hidden = true;
  });
}
