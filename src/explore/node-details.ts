import { gql, levelText } from './api.js';
import type { NodeDetails, Source } from './types.js';

/**
 * What the side panel shows of each type, read with one `node(id)` query per selection:
 * the fields, relationship counts (list lengths, capped at LIST: the API's cost limit
 * prices every list at its `first`, and a count of 50 or more shows as "50+"), and the
 * articles that are its sources, each with the passage that names it.
 */
export const LIST = 50;
const SOURCES = 10;
const ARTICLE = 'id title date text';

interface Article {
  id: string;
  title: string | null;
  date: string | null;
  text: string;
}
type Raw = Record<string, unknown> & { id: string; __typename: string };

interface Spec {
  fields: string;
  read(raw: Raw): Omit<NodeDetails, 'id' | 'type' | 'sources'> & { sources: Source[] };
}

const list = (raw: Raw, name: string) => (raw[name] as unknown[] | undefined) ?? [];
const count = (raw: Raw, name: string): number => list(raw, name).length;
const text = (v: unknown): string => (Array.isArray(v) ? v.join('、') : v === null || v === undefined ? '' : String(v));
const named = (v: unknown): string => (v && typeof v === 'object' && 'name' in v ? String(v.name) : '');

/** Fields with a value, in order. */
function fields(pairs: [string, unknown][]): [string, string][] {
  return pairs.map(([k, v]) => [k, text(v)] as [string, string]).filter(([, v]) => v !== '');
}

function counts(pairs: [string, number][]): [string, number][] {
  return pairs.filter(([, n]) => n > 0);
}

/** The passage around the first place an article names the node (by any of its names). */
export function snippet(body: string, names: string[], width = 48): string | null {
  for (const name of names) {
    const at = name ? body.indexOf(name) : -1;
    if (at < 0) continue;
    const start = Math.max(0, at - width);
    const end = Math.min(body.length, at + name.length + width);
    return `${start > 0 ? '…' : ''}${body.slice(start, end).replace(/\s+/g, ' ')}${end < body.length ? '…' : ''}`;
  }
  return null;
}

function sourcesOf(articles: Article[], names: string[]): Source[] {
  return articles.map((a) => ({
    articleId: a.id,
    title: a.title ?? '(untitled)',
    date: a.date,
    snippet: snippet(a.text, names) ?? (a.text.length > 96 ? `${a.text.slice(0, 96)}…` : a.text),
  }));
}

const namesOf = (raw: Raw): string[] => [String(raw.name ?? ''), ...((raw.aliases as string[] | undefined) ?? [])];

