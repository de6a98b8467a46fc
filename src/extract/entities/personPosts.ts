/**
 * A person's post, as the text writes it right before the name: `某镇党委书记某某` →
 * 书记 of the unit 某镇党委; `街道党工委副书记、办事处主任某某` → 副书记 of the unit the page
 * writes 街道党工委, and 主任 of the one it writes 办事处; `某镇镇长某某` → 镇长 in the town
 * 某镇; `社区党委书记某某`, with no named unit before it → the post 社区党委书记 alone.
 *
 * The unit or town is the page entity whose written form ends where the post begins, so
 * a short form (办事处) carries the full name units resolved it to (某某街道办事处).
 */
import type { Article, Entity, PersonPost } from '../types.js';
import { PERSON_POSTS } from '../lexicon/posts.js';

/** Longest first, so 副书记 is read before 书记 and 第一书记 before both. */
const POSTS_LONGEST_FIRST = [...PERSON_POSTS].sort((a, b) => b.length - a.length);

/**
 * Generic organ words between a named organisation and the post, or alone before it when
 * no organisation is named (街道党工委书记, 社区党委书记): part of the post as written. No
 * one-character word (村, 区): it would take the end of any word before the post (城区|居民).
 */
const ORGAN_WORDS = [
  '人民政府',
  '党工委',
  '党支部',
  '党总支',
  '居委会',
  '村委会',
  '管委会',
  '办事处',
  '委员会',
  '党委',
  '党组',
  '支部',
  '政府',
  '纪委',
  '监委',
  '两委',
  '街道',
  '社区',
];

/** What the text writes ending at `end`, from `words` (longest first); undefined when none. */
function wordEndingAt(body: string, end: number, words: readonly string[]): string | undefined {
  return words.find((w) => w.length <= end && body.startsWith(w, end - w.length));
}

/**
 * The forms written in one article, longest first, with the entity each names there: a
 * short form shared by several units of the page (街道党工委) names the one of this story.
 */
function formsIn(article: number, entities: readonly Entity[]): { form: string; entity: Entity }[] {
  return entities
    .flatMap((entity) => entity.mentions.filter((m) => m.article === article).map((m) => ({ form: m.text, entity })))
    .sort((a, b) => b.form.length - a.form.length);
}

/**
 * The posts written before the name at `start` of the body, nearest last (as written):
 * reads leftwards post by post, each with its organ words and the named unit or town
 * before them, across 、 between two posts.
 */
function postsBefore(
  body: string,
  start: number,
  units: ReturnType<typeof formsIn>,
  towns: ReturnType<typeof formsIn>,
): Omit<PersonPost, 'article'>[] {
  const out: Omit<PersonPost, 'article'>[] = [];
  let at = start;
  for (;;) {
    const post = wordEndingAt(body, at, POSTS_LONGEST_FIRST);
    if (!post) break;
    let from = at - post.length;
    // A named unit may itself end in organ words (某镇党委): try it before the generic words.
    const named = (): { unit: string | null; town: string | null; at: number } | null => {
      const unit = units.find((u) => u.form.length <= from && body.startsWith(u.form, from - u.form.length));
      if (unit) return { unit: unit.entity.name, town: null, at: from - unit.form.length };
      const town = towns.find((t) => t.form.length <= from && body.startsWith(t.form, from - t.form.length));
      if (town) return { unit: null, town: town.entity.name, at: from - town.form.length };
      return null;
    };
    let owner = named();
    while (!owner) {
      const organ = wordEndingAt(body, from, ORGAN_WORDS);
      if (!organ) break;
      from -= organ.length;
      owner = named();
    }
    out.unshift({ post: body.slice(from, at), unit: owner?.unit ?? null, town: owner?.town ?? null });
    at = owner?.at ?? from;
    if (body[at - 1] !== '、') break;
    at--;
  }
  return out;
}

/**
 * Sets `posts` on every person the text gives a post: one entry per article and distinct
 * post, in page order. Persons with no post written before any of their mentions get none.
 */
export function attachPersonPosts(
  articles: readonly Article[],
  persons: readonly Entity[],
  units: readonly Entity[],
  towns: readonly Entity[],
): void {
  const forms = new Map(
    articles.map((a) => [a.index, { units: formsIn(a.index, units), towns: formsIn(a.index, towns) }]),
  );
  for (const person of persons) {
    const posts: PersonPost[] = [];
    for (const article of articles) {
      const { units: unitForms, towns: townForms } = forms.get(article.index)!;
      for (const name of [person.name, ...person.aliases]) {
        for (let at = article.body.indexOf(name); at >= 0; at = article.body.indexOf(name, at + name.length)) {
          for (const p of postsBefore(article.body, at, unitForms, townForms)) {
            const same = (q: PersonPost) =>
              q.article === article.index && q.post === p.post && q.unit === p.unit && q.town === p.town;
            if (!posts.some(same)) posts.push({ ...p, article: article.index });
          }
        }
      }
    }
    if (posts.length > 0) person.posts = posts;
  }
}
