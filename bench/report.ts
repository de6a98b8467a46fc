/**
 * One bench run as data (bench/results/*.json) and as markdown (bench/RESULTS.md), with the
 * targets of issue #7 checked against it.
 */
import type { ExtractBench } from './extract-bench.js';
import type { IngestBench } from './ingest-bench.js';
import { p99Target, renderQueryBench, type QueryBenchResult } from './queries.js';

export interface GraphCounts {
  nodes: number;
  relationships: number;
  labels: { name: string; count: number }[];
  relationshipTypes: { name: string; count: number }[];
}

export interface Target {
  what: string;
  goal: string;
  measured: string;
  met: boolean;
}

export interface BenchRun {
  startedAt: string;
  command: string;
  machine: string;
  corpus: { pages: number; articles: number; mb: number; seed: number };
  extraction: ExtractBench;
  ingest?: IngestBench;
  graph?: GraphCounts;
  queries?: QueryBenchResult;
  /** Wrong answers, failed requests, pages that did not load: what makes the bench fail. */
  problems: string[];
  targets: Target[];
}

/** 100k articles in under 5 minutes, as a rate, so that every corpus size is held to it. */
export const INGEST_ARTICLES_PER_SECOND = 100_000 / 300;
export const EXTRACT_MB_PER_SECOND = 1;
export const FLOOR_RATIO = 1.3;
export const API_RSS_MB = 300;
/** The latency targets are set at this many concurrent clients. */
export const TARGET_CONNECTIONS = 16;

export function targetsOf(run: Pick<BenchRun, 'extraction' | 'ingest' | 'queries'>): Target[] {
  const targets: Target[] = [
    {
      what: 'extraction',
      goal: `≥ ${EXTRACT_MB_PER_SECOND} MB/s per core`,
      measured: `${run.extraction.mbPerSecond.toFixed(2)} MB/s`,
      met: run.extraction.mbPerSecond >= EXTRACT_MB_PER_SECOND,
    },
  ];
  if (run.ingest) {
    targets.push({
      what: 'ingest',
      goal: `≥ ${INGEST_ARTICLES_PER_SECOND.toFixed(0)} articles/s (100k in < 5 min)`,
      measured: `${run.ingest.articlesPerSecond.toFixed(0)} articles/s (${run.ingest.seconds.toFixed(0)} s)`,
      met: run.ingest.articlesPerSecond >= INGEST_ARTICLES_PER_SECOND,
    });
  }
  const q = run.queries;
  if (!q) return targets;
  const whose = (target: string) => (target === 'ours-uncached' ? ' (no cache)' : '');
  const ours = (target: string) => target === 'ours' || target === 'ours-uncached';
  for (const r of q.runs.filter((r) => ours(r.target) && r.connections === TARGET_CONNECTIONS)) {
    targets.push({
      what: `${r.operation}${whose(r.target)} p99 at ${TARGET_CONNECTIONS} clients`,
      goal: `< ${p99Target(r.kind)} ms`,
      measured: `${r.p99.toFixed(1)} ms`,
      met: r.p99 < p99Target(r.kind),
    });
  }
  for (const ratio of q.ratios) {
    targets.push({
      what: `${ratio.operation}${whose(ratio.target)} GraphQL ÷ driver at ${ratio.connections}`,
      goal: `≤ ${FLOOR_RATIO}`,
      measured: ratio.floorByLatency.toFixed(2),
      met: ratio.floorByLatency <= FLOOR_RATIO,
    });
    if (Number.isFinite(ratio.peerByLatency)) {
      targets.push({
        what: `${ratio.operation}${whose(ratio.target)} ours ÷ @neo4j/graphql at ${ratio.connections}`,
        goal: '≤ 1',
        measured: ratio.peerByLatency.toFixed(2),
        met: ratio.peerByLatency <= 1,
      });
    }
  }
  const apiRss = q.memory.rssMb.ours;
  if (apiRss !== undefined) {
    targets.push({
      what: 'API RSS',
      goal: `< ${API_RSS_MB} MB`,
      measured: `${apiRss.toFixed(0)} MB`,
      met: apiRss < API_RSS_MB,
    });
  }
  return targets;
}

export function renderBenchRun(run: BenchRun): string {
  const { corpus, extraction: x, ingest: i, graph: g } = run;
  const out = [
    `## ${run.startedAt.slice(0, 16).replace('T', ' ')} UTC — ${corpus.articles.toLocaleString('en')} articles`,
    '',
    `Machine: ${run.machine}.`,
    `Command: \`${run.command}\``,
    '',
    `**Corpus**: ${corpus.pages} pages, ${corpus.articles} articles, ${corpus.mb.toFixed(1)} MB (seed ${corpus.seed}).`,
    '',
    `**Extraction** (one core, ${x.pages} corpus pages cycled): ${x.mbPerSecond.toFixed(2)} MB/s ` +
      `(${x.msPerPage.toFixed(2)} ms/page; ${x.mbPerCpuSecond.toFixed(2)} MB per CPU-second), peak RSS ` +
      `${x.peakRssMb.toFixed(0)} MB. Against what the generator wrote (first 1000 pages): entities ` +
      `P ${x.entities.precision.toFixed(3)} R ${x.entities.recall.toFixed(3)} F1 ${x.entities.f1.toFixed(3)}, ` +
      `relations P ${x.relations.precision.toFixed(3)} R ${x.relations.recall.toFixed(3)} F1 ${x.relations.f1.toFixed(3)}.`,
    '',
  ];
  if (i) {
    out.push(
      `**Ingest** (\`npm run ingest\` into a fresh embedded Neo4j, ${i.batchPages} pages per transaction): ` +
        `${i.seconds.toFixed(1)} s, ${i.articlesPerSecond.toFixed(0)} articles/s, ${i.failed} failed; ` +
        `ingest process peak RSS ${i.peakRssMb.toFixed(0)} MB; on disk after shutdown: store ` +
        `${i.storeMb?.toFixed(0) ?? '?'} MB + transaction logs ${i.txLogsMb?.toFixed(0) ?? '?'} MB.`,
      `CLI summary: ${i.summary}`,
      '',
    );
  }
  if (g) {
    const list = (xs: { name: string; count: number }[]) => xs.map((c) => `${c.name} ${c.count}`).join(', ');
    out.push(
      `**Graph**: ${g.nodes} nodes (${list(g.labels)}); ${g.relationships} relationships (${list(g.relationshipTypes)}).`,
      '',
    );
  }
  if (run.queries) out.push('**Queries**', '', renderQueryBench(run.queries), '');
  out.push('**Targets**', '', '| target | goal | measured | met |', '|---|---|--:|:-:|');
  for (const t of run.targets) out.push(`| ${t.what} | ${t.goal} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`);
  if (run.problems.length > 0) out.push('', `**Problems** (the bench failed): ${run.problems.join('; ')}`);
  return out.join('\n');
}
