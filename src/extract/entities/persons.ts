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

/**
 * Posts and roles that stand right before a person's name: officials' posts, and the
 * words a story introduces other people with (居民李元涛, 脱贫户陈计, 联村干部倪志军).
 */
const POSTS =
  '副书记|书记|副主任|主任|副局长|局长|副镇长|镇长|副乡长|乡长|副县长|县长|副市长|市长|副区长|区长|村长|副部长|部长|副主席|主席|' +
  '副院长|院长|副校长|校长|所长|站长|队长|总经理|经理|董事长|工作人员|负责人|委员|干事|民警|社工|医生|老师|教授|主持人|专干|网格员|指导员|志愿者|' +
  '组长|会长|理事长|秘书长|馆长|处长|科长|股长|主任委员|总监|主管|厂长|行长|监督员|调解员|讲解员|宣讲员|信息员|联络员|' +
  '居民|村民|市民|业主|老党员|人大代表|政协委员|代表|脱贫户|困难户|低保户|贫困户|农户|种植户|养殖户|果农|菜农|园主|果园主|' +
  '学生|同学|小朋友|家长|老人|大爷|大妈|阿姨|选手|游客|店主|摊主|商户|司机|骑手|退役军人|老兵|联村干部|包村干部|第一书记|创始人|' +
  '带头人|致富带头人|非遗传承人|传承人|志愿者代表|队员|社员|能人|员工|职工|教师|护士|村医|党员|' +
  '副巡视员|巡视员|调研员|总工程师|工程师|技术员|宣讲师|讲师|农民|师傅|' +
  '副社长|社长|副总编辑|总编辑|总编|主编|副台长|台长';
/** What may follow a name: a verb of speaking or acting, a particle, punctuation. */
const AFTER_NAME =
  '对|说|表示|介绍|主持|点评|指出|强调|在|带领|等|和|与|及|肯定|讲话|作|参加|出席|一行|同志|率|为|向|到|从|代表|就|陪同|要求|希望|告诉|来到|深入|' +
  '看着|发现|召集|首先|高兴|激动|笑着|感慨|坦言|回忆|正在|一边|带着|几个|当选|致辞|发问|认为|觉得|回到|十分|非常|宣布|提出|回答|讲解|指导|赠送|现场|也|还|又|' +
  '[、，。,；：:！？”“\\s]';
const PERSON_AFTER_POST = new RegExp(`(?:${POSTS})[”"]?([\\u4e00-\\u9fff]{2,4}?)(?=${AFTER_NAME})`, 'g');

/**
 * `某某建设集团有限公司张某说`: a name right after the organisation a speaker works
 * for, with a verb of speaking after it.
 */
const SPEAKER_AFTER_UNIT =
  /(?:公司|集团|局|中心|医院|学校|小学|中学|银行|协会|委员会|办公室|站|所)([\u4e00-\u9fff]{2,3}?)(?=说|表示|介绍|认为|告诉)/gu;

/** `倪志军、史顺航发现`: names listed after one already found. */
const LISTED_AFTER = (name: string): RegExp =>
  new RegExp(`${name}[、和与]([\\u4e00-\\u9fff]{2,3}?)(?=${AFTER_NAME})`, 'gu');

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
    for (const m of [...article.body.matchAll(PERSON_AFTER_POST), ...article.body.matchAll(SPEAKER_AFTER_UNIT)]) {
      const name = m[1]!;
      const at = m.index + m[0].length - name.length;
      if (isPersonalName(name) && readsAsNameAfterPost(tokens, at, at + name.length) && !reporterNames.has(name))
        names.add(name);
    }
    for (const found of [article.body.matchAll(PERSON_AFTER_AGE), speakers(article.body)]) {
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
