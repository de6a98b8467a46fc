import './explore.css';
import { busiestTown, neighborhood, stats } from './api.js';
import { byId } from './dom.js';
import { setupFilters } from './filters.js';
import { benchmarkLayout, GraphView } from './graph-view.js';
import { nodeDetails } from './node-details.js';
import { setupPathMode } from './path-mode.js';
import { setupSearchBox } from './search-box.js';
import { SidePanel } from './side-panel.js';
import type { Subgraph } from './types.js';
import { nodeFromUrl, setNodeInUrl } from './url-state.js';

/**
 * The /explore page: wires the search box, graph, side panel, path mode, filters and the
 * address bar together. Everything it shows comes from the public GraphQL API.
 */

/** How far and how much one open or expand draws. */
const DEPTH = 1;
const LIMIT = 150;

const statusLine = byId('status');
const message = byId('message');

function status(text: string, kind?: 'error'): void {
  statusLine.textContent = text;
  statusLine.removeAttribute('title');
  statusLine.classList.toggle('error', kind === 'error');
}

function showMessage(text: string | null): void {
  message.hidden = text === null;
  message.textContent = text ?? '';
}

function fail(error: unknown): void {
  status(error instanceof Error ? error.message : String(error), 'error');
}

const filters = setupFilters(byId('filters'), () => applyFilters());
const panel = new SidePanel(byId('panel'), (id) => void open(id));
const view = new GraphView(byId('graph'), {
  select: (id) => {
    if (id && pathMode.active) return void pathMode.pick(id).catch(fail);
    void select(id);
  },
  // In path mode a tap picks a path end; expanding as well would redraw under the path.
  expand: (id) => (pathMode.active ? undefined : void expand(id).catch(fail)),
});
const pathMode = setupPathMode({ button: byId<HTMLButtonElement>('path-toggle'), view, status });
let firstDrawMs: number | null = null;

setupSearchBox({
  form: byId<HTMLFormElement>('search'),
  input: byId<HTMLInputElement>('search-input'),
  list: byId<HTMLUListElement>('search-results'),
  types: () => filters.apiTypes(),
  pick: (hit) => void open(hit.id),
  fail: (text) => status(text, 'error'),
});

/**
 * Hides what the filters leave out: types unticked, and dated nodes (articles, events,
 * pages, campaigns by first/last seen) wholly outside the date range. Undated nodes stay.
 */
function applyFilters(relayout = true): void {
  const { types, from, to } = filters.state();
  view.applyFilter((node) => {
    if (!types.has(node.type)) return false;
    if (from && node.last && node.last < from) return false;
    if (to && node.first && node.first > to) return false;
    return true;
  });
  if (relayout && view.nodeCount > 0) void view.layout();
}

/** Says so when the API's node limit cut a neighbourhood short. */
function cut(graph: Subgraph): string {
  return graph.truncated ? ` — only the first ${LIMIT} neighbours; double-click nodes to see more` : '';
}

/** Draws a node's neighbourhood afresh, centred on it (search pick, deep link, source link). */
async function open(id: string): Promise<void> {
  status('Loading…');
  try {
    const graph = await neighborhood(id, DEPTH, LIMIT, filters.apiTypes());
    if (graph.nodes.length === 0) {
      showMessage(`Nothing in the graph has the id “${id}”. Search for a town, unit or campaign above.`);
      status('');
      return;
    }
    showMessage(null);
    view.clear();
    view.add(graph);
    applyFilters(false);
    const ms = await view.layout(true);
    if (firstDrawMs === null) firstDrawMs = performance.now();
    view.focus(id);
    status(`${view.nodeCount} nodes drawn (layout ${Math.round(ms)} ms)${cut(graph)}`);
    await select(id);
  } catch (error) {
    fail(error);
  }
}

/** Adds a node's neighbours to what is drawn (double-click). */
async function expand(id: string): Promise<void> {
  status('Expanding…');
  const graph = await neighborhood(id, 1, LIMIT, filters.apiTypes());
  const added = view.add(graph, id);
  applyFilters(false);
  const ms = await view.layout();
  status(`${added} nodes added, ${view.nodeCount} drawn (layout ${Math.round(ms)} ms)${cut(graph)}`);
}

async function select(id: string | null): Promise<void> {
  setNodeInUrl(id);
  if (!id) return panel.empty();
  panel.loading(view.labelOf(id) ?? id);
  try {
    const details = await nodeDetails(id, view.typeOf(id));
    if (details) panel.show(details, view.drawnDegree(id));
    else panel.error(`No node with id ${id}`);
  } catch (error) {
    panel.error(error instanceof Error ? error.message : String(error));
  }
}

async function start(): Promise<void> {
  const id = nodeFromUrl();
  // No node asked for: start on the town the most articles mention, so the page opens on
  // the graph rather than on an empty canvas (asked for alongside the counts, not after).
  const [counts, town] = await Promise.all([stats(), id ? null : busiestTown()]);
  if (counts.nodes === 0) {
    showMessage(
      'The graph is empty. Load newspaper pages with `npm run ingest -- seeds/` (npm start loads SEEDS_DIR by itself), then reload this page.',
    );
    return;
  }
  const first = id ?? town;
  if (first) return open(first);
  showMessage(
    `${counts.nodes} nodes and ${counts.relationships} relationships are loaded. Search for a town, unit or campaign above — e.g. 双辽市 — to draw its neighbourhood.`,
  );
}

const ready = start().catch(fail);

/** For the end-to-end test and for poking at the page from the console. */
declare global {
  interface Window {
    explore: unknown;
  }
}
window.explore = {
  cy: view.cy,
  ready,
  open,
  expand,
  path: (from: string, to: string) => pathMode.run(from, to),
  layoutBenchmark: (n: number, fresh = false) => benchmarkLayout(byId('graph'), n, fresh),
  get firstDrawMs() {
    return firstDrawMs;
  },
};
