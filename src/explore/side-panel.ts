import { el, swatch } from './dom.js';
import { LIST } from './node-details.js';
import { styleOf } from './node-types.js';
import type { NodeDetails } from './types.js';

/**
 * Right column: the selected node's fields, counts and sources. Each source links to its
 * article in the explorer (the article is a node too), so a reader can walk from a town
 * to the story that names it and on to the page it was printed on.
 */
export class SidePanel {
  constructor(
    private readonly root: HTMLElement,
    private readonly open: (id: string) => void,
  ) {
    this.empty();
  }

  empty(): void {
    this.root.replaceChildren(
      el('p', { class: 'hint' }, 'Select a node to see its fields, counts and the articles it comes from.'),
    );
  }

  loading(label: string): void {
    this.root.replaceChildren(el('h2', {}, label), el('p', { class: 'hint' }, 'Loading…'));
  }

  error(message: string): void {
    this.root.replaceChildren(el('p', { class: 'error' }, message));
  }

  show(details: NodeDetails, drawn: Map<string, number>): void {
    const style = styleOf(details.type);
    const fields = el('dl', { class: 'fields' });
    for (const [name, value] of details.fields) fields.append(el('dt', {}, name), el('dd', {}, value));

    const counts = el('ul', { class: 'counts' });
    for (const [name, n] of details.counts) {
      counts.append(el('li', {}, el('b', {}, n >= LIST ? `${LIST}+` : String(n)), ` ${name}`));
    }
    if (drawn.size) {
      const text = [...drawn].map(([type, n]) => `${n} ${type}`).join(', ');
      counts.append(el('li', { class: 'drawn' }, `drawn here: ${text}`));
    }

    const sources = el('ol', { class: 'sources' });
    for (const s of details.sources) {
      const link = el('a', { href: `/explore?node=${encodeURIComponent(s.articleId)}` }, s.title || s.articleId);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        this.open(s.articleId);
      });
      sources.append(
        el(
          'li',
          {},
          link,
          s.date ? el('span', { class: 'date' }, ` ${s.date}`) : null,
          s.snippet ? el('blockquote', {}, s.snippet) : null,
        ),
      );
    }

    const parts: (Node | null)[] = [
      el('div', { class: 'panel-type' }, swatch(style.color, `shape-${style.shape}`), style.label),
      el('h2', { id: 'panel-title' }, details.label),
      fields,
      details.counts.length || drawn.size ? el('h3', {}, 'Counts') : null,
      counts,
      details.sources.length ? el('h3', {}, `Sources (${details.sources.length})`) : null,
      sources,
      el('p', { class: 'node-id' }, details.id),
    ];
    this.root.replaceChildren(...parts.filter((p): p is Node => p !== null));
  }
}
