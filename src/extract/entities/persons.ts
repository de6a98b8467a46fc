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
import { tagWords, tokenAt, tokenize, type Tokens } from './tokens.js';
import { PERSON_POSTS } from '../lexicon/posts.js';

const POSTS = PERSON_POSTS.join('|');

/** What may follow a name: a verb of speaking or acting, a particle, punctuation. */
const AFTER_NAME =
  '对|说|表示|介绍|主持|点评|指出|强调|在|带领|等|和|与|及|肯定|讲话|作|参加|出席|一行|同志|率|为|向|到|从|代表|就|陪同|要求|希望|告诉|来到|深入|' +
  '看着|发现|召集|首先|高兴|激动|笑着|感慨|坦言|回忆|正在|一边|带着|几个|当选|致辞|发问|认为|觉得|回到|十分|非常|宣布|提出|回答|讲解|指导|赠送|现场|也|还|又|' +
  '是|已经|早已|赶紧|连忙|看到|一直|先后|随即|立即|马上|主动|积极|亲自|详细|认真|耐心|热情|仔细|再次|经常|每天|总是|依然|' +
  '带头|看望|慰问|走访|查看|检查|调研|了解|听取|参观|考察|说道|谈到|讲述|多方|通过|给|被|把|将|' +
  '老人|阿姨|大爷|大妈|大姐|大哥|师傅|' +
  '[、，。,；：:！？”“\\s]|$';
const PERSON_AFTER_POST = new RegExp(`(?:${POSTS})[”"]?([\\u4e00-\\u9fff]{2,4}?)(?=${AFTER_NAME})`, 'g');
/**
 * `贫困户某某某的拱棚`: a three-character name closed by 的. (Two characters before 的 are
 * as often a word: 书记辛勤的付出.)
 */
const PERSON_AFTER_POST_OF = new RegExp(`(?:${POSTS})[”"]?([\\u4e00-\\u9fff]{3})(?=的)`, 'g');

/**
 * `某某建设集团有限公司张某说`: a name right after the organisation a speaker works
 * for, with a verb of speaking after it.
 */
const SPEAKER_AFTER_UNIT =
  /(?:公司|集团|局|中心|医院|学校|小学|中学|银行|协会|委员会|办公室|站|所)([\u4e00-\u9fff]{2,3}?)(?=说|表示|介绍|认为|告诉)/gu;

/** Titles written after a name, which only a person bears (习近平总书记, 某某同志). */
const TITLE_AFTER_NAME = /总书记|同志/gu;

/**
 * `贯彻某某某总书记…`, `学习某某同志的事迹`: the name before such a title, three characters
 * or two, taken where the text's words begin there (jieba: 学习|王强|同志, not 习王强).
 */
function* namesBeforeTitle(tokens: Tokens): Generator<string> {
  for (const t of tokens.text.matchAll(TITLE_AFTER_NAME)) {
    for (const length of [3, 2]) {
      const start = t.index - length;
      if (start < 0) continue;
      const name = tokens.text.slice(start, t.index);
      const first = tokenAt(tokens, start);
      if (
        (first === undefined || first.start === start) &&
        isPersonalName(name) &&
        readsAsName(name) &&
        !(length === 3 && opensWithFunctionWord(name))
      ) {
        yield name;
        break;
      }
    }
  }
}

/** `向某某同志学习`: a preposition or verb read on its own before a two-character name. */
function opensWithFunctionWord(name: string): boolean {
  const first = tagWords(name)[0];
  return first !== undefined && first.word.length === 1 && /^[cpvdu]$/u.test(first.tag);
}

/** `倪志军、史顺航发现`: names listed after one already found. */
const LISTED_AFTER = (name: string): RegExp =>
  new RegExp(`${name}[、和与]([\\u4e00-\\u9fff]{2,3}?)(?=${AFTER_NAME})`, 'gu');

/** `据张某介绍`: who a fact is reported from. */
const SOURCE_OF_FACT = /据([\u4e00-\u9fff]{2,3}?)(?:介绍|说|表示|回忆|透露)/gu;

/** `张某，男，1965年出生`: a profile opening with the name. */
const PROFILE = /(?:^|[。！？\n])([\u4e00-\u9fff]{2,3})[，,](?:男|女)[，,]/gu;

/** `53岁的毛云香告诉记者`: an age then the name. */
const PERSON_AFTER_AGE = new RegExp(`\\d{1,3}岁的([\\u4e00-\\u9fff]{2,3}?)(?=${AFTER_NAME}|告诉|激动|高兴)`, 'g');

/** Verbs a person opening a clause does: speaking, attending, being elected. */
const SPEAKING_VERB = /说|表示|告诉记者|当选|出席|陪同/gu;
/**
 * `”某某高兴地说`, `。某某当选为`, `。甲、乙出席`, `参与活动的杨某说`: the name that opens the clause
 * ending at such a verb (read back from the verb, which is much rarer than a clause start).
 */
