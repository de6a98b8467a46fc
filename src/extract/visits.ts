/**
 * Places an activity went to one after another, or that each held it: `作家们先后走进甲区
 * A村、B村，乙县C村、D村`, `采访组先后来到…甲区A社区新时代文明实践站、乙区B社区…等地`,
 * `A社区、B社区、C社区分别举办了…`. Every place of such a list at the list's lowest level
 * is where it happened; a place of a higher level inside it (甲区, or 某市 in a venue's name,
 * 某市好人馆) is not.
 *
 * Only a list of two or more such places is read: one place is the ordinary case, which
 * the callers place by their own rules.
 */
import type { Entity } from './types.js';
import { townRank, type Occurrence } from './sentences.js';

/** Going to places in turn (先后走进, 来到, 开进了); the list must start right after it. */
const VISIT_VERB = /(?:先后|分别|相继|陆续|依次)?(?:走进|走访|来到|前往|奔赴|赶赴|深入到?|开进|走入|到)了?/gu;
/** After a list of places: each of them did it (分别举办, 均开展, 先后举行). */
const EACH_DID = /^(?:也|还)?(?:分别|先后|相继|陆续|均|都|各自|纷纷)/u;
/** Where a visit list ends: the sentence, or 等地 and the like. */
const LIST_END = /[。；！？;!?]|等(?:地|处|村|社区|单位|场所|点位)/u;
/** A comma, and perhaps the name of the next places' county or township, before a place. */
const PLACE_AFTER_COMMA = /^\s*[，,]\s*(?:[\u4e00-\u9fff]{1,14}(?:自治县|县|区|市|旗|镇|乡|街道))?$/u;
/** What may stand between two places of a subject list: 、和及与 (a chain's parent has nothing between). */
const SUBJECT_GAP = /^[、和及与]*$/u;

/**
 * After a comma the list goes on only with a new chain: the next places' county written
 * (a county name in the gap, or a place above the one before), `…C村，D县E村`; a bare
 * `来到甲村，乙村的群众…` is the next clause.
 */
function opensChain(gap: string, next: Occurrence, previous: Occurrence): boolean {
  return /[\u4e00-\u9fff]$/u.test(gap) || townRank(next.entity) > townRank(previous.entity);
}

/** `来到某中心、某区A社区、某区B社区等地`: the visit's list closed by 等地 within its sentence. */
function closedByEtc(text: string, from: number): boolean {
  return LIST_END.exec(text.slice(from))?.[0].startsWith('等') ?? false;
}

/** The places of the span's lowest level, in order, when there are two or more. */
function lowestListed(items: readonly Occurrence[]): Entity[] {
  if (items.length < 2) return [];
  const rank = Math.min(...items.map((o) => townRank(o.entity)));
  const places = [...new Set(items.filter((o) => townRank(o.entity) === rank).map((o) => o.entity))];
  return places.length >= 2 ? places : [];
}

/** `先后走进A村、B村，C县D村`: the list from right after the verb to the end of the sentence or 等地. */
function visitList(text: string, towns: readonly Occurrence[], from: number): Occurrence[] {
  const rest = text.slice(from);
  const end = from + (LIST_END.exec(rest)?.index ?? rest.length);
  const items: Occurrence[] = [];
  for (const o of towns) {
    if (o.start < from || o.end > end) continue;
    const previous = items.at(-1);
    // A comma goes on only to another place (`…C村，D县E村`, the county perhaps one the
    // dataset spells otherwise), not to the next clause.
    const gap = previous === undefined ? '' : text.slice(previous.end, o.start);
    if (/[，,]/u.test(gap) && !(PLACE_AFTER_COMMA.test(gap) && opensChain(gap, o, previous!))) break;
    items.push(o);
  }
  return items;
}

/** `A社区、B社区、C社区分别举办了…`: the subject list ending right before 分别. */
function subjectList(text: string, towns: readonly Occurrence[], last: number): Occurrence[] {
  const items = [towns[last]!];
  for (let i = last - 1; i >= 0; i--) {
    const o = towns[i]!;
    if (!SUBJECT_GAP.test(text.slice(o.end, items[0]!.start))) break;
    items.unshift(o);
  }
  return items;
}

/**
 * Every list of visited places in `text`, each as its places of the lowest level.
 * `towns` are the town occurrences located in `text`.
 */
export function visitedPlaces(text: string, towns: readonly Occurrence[]): Entity[][] {
  const inOrder = [...towns].sort((a, b) => a.start - b.start);
  const lists: Entity[][] = [];
  for (const verb of text.matchAll(VISIT_VERB)) {
    const from = verb.index + verb[0].length;
    // The list starts right after the verb, or is closed by 等地 (its first items may be venues).
    if (!inOrder.some((o) => o.start === from) && !closedByEtc(text, from)) continue;
    const places = lowestListed(visitList(text, inOrder, from));
    if (places.length > 0) lists.push(places);
  }
  inOrder.forEach((o, i) => {
    if (!EACH_DID.test(text.slice(o.end))) return;
    const places = lowestListed(subjectList(text, inOrder, i));
    if (places.length > 0) lists.push(places);
  });
  return lists;
}
