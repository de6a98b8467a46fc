/**
 * Turning found mentions into page entities: one entity per canonical name, every
 * other written form as an alias, spans mapped back to the original page text.
 */
import type { Article, Entity, EntityType, Mention, NormalizedText, Span } from '../types.js';

export interface Found {
  /** Canonical name this mention resolves to. */
  name: string;
  /** The text as written. */
  text: string;
  article: number;
  /** Offsets in the article body. */
  start: number;
  end: number;
  /** Extra accepted forms (e.g. a campaign with its generic tail), besides `text`. */
  aliases?: string[];
  basedIn?: string | null;
  /** Where it stands in the original text when not in the body (a headline: the story's span). */
  span?: Span;
}

/** Mention spans in the original page text, via the article's body offset. */
export function toMention(found: Found, article: Article, n: NormalizedText): Mention {
  const span = found.span ?? n.spanToOriginal(article.bodyOffset + found.start, article.bodyOffset + found.end);
  return { article: found.article, text: found.text, span };
}

/** Groups mentions by canonical name, keeping page order of first mention. */
export function groupEntities(
  type: EntityType,
  found: readonly Found[],
  articles: readonly Article[],
  n: NormalizedText,
): Entity[] {
  const byName = new Map<string, Entity>();
  const byIndex = new Map(articles.map((a) => [a.index, a]));
  for (const f of found) {
    let entity = byName.get(f.name);
    if (!entity) {
      entity = { type, name: f.name, aliases: [], mentions: [] };
      if (type === 'unit') entity.basedIn = f.basedIn ?? null;
      byName.set(f.name, entity);
    }
    if (type === 'unit' && !entity.basedIn && f.basedIn) entity.basedIn = f.basedIn;
    for (const alias of [f.text, ...(f.aliases ?? [])]) {
      if (alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
    }
    const article = byIndex.get(f.article);
    if (article) entity.mentions.push(toMention(f, article, n));
  }
  return [...byName.values()];
}