const SPEAKER_BEFORE =
  /(?:^|[”。，,：:；;！？、\n的])([\u4e00-\u9fff]{2,3}?)(?:、[\u4e00-\u9fff]{2,3})*(?:高兴|激动|动情|感慨|笑着|开心|自豪|深有感触)?地?(?:介绍)?$/u;

function* speakers(body: string): Generator<RegExpExecArray> {
  for (const v of body.matchAll(SPEAKING_VERB)) {
    const from = Math.max(0, v.index - 16);
    // The window's own start is no clause start unless the body's line starts there.
    const open = from === 0 || body[from - 1] === '\n' ? '' : '\u0000';
    const m = SPEAKER_BEFORE.exec(open + body.slice(from, v.index));
    if (m) yield m;
  }
}

/** Words that open a clause before 说/表示 like a name would, but are none. */
const NOT_PERSON =
  /^(?:大家|他们|她们|我们|有人|对此|同时|随后|此外|最后|首先|其中|还|也|都|他|她|该|这|那|记者|有关|相关|负责|工作)/u;

export function extractPersons(
  articles: Article[],
  n: NormalizedText,
  reporterNames: Set<string>,
): { persons: Entity[]; warnings: string[] } {
  const warnings: string[] = [];
  const names = new Set<string>();
  for (const article of articles) {
    const tokens = tokenize(article.body);
    // After a post or an employer the name's edges are checked against the words of the text.
    const afterPost = [PERSON_AFTER_POST, PERSON_AFTER_POST_OF, SPEAKER_AFTER_UNIT].flatMap((re) => [
      ...article.body.matchAll(re),
    ]);
    for (const m of afterPost) {
      const name = m[1]!;
      const at = m.index + m[0].length - name.length;
      if (isPersonalName(name) && readsAsNameAfterPost(tokens, at, at + name.length) && !reporterNames.has(name))
        names.add(name);
    }
    for (const name of namesBeforeTitle(tokens)) if (!reporterNames.has(name)) names.add(name);
    const sayings = [
      article.body.matchAll(PERSON_AFTER_AGE),
      speakers(article.body),
      article.body.matchAll(SOURCE_OF_FACT),
      article.body.matchAll(PROFILE),
    ];
    for (const found of sayings) {
      for (const m of found) {
        const name = m[1]!;
        if (isPersonalName(name) && readsAsName(name) && !reporterNames.has(name)) names.add(name);
      }
    }
    for (const known of [...names]) {
      for (const m of article.body.matchAll(LISTED_AFTER(known))) {
        const name = m[1]!;
        if (isPersonalName(name) && readsAsName(name) && !reporterNames.has(name)) names.add(name);
      }
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

/**
 * A name after a post reads as a name (see readsAsName) unless jieba took the post and
 * the name's first character as one word (居民楼|掩映). Its other edge says little:
 * jieba often joins a name's last character to the verb after it.
 */
function readsAsNameAfterPost(tokens: Tokens, start: number, end: number): boolean {
  if (!readsAsName(tokens.text.slice(start, end))) return false;
  const first = tokenAt(tokens, start);
  return first === undefined || first.start === start;
}

/** Endings of nouns that a surname character can start (幸福感, 宣讲团), never of a given name. */
const NOUN_ENDING = /[感性化度率们者队团站所部局会处室组班馆院校点区线]$|(?:大哥|大姐|大爷|大妈|阿姨|师傅|女士|先生)$/u;

/**
 * A candidate read on its own is a name, not a word that happens to start with a
 * surname character: jieba must not take it whole (or its start) as a common word
 * (干部, 满意, 干部还), nor read it as a particle or verb before a common noun (和群众,
 * 包粽子; a place or name after it is a given name: 向|兴平).
 */
function readsAsName(name: string): boolean {
  if (NOT_PERSON.test(name) || NOUN_ENDING.test(name)) return false;
  const words = tagWords(name);
  const first = words[0];
  if (first === undefined) return false;
  const nameTag = (tag: string): boolean => tag.startsWith('nr') || tag === 'x';
  if (first.word.length >= 2 && !nameTag(first.tag)) return false;
  const rest = words.slice(1);
  return !(
    first.word.length === 1 &&
    /^[cpvdu]$/u.test(first.tag) &&
    rest.length === 1 &&
    /^n(?![srz])/u.test(rest[0]!.tag)
  );
}

/** A surname plus one or two given-name characters. */
export function isPersonalName(name: string): boolean {
  const surname = surnameLength(name);
  if (surname === 0) return false;
  const given = name.length - surname;
  return given >= 1 && given <= 2;
}
