import { shortestPath } from './api.js';
import type { GraphView } from './graph-view.js';

/**
 * Path mode: while the toggle is on, the first node picked is the start and the second
 * the end; the shortest path between them (from the API, so it may run through nodes not
 * drawn yet, which are added) is highlighted. Turning the mode off (the button or Escape) clears it.
 */
export interface PathMode {
  readonly active: boolean;
  /** Called for every node picked while the mode is on. */
  pick(id: string): Promise<void>;
  /** Finds and shows the path between two nodes straight away (also used by the test). */
  run(from: string, to: string): Promise<boolean>;
}

const MAX_HOPS = 6;

export function setupPathMode(options: {
  button: HTMLButtonElement;
  view: GraphView;
  status: (message: string, kind?: 'error') => void;
}): PathMode {
  const { button, view, status } = options;
  /** The articles behind the path's steps, as the status line's tooltip. */
  const statusTitle = (text: string) => document.getElementById('status')?.setAttribute('title', text);
  let active = false;
  let start: string | null = null;

  function setActive(on: boolean): void {
    active = on;
    start = null;
    button.setAttribute('aria-pressed', String(on));
    button.classList.toggle('on', on);
    view.clearHighlight();
    status(on ? 'Path mode: pick the first node' : '');
  }
  button.addEventListener('click', () => setActive(!active));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && active) setActive(false);
  });

  async function run(from: string, to: string): Promise<boolean> {
    status('Looking for the shortest path…');
    const path = await shortestPath(from, to, MAX_HOPS);
    if (!path || path.nodes.length === 0) {
      view.clearHighlight();
      status(`No path of at most ${MAX_HOPS} steps between these two nodes`, 'error');
      return false;
    }
    if (view.add(path) > 0) await view.layout();
    view.highlight(
      path.nodes.map((n) => n.id),
      path.edges.map((e) => e.id),
    );
    view.markPathEnd(from);
    view.markPathEnd(to);
    status(`Path: ${path.nodes.map((n) => n.label).join(' → ')} (${path.edges.length} steps)`);
    const sources = [...new Set([...path.evidence.values()].flat())];
    if (sources.length) statusTitle(`Stated in: ${sources.join('; ')}`);
    return true;
  }

  return {
    get active() {
      return active;
    },
    async pick(id: string) {
      if (!start || start === id) {
        view.clearHighlight();
        start = id;
        view.markPathEnd(id);
        status(`Path from ${view.labelOf(id) ?? id}: now pick the second node`);
        return;
      }
      const from = start;
      start = null;
      await run(from, id);
    },
    run,
  };
}
