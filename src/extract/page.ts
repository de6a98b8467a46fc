/**
 * The one entry point of extraction: a page's text (or bytes) in, every fact out.
 *
 *   decode → normalize → header → segment → bylines → towns → units → campaigns
 *          → persons → reporters → events → relations
 *
 * Each stage runs under a guard: if it throws on some unforeseen text, the page still
 * comes out with what the other stages found, and the failure is named in `warnings`.
 * Extraction must never take a whole batch down because one page is odd.
 */
import type { Article, Entity, EntityType, ExtractedEvent, NormalizedText, PageExtraction, Relation } from './types.js';
import { emptyHeader } from './types.js';
import { decodePage, normalizePage } from './normalize.js';
import { locateHeader } from './header.js';
import { segmentPage } from './segment.js';
import { parseByline } from './byline.js';
import { loadGazetteer } from './gazetteer/index.js';
import { extractTowns } from './entities/towns.js';
import { extractUnits } from './entities/units.js';
import { extractCampaigns } from './entities/campaigns.js';
import { extractPersons } from './entities/persons.js';
import { attachPersonPosts } from './entities/personPosts.js';
import { extractEvents } from './events.js';
import { yearFromText } from './dates.js';
import { PAPER_NAME } from './text/furniture.js';
import { extractRelations } from './relations.js';

/** Runs one stage; on failure records why and returns the fallback so later stages can go on. */
function guarded<T>(stage: string, warnings: string[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    warnings.push(`${stage} failed: ${err instanceof Error ? err.message : String(err)}`);
    return fallback;
  }
}

/** A text with no offset mapping beyond identity: the fallback when normalisation itself fails. */
function rawText(original: string): NormalizedText {
  const clamp = (o: number): number => Math.max(0, Math.min(o, original.length));
  return {
    text: original,
    original,
    toOriginal: clamp,
    spanToOriginal: (start, end) => ({ start: clamp(start), end: clamp(end) }),
    warnings: ['normalisation unavailable: offsets are raw'],
  };
}

/** Credits the segmenter left unparsed are read from the byline. */
function withCredits(articles: Article[], warnings: string[]): Article[] {
  return articles.map((a) =>
    a.reporters.length > 0 || a.byline === null
      ? a
      : { ...a, reporters: guarded(`byline of article ${a.index}`, warnings, [], () => parseByline(a.byline ?? '')) },
  );
}

/** `某某日报讯(…)`, `某某日报记者 王某`: the paper a story's dateline or byline names. */
const PAPER_IN_BYLINE = new RegExp(
  `^[•·■□\\s]*(?:[\\u4e00-\\u9fff]{2,8}?网[-—·])?${PAPER_NAME.source}(?:讯|全媒体记者|融媒体记者|记者|通讯员)`,
  'u',
);

function paperOfBylines(articles: readonly Article[]): string | null {
  for (const a of articles) {
    const m = a.byline === null ? null : PAPER_IN_BYLINE.exec(a.byline);
    if (m) return m[1]!;
  }
  return null;
}

/** Reporters are the credited people: one entity per name per page, a mention per article. */
export function reporterEntities(articles: readonly Article[]): Entity[] {
  const byName = new Map<string, Entity>();
  for (const a of articles) {
    for (const credit of a.reporters) {
      const e = byName.get(credit.name) ?? { type: 'reporter' as const, name: credit.name, aliases: [], mentions: [] };
      if (!e.mentions.some((m) => m.article === a.index)) {
        e.mentions.push({ article: a.index, text: credit.name, span: a.span });
      }
      byName.set(credit.name, e);
    }
  }
  return [...byName.values()];
}

/**
 * Line ends as old Mac tools write them (a bare CR) become LF, so every stage sees the
 * page's lines; one character for one, so offsets into the page stay as they were.
 */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function decode(input: string | Uint8Array, warnings: string[]): string {
  if (typeof input === 'string') return withLineFeeds(input);
  return guarded('decode', warnings, '', () => {
    const d = decodePage(input);
    warnings.push(...d.warnings);
    return withLineFeeds(d.text);
  });
}

