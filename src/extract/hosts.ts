/**
 * The hosts of an activity, as a story lists them: `此次活动由县委宣传部主办，县新时代
 * 文明实践中心办公室，叶堡镇党委、镇政府承办，县文体广电和旅游局协办`, `由A、B及C
 * 联合主办`, `主办单位：A；承办单位：B`. Every unit named before a hosting verb (back to
 * 由, or to the verb before it) hosted it; so do the units after a `主办单位：` label.
 * Events take them as organisers, and the campaign the story is about as its runners.
 */
import type { Entity } from './types.js';
import { locate } from './sentences.js';
import { memoPerList } from './memo.js';

/** 主办, 承办, 协办 (with 联合/共同 before them): the verbs of hosting. */
const HOST_VERB = /(?:联合|共同)?(?:主办|承办|协办)(单位\s*[:：]|方\s*[:：])?/gu;

/** Verbs that host only after 由 in their clause: 由区委组织部牵头, 由A、B联合举办. */
const BY_VERB = /由([^，,。；;！？]+?)(?:联合|共同)?(?:牵头|举办|组织|发起)/gu;

/** Units named only as guides or places are no hosts: 在A指导下, 指导单位. */
const NOT_HOST_BEFORE = /(在|指导|支持|受|为|向|对)$/u;

/**
 * The units the sentence names as hosts of its activity, in reading order. Events ask it
 * of every sentence and again of those that become events: read once per unit list.
 */
export const hostUnits: (sentence: string, units: readonly Entity[]) => Entity[] = memoPerList(readHosts);

function readHosts(sentence: string, units: readonly Entity[]): Entity[] {
  const verbs = [...sentence.matchAll(HOST_VERB)];
  const byVerbs = verbs.length === 0 ? [...sentence.matchAll(BY_VERB)] : [];
  if (verbs.length === 0 && byVerbs.length === 0) return [];
  const found = locate(sentence, units);
  const hosts: Entity[] = [];
  const add = (from: number, to: number): void => {
    for (const o of found) {
      if (o.start < from || o.end > to || hosts.includes(o.entity)) continue;
      if (NOT_HOST_BEFORE.test(sentence.slice(Math.max(0, o.start - 2), o.start))) continue;
      hosts.push(o.entity);
    }
  };
  for (const m of byVerbs) add(m.index + 1, m.index + 1 + m[1]!.length);
  if (verbs.length === 0) return hosts;
  let from = regionStart(sentence, verbs[0]!.index);
  for (const v of verbs) {
    const labelled = v[1] !== undefined;
    if (labelled) {
      // `主办单位：A、B；承办单位：C`: the names follow the label, up to the next label or stop.
      const after = v.index + v[0].length;
      const stop = sentence.slice(after).search(/[；;。]|(?:主办|承办|协办|指导)(?:单位|方)/u);
      add(after, stop < 0 ? sentence.length : after + stop);
      from = stop < 0 ? sentence.length : after + stop;
    } else {
      add(from, v.index);
      from = v.index + v[0].length;
    }
  }
  return hosts;
}

/** Where the first host list begins: at 由 before the verb, else at the start of its clause. */
function regionStart(sentence: string, verbAt: number): number {
  const by = sentence.lastIndexOf('由', verbAt);
  if (by >= 0 && sentence[by + 1] !== '于') return by + 1;
  const clause = Math.max(...['，', ',', '；', ';', '：', ':'].map((mark) => sentence.lastIndexOf(mark, verbAt)));
  return clause + 1;
}
