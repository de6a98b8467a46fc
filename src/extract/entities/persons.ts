/**
 * Named people who are not the page's credited journalists: officials and others
 * the story names after their post (街道党工委书记沙建武, 办事处主任解鑫,
 * 工作人员王品皓). A name is a known surname and one or two more characters,
 * closed by a verb or particle (主持, 对, 表示, 、). Once found, later bare uses of
 * the same name (沙建武肯定了…) are mentions too.
 */
import type { Article, Entity, NormalizedText } from '../types.js';
import { groupEntities, type Found } from './entityGroups.js';
import { surnameLength } from '../text/surnames.js';

/** Posts and roles that stand right before a person's name. */
const POSTS =
  '副书记|书记|副主任|主任|副局长|局长|副镇长|镇长|副乡长|乡长|副县长|县长|副市长|市长|副区长|区长|村长|副部长|部长|副主席|主席|' +
  '副院长|院长|副校长|校长|所长|站长|队长|总经理|经理|董事长|工作人员|负责人|委员|干事|民警|社工|医生|老师|教授|主持人|专干|网格员|指导员|志愿者';
/** What may follow a name: a verb of speaking or acting, a particle, punctuation. */
const AFTER_NAME =
  '对|说|表示|介绍|主持|点评|指出|强调|在|带领|等|和|与|及|肯定|讲话|作|参加|出席|一行|同志|率|为|向|到|从|代表|就|陪同|要求|希望|告诉|来到|深入|' +
  '[、，。,；：:！？”\\s]';
const PERSON_AFTER_POST = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2,4}?)(?=${AFTER_NAME})`, 'g');

export function extractPersons(
  articles: Article[],
  n: NormalizedText,
  reporterNames: Set<string>,
): { persons: Entity[]; warnings: string[] } {
  const warnings: string[] = [];
  const names = new Set<string>();
  for (const article of articles) {
    for (const m of article.body.matchAll(PERSON_AFTER_POST)) {
      const name = m[1]!;
      if (isPersonalName(name) && !reporterNames.has(name)) names.add(name);
    }
  }
  const found: Found[] = [];
  for (const article of articles) {
    for (const name of names) {
      for (let at = article.body.indexOf(name); at >= 0; at = article.body.indexOf(name, at + 1)) {
        found.push({ name, text: name, article: article.index, start: at, end: at + name.length });
      }
    }
  }
  found.sort((a, b) => a.article - b.article || a.start - b.start);
  return { persons: groupEntities('person', found, articles, n), warnings };
}

/** A surname plus one or two given-name characters. */
export function isPersonalName(name: string): boolean {
  const surname = surnameLength(name);
  if (surname === 0) return false;
  const given = name.length - surname;
  return given >= 1 && given <= 2;
}