/**
 * The most text one page may hold: the API's limit for `ingestPage` too. A printed page is
 * a few thousand characters; extraction reads about a megabyte of page text a second on
 * one core (bench/RESULTS.md), so this bounds one page to seconds, while a 20 MB file (a
 * whole archive glued together) would hold a batch, or the API's event loop, for minutes.
 */
export const MAX_PAGE_CHARACTERS = 1_000_000;

export function pageTooLarge(characters: number): string {
  const size = characters.toLocaleString('en-US');
  const max = MAX_PAGE_CHARACTERS.toLocaleString('en-US');
  return `page too large: ${size} characters, more than the ${max} one page may hold; not extracted`;
}

function nothingFound(file: string, warnings: string[]): PageExtraction {
  const entities: Record<EntityType, Entity[]> = { town: [], unit: [], reporter: [], campaign: [], person: [] };
  return { file, page: emptyHeader(), articles: [], entities, events: [], relations: [], warnings };
}

export function extractPage(input: string | Uint8Array, meta: { file: string }): PageExtraction {
  const warnings: string[] = [];
  const original = decode(input, warnings);
  if (original.length > MAX_PAGE_CHARACTERS) {
    warnings.push(pageTooLarge(original.length));
    return nothingFound(meta.file, warnings);
  }
  const n = guarded('normalize', warnings, rawText(original), () => normalizePage(original));
  warnings.push(...n.warnings);
  // The header's layout (which lines are masthead) is read once and handed to the segmenter.
  const layout = guarded('header', warnings, null, () => locateHeader(n));
  const page = layout?.header ?? emptyHeader();
  const articles = withCredits(
    guarded('segment', warnings, [], () => segmentPage(n, layout ?? page)),
    warnings,
  );

  // A page that names no paper in its header may name it in a dateline or byline (某某日报讯, 某某日报记者).
  if (page.paper === null) page.paper = guarded('paper', warnings, null, () => paperOfBylines(articles));
  const entities: Record<EntityType, Entity[]> = { town: [], unit: [], reporter: [], campaign: [], person: [] };
  let townIn: Relation[] | undefined;
  guarded('towns', warnings, undefined, () => {
    const r = extractTowns(articles, n, page, loadGazetteer());
    entities.town = r.towns;
    townIn = r.townIn;
    warnings.push(...r.warnings);
  });
  guarded('units', warnings, undefined, () => {
    const r = extractUnits(articles, n, entities.town);
    entities.unit = r.units;
    warnings.push(...r.warnings);
  });
  guarded('campaigns', warnings, undefined, () => {
    const r = extractCampaigns(articles, n);
    entities.campaign = r.campaigns;
    warnings.push(...r.warnings);
  });
  entities.reporter = guarded('reporters', warnings, [], () => reporterEntities(articles));
  guarded('persons', warnings, undefined, () => {
    const r = extractPersons(articles, n, new Set(entities.reporter.map((e) => e.name)));
    entities.person = r.persons;
    warnings.push(...r.warnings);
  });
  guarded('person posts', warnings, undefined, () =>
    attachPersonPosts(articles, entities.person, entities.unit, entities.town),
  );

  const spanToOriginal = (start: number, end: number) => n.spanToOriginal(start, end);
  // A page that prints no date may still give its year in the text (回顾2021年工作).
  const textYear = page.date === null ? guarded('text year', warnings, null, () => yearFromText(n.text)) : null;
  const events: ExtractedEvent[] = articles.flatMap((article) =>
    guarded(`events of article ${article.index}`, warnings, [], () =>
      extractEvents({ article, pageDate: page.date, textYear, entities, spanToOriginal }),
    ),
  );
  const relations = guarded('relations', warnings, [], () =>
    extractRelations({ articles, entities, events, townIn, spanToOriginal }),
  );
  return { file: meta.file, page, articles, entities, events, relations, warnings };
}
