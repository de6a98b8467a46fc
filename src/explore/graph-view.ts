import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type StylesheetJson } from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import { TYPE_STYLES } from './node-types.js';
import type { GraphNode, Subgraph } from './types.js';

/**
 * The drawing: one Cytoscape instance (canvas renderer, so a few thousand nodes stay
 * interactive; labels are skipped when zoomed far out and edges hidden while panning a
 * big graph). Knows nothing about the API: it is handed subgraphs and reports clicks.
 */
cytoscape.use(fcose);

/** Above this many visible nodes the layout skips the force-directed polish. */
const BIG = 300;

export interface GraphViewEvents {
  select(id: string | null): void;
  expand(id: string): void;
}

// Unquoted: Cytoscape refuses quotes in font-family (canvas accepts multi-word names as they are).
const FONTS = 'system-ui, Noto Sans CJK SC, WenQuanYi Zen Hei, PingFang SC, Microsoft YaHei, sans-serif';

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': FONTS,
      'font-size': 11,
      'min-zoomed-font-size': 7,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-max-width': '120px',
      'text-wrap': 'ellipsis',
      width: 22,
      height: 22,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...TYPE_STYLES.map((t) => ({
    selector: `node[type = "${t.type}"]`,
    style: { 'background-color': t.color, shape: t.shape },
  })),
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#b8bec6',
      'target-arrow-color': '#b8bec6',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'curve-style': 'bezier',
      label: 'data(type)',
      'font-family': FONTS,
      'font-size': 8,
      // Relationship names show when zoomed in, and always on the selected node's edges.
      'min-zoomed-font-size': 12,
      color: '#6b7280',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
    },
  },
  {
    selector: 'edge.near',
    style: { 'min-zoomed-font-size': 0, 'font-size': 9, color: '#374151', 'line-color': '#8b95a3', width: 1.8 },
  },
  { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#111827', width: 30, height: 30 } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59e0b' } },
  { selector: 'node.path-end', style: { 'border-width': 4, 'border-color': '#dc2626' } },
  { selector: '.faded', style: { opacity: 0.15 } },
  {
    selector: 'edge.on-path',
    style: { width: 4, 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', color: '#dc2626', 'z-index': 10 },
  },
  { selector: 'node.on-path', style: { 'border-width': 3, 'border-color': '#dc2626', 'z-index': 10 } },
  { selector: '.hidden', style: { display: 'none' } },
];

export class GraphView {
  readonly cy: Core;
  private running: cytoscape.Layouts | null = null;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
    });
    this.cy.on('select', 'node', (e) => (e.target as NodeSingular).connectedEdges().addClass('near'));
    this.cy.on('unselect', 'node', (e) => (e.target as NodeSingular).connectedEdges().removeClass('near'));
    this.cy.on('tap', 'node', (e) => events.select((e.target as NodeSingular).id()));
    // Cytoscape calls any two taps within its debounce time a double tap, even on two
    // different nodes (a quick pick of two path ends); only two taps on one node expand it.
    let lastTap: string | null = null;
    let tapBefore: string | null = null;
    this.cy.on('tap', (e) => {
      tapBefore = lastTap;
      lastTap = e.target === this.cy ? null : (e.target as NodeSingular).id();
      if (e.target === this.cy) events.select(null);
    });
    this.cy.on('dbltap', 'node', (e) => {
      const id = (e.target as NodeSingular).id();
      if (tapBefore === id) events.expand(id);
    });
  }

  get nodeCount(): number {
    return this.cy.nodes().length;
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /**
   * Adds what is not drawn yet. New nodes start on top of `around` (the node that was
   * expanded) so the layout grows the graph out of it instead of scattering it.
   */
  add(graph: Subgraph, around?: string): number {
    const origin = around ? this.cy.getElementById(around) : null;
    const at = origin?.nonempty() ? origin.position() : { x: 0, y: 0 };
    const fresh: ElementDefinition[] = [];
    for (const n of graph.nodes) {
      if (this.has(n.id)) continue;
      fresh.push({
        group: 'nodes',
        data: { id: n.id, type: n.type, label: n.label, first: n.first ?? null, last: n.last ?? null },
        position: { x: at.x + (Math.random() - 0.5) * 40, y: at.y + (Math.random() - 0.5) * 40 },
      });
    }
    for (const e of graph.edges) {
      if (this.has(e.id)) continue;
      fresh.push({ group: 'edges', data: { id: e.id, type: e.type, source: e.source, target: e.target } });
    }
    // Edges whose ends are not both drawn (the API limits node counts) would throw.
    const ids = new Set(
      this.cy
        .nodes()
        .map((n) => n.id())
        .concat(graph.nodes.map((n) => n.id)),
    );
    const added = this.cy.add(
      fresh.filter(
        (d) => d.group === 'nodes' || (ids.has(d.data.source as string) && ids.has(d.data.target as string)),
      ),
    );
    return added.nodes().length;
  }

  focus(id: string): void {
    this.cy.nodes('.focus').removeClass('focus');
    const node = this.cy.getElementById(id);
    node.addClass('focus');
    this.cy.nodes(':selected').unselect();
    node.select();
  }

  /**
   * Force-directed layout with fCoSE (spectral placement, then a short force-directed
   * polish with grid-based repulsion): 500 nodes settle in well under 2 s, where the
   * built-in CoSE takes several. Not animated. A fresh drawing starts from scratch;
   * after an expand, from the current positions, so what was on screen stays roughly
   * where it was.
   */
  layout(fresh = false): Promise<number> {
    this.running?.stop();
    const started = performance.now();
    const visible = this.cy.elements(':visible');
    const big = visible.nodes().length > BIG;
    const layout = visible.layout({
      name: 'fcose',
      // A big graph is placed afresh by the spectral step alone ('draft'), which takes
      // a fraction of the force-directed polish and already separates its clusters.
      quality: big ? 'draft' : 'default',
      randomize: fresh || big,
      numIter: 1000,
      animate: false,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: !big,
      nodeRepulsion: () => 12000,
      idealEdgeLength: () => 110,
      nodeSeparation: 80,
      packComponents: true,
    } as FcoseLayoutOptions);
    this.running = layout;
    return new Promise((resolve) => {
      layout.one('layoutstop', () => {
        this.running = null;
        resolve(performance.now() - started);
      });
      layout.run();
    });
  }

  /** Highlights a path (its nodes and edges in order) and fades everything else. */
  highlight(nodeIds: string[], edgeIds: string[]): void {
    this.clearHighlight();
    const onPath = this.cy.collection();
    for (const id of [...nodeIds, ...edgeIds]) onPath.merge(this.cy.getElementById(id));
    this.cy.elements().not(onPath).addClass('faded');
    onPath.addClass('on-path');
    // Fit the path, but no closer than a readable zoom (a two-step path would fill the screen).
    this.cy.fit(onPath, 80);
    if (this.cy.zoom() > 1.4) {
      this.cy.zoom(1.4);
      this.cy.center(onPath);
    }
  }

  clearHighlight(): void {
    this.cy.elements().removeClass('faded on-path path-end');
  }

  markPathEnd(id: string): void {
    this.cy.getElementById(id).addClass('path-end');
  }

  /** Hides nodes (and so their edges) that the filters leave out. */
  applyFilter(visible: (node: GraphNode) => boolean): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        if (visible(n.data() as GraphNode)) n.removeClass('hidden');
        else n.addClass('hidden');
      });
    });
  }

  typeOf(id: string): string | undefined {
    const n = this.cy.getElementById(id);
    return n.nonempty() ? (n.data('type') as string) : undefined;
  }

  labelOf(id: string): string | undefined {
    const n = this.cy.getElementById(id);
    return n.nonempty() ? (n.data('label') as string) : undefined;
  }

  /** Relationship counts of a drawn node, by type, as drawn. */
  drawnDegree(id: string): Map<string, number> {
    const counts = new Map<string, number>();
    this.cy
      .getElementById(id)
      .connectedEdges()
      .forEach((e) => {
        const type = e.data('type') as string;
        counts.set(type, (counts.get(type) ?? 0) + 1);
      });
    return counts;
  }
}