const SPECS: Record<string, Spec> = {
  Town: {
    fields: `name code level aliases parent { name }
      sources: articles(first: ${SOURCES}) { ${ARTICLE} } articles(first: ${LIST}) { id }
      units(first: ${LIST}) { id } events(first: ${LIST}) { id } campaigns(first: ${LIST}) { count }
      children(first: ${LIST}) { id } reporters(first: ${LIST}) { count }`,
    read: (raw) => ({
      label: String(raw.name),
      fields: fields([
        ['level', levelText(raw.level)],
        ['code', raw.code],
        ['part of', named(raw.parent)],
        ['also written', raw.aliases],
      ]),
      counts: counts([
        ['articles mention it or a town inside', count(raw, 'articles')],
        ['events held here or inside', count(raw, 'events')],
        ['campaigns held here or inside', count(raw, 'campaigns')],
        ['units based here or inside', count(raw, 'units')],
        ['towns directly inside', count(raw, 'children')],
        ['reporters covered it or a town inside', count(raw, 'reporters')],
      ]),
      sources: sourcesOf(list(raw, 'sources') as Article[], namesOf(raw)),
    }),
  },
  Unit: {
    fields: `name aliases town { name }
      sources: articles(first: ${SOURCES}) { ${ARTICLE} } articles(first: ${LIST}) { id }
      events(first: ${LIST}) { id } campaigns(first: ${LIST}) { count } partners(first: ${LIST}) { count }`,
    read: (raw) => ({
      label: String(raw.name),
      fields: fields([
        ['based in', named(raw.town)],
        ['also written', raw.aliases],
      ]),
      counts: counts([
        ['articles mention it or a town inside', count(raw, 'articles')],
        ['events organized', count(raw, 'events')],
        ['campaigns run', count(raw, 'campaigns')],
        ['partner units', count(raw, 'partners')],
      ]),
      sources: sourcesOf(list(raw, 'sources') as Article[], namesOf(raw)),
    }),
  },
  Campaign: {
    fields: `name aliases firstSeen lastSeen
      sources: articles(first: ${SOURCES}) { ${ARTICLE} } articles(first: ${LIST}) { id }
      events(first: ${LIST}) { id } towns(first: ${LIST}) { count } units(first: ${LIST}) { count }`,
    read: (raw) => ({
      label: String(raw.name),
      fields: fields([
        ['first seen', raw.firstSeen],
        ['last seen', raw.lastSeen],
        ['also written', raw.aliases],
      ]),
      counts: counts([
        ['articles mention it or a town inside', count(raw, 'articles')],
        ['events part of it', count(raw, 'events')],
        ['towns held in', count(raw, 'towns')],
        ['units ran it', count(raw, 'units')],
      ]),
      sources: sourcesOf(list(raw, 'sources') as Article[], namesOf(raw)),
    }),
  },
  Reporter: {
    fields: `name roles { role articles }
      credits: articles(first: ${LIST}) { article { id title date byline } }
      coauthors(first: ${LIST}) { count } towns(first: ${LIST}) { count }`,
    read: (raw) => {
      const credits = list(raw, 'credits') as { article: Omit<Article, 'text'> & { byline: string | null } }[];
      return {
        label: String(raw.name),
        fields: fields([
          ['roles', (raw.roles as { role: string; articles: number }[]).map((r) => `${r.role} ×${r.articles}`)],
        ]),
        counts: counts([
          ['articles credited on', credits.length],
          ['co-authors', count(raw, 'coauthors')],
          ['towns covered', count(raw, 'towns')],
        ]),
        sources: credits.slice(0, SOURCES).map(({ article }) => ({
          articleId: article.id,
          title: article.title ?? '(untitled)',
          date: article.date,
          snippet: article.byline,
        })),
      };
    },
  },
  Person: {
    fields: `name articles(first: ${LIST}) { ${ARTICLE} }`,
    read: (raw) => ({
      label: String(raw.name),
      fields: [],
      counts: counts([['articles mention them', count(raw, 'articles')]]),
      sources: sourcesOf((list(raw, 'articles') as Article[]).slice(0, SOURCES), namesOf(raw)),
    }),
  },
  Event: {
    fields: `date precision summary quantities { text } town { name } units(first: ${LIST}) { name }
      campaigns(first: ${LIST}) { name } article { ${ARTICLE} }`,
    read: (raw) => {
      const article = raw.article as Article | null;
      return {
        label: String(raw.summary),
        fields: fields([
          ['date', raw.date ? `${String(raw.date)}${raw.precision ? ` (${String(raw.precision)})` : ''}` : null],
          ['held in', named(raw.town)],
          ['organized by', list(raw, 'units').map(named)],
          ['part of', list(raw, 'campaigns').map(named)],
          ['amounts', (raw.quantities as { text: string }[]).map((q) => q.text)],
        ]),
        counts: [],
        sources: article
          ? [
              {
                articleId: article.id,
                title: article.title ?? '(untitled)',
                date: article.date,
                snippet: String(raw.summary),
              },
            ]
          : [],
      };
    },
  },
  Article: {
    fields: `title subtitle kind date byline text page { file number paper }
      mentions { count } events { id } reporters { roles }`,
    read: (raw) => {
      const page = raw.page as { file: string; number: string | null; paper: string | null } | null;
      const body = String(raw.text);
      return {
        label: String(raw.title ?? '(untitled)'),
        fields: fields([
          ['subtitle', raw.subtitle],
          ['date', raw.date],
          ['kind', raw.kind],
          ['byline', raw.byline],
          [
            'page',
            page ? [page.paper, page.number && `page ${page.number}`, page.file].filter(Boolean).join(' · ') : '',
          ],
        ]),
        counts: counts([
          ['entities named', count(raw, 'mentions')],
          ['events reported', count(raw, 'events')],
          ['people credited', count(raw, 'reporters')],
        ]),
        sources: [
          {
            articleId: raw.id,
            title: String(raw.title ?? '(untitled)'),
            date: (raw.date as string | null) ?? null,
            snippet: body.length > 240 ? `${body.slice(0, 240)}…` : body,
          },
        ],
      };
    },
  },
  Page: {
    fields: `file paper date number section editors proofreaders articles(first: ${LIST}) { ${ARTICLE} }`,
    read: (raw) => ({
      label: String(raw.file),
      fields: fields([
        ['paper', raw.paper],
        ['date', raw.date],
        ['page', raw.number],
        ['section', raw.section],
        ['editors', raw.editors],
        ['proofreaders', raw.proofreaders],
      ]),
      counts: counts([['articles on it', count(raw, 'articles')]]),
      sources: (list(raw, 'articles') as Article[]).slice(0, SOURCES).map((a) => ({
        articleId: a.id,
        title: a.title ?? '(untitled)',
        date: a.date,
        snippet: a.text.length > 96 ? `${a.text.slice(0, 96)}…` : a.text,
      })),
    }),
  },
};

/** Type from the id's prefix (`town:…`), which the API documents as the node's type. */
function typeOfId(id: string): string | null {
  const prefix = id.slice(0, id.indexOf(':'));
  const type = prefix.charAt(0).toUpperCase() + prefix.slice(1);
  return type in SPECS ? type : null;
}

/** The side panel's view of a node; null when the id is unknown. */
export async function nodeDetails(id: string, knownType?: string): Promise<NodeDetails | null> {
  let type = knownType && knownType in SPECS ? knownType : typeOfId(id);
  if (!type) {
    const probe = await gql<{ node: { __typename: string } | null }>(
      'query T($id: ID!) { node(id: $id) { __typename } }',
      {
        id,
      },
    );
    type = probe.node?.__typename ?? null;
  }
  const spec = type ? SPECS[type] : undefined;
  if (!type || !spec) return null;
  const data = await gql<{ node: Raw | null }>(
    `query Details($id: ID!) { node(id: $id) { id __typename ... on ${type} { ${spec.fields} } } }`,
    { id },
  );
  if (!data.node) return null;
  return { id, type: data.node.__typename, ...spec.read(data.node) };
}