/**
 * Times the layout on a made-up graph of `n` nodes (a random tree plus n/2 extra edges,
 * about the shape of a town's neighbourhood) in an off-screen view of the same size.
 */
export async function benchmarkLayout(like: HTMLElement, n: number, fresh: boolean): Promise<number> {
  const box = document.createElement('div');
  box.style.cssText = `position:absolute;left:-10000px;top:0;width:${like.clientWidth}px;height:${like.clientHeight}px`;
  document.body.append(box);
  const view = new GraphView(box, { select: () => undefined, expand: () => undefined });
  const types = TYPE_STYLES.map((t) => t.type);
  const graph: Subgraph = { nodes: [], edges: [] };
  for (let i = 0; i < n; i++) {
    graph.nodes.push({ id: `n${i}`, type: types[i % types.length] ?? 'Town', label: `节点${i}` });
    if (i > 0)
      graph.edges.push({ id: `t${i}`, type: 'MENTIONS', source: `n${Math.floor(Math.random() * i)}`, target: `n${i}` });
  }
  for (let i = 0; i < n / 2; i++) {
    const a = Math.floor(Math.random() * n);
    const b = Math.floor(Math.random() * n);
    if (a !== b) graph.edges.push({ id: `x${i}`, type: 'PART_OF', source: `n${a}`, target: `n${b}` });
  }
  view.add(graph);
  const ms = await view.layout(fresh);
  view.cy.destroy();
  box.remove();
  return ms;
}
