/**
 * Where an organisation's name begins, reading leftwards from its head noun.
 * A name is [places][qualifiers][head]; the word before it is punctuation, a
 * function word (在 由 和 、) or a verb (组织 开展 邀请 深入). Place names are
 * skipped whole so that 那木乡 or 和平街道 never stop the scan at 那 or 和.
 */
import type { PlaceMatcher } from './placeMatcher.js';
import { tokenAt, type Token, type Tokens } from './tokens.js';
import { headEndsAt } from './unitHeads.js';

/** Longest name we accept, head included; longer runs are OCR soup. */
const MAX_NAME = 28;

/** Function words that end a name when jieba reads them as a word of their own. */
const STOP_CHARS = new Set(
  '在由对向为从于到与和及同跟把被将让给以的了着等这那其该各本全此是有据至赴请就并或也还又都均每仅即则而但且之'.split(
    '',
  ),
);
/** Words jieba tags as nouns that still never begin an organisation's name. */
const STOP_WORDS = new Set([
  '记者',
  '通讯员',
  '本报讯',
  '本报',
  '负责人',
  '工作人员',
  '同志',
  '队员',
  '部分',
  '相关',
  '有关',
  '现有',
]);
/** Parts of speech that end a name: verbs, adverbs, prepositions, pronouns, times, numbers. */
// jieba tags unknown words (often the very names we want) 'x', like punctuation,
// so 'x' is not here: non-Chinese characters are stopped at separately.
const STOP_TAGS = /^(v|vd|d|ad|p|c|r|t|m|q|u|uj|ul|uz|ug|uv|y|e|o|f|a|i)$/;
/** National prefixes that stand before a place inside a name (国网洛阳供电公司, 中共巩义市委). */
const BEFORE_PLACE = ['国家税务总局', '共青团', '国网', '中共', '中国', '国家'];
/** Numerals: a character right after one is a measure word (21支, 两个), not a name. */
const NUMERAL = /[0-9零〇一二三四五六七八九十百千万两几数多余]/;
/** Verbs that do occur inside names of offices and programmes (管理中心, 乡村振兴局). */
const NAME_VERBS = new Set([
  '实践',
  '精神文明', // tagged as an idiom, but 市委精神文明建设办公室 is one name
  '振兴',
  '管理',
  '服务',
  '发展',
  '建设',
  '援助',
  '执法',
  '宣传',
  '研究',
  '保护',
  '监督',
  '调解',
  '救助',
  '审计',
  '规划',
  '监察',
  '统计',
  '巡察',
  '退役',
  '治理',
  '改革',
  '促进',
  '投资',
  '培训',
  '指挥',
  '检验',
  '检测',
  '防控',
  '保障',
  '咨询',
  '开发',
  '生产',
  '运输',
  '养老',
  '综合',
  '协调',
  '招商',
  '交通',
  '运营',
  '经营',
  '销售',
  '创新',
  '创业',
  '就业',
  '扶贫',
  '示范',
  '实验',
  '监测',
  '质检',
  '维修',
  '救援',
  '供电',
  '供水',
  '供热',
  '出版',
  '应急',
  '信访',
  '发改',
  '住建',
  '人防',
  '工作',
  '文明',
  '新',
  '跃进',
]);

const CJK = /[\u3400-\u9fff]/;
/** A word a level character begins as a level (市|政协, 区委, 县政府), not as another word (市场, 县城, 区域). */
const LEVEL_WORD = /^[省市县区](?:$|委|政|人大|纪|妇|团|总工|直)/u;
const UPPER_LEVEL = /[省市县区]/;

/**
 * Offset where the name ending at `headEnd` begins (its head starts at
 * `headStart`).
 */
export function nameStart(
  text: string,
  headStart: number,
  headEnd: number,
  tokens: Tokens,
  places: PlaceMatcher,
): number {
  return afterFrameWords(text, leftEdge(text, headStart, headEnd, tokens, places), headStart);
}

/** What precedes a name inside the stretch read for it: a kind of partner (`联合共建单位`), a verb of using (`发挥`). */
const PARTNER_KIND = /^(?:共建单位|成员单位|相关单位|协办单位|单位)/u;
const USING_VERB = /发挥|依托|利用|借助|启动|推动|充分|配合|联合/gu;

/**
 * `联合共建单位某镇司法所`: 单位 says what kind of partner follows; `志愿者充分发挥新时代文明
 * 实践站`: a verb of using ends what went before. The name starts after either.
 */
function afterFrameWords(text: string, start: number, headStart: number): number {
  const kind = PARTNER_KIND.exec(text.slice(start, headStart));
  let pos = kind ? start + kind[0].length : start;
  const verb = [...text.slice(pos, headStart).matchAll(USING_VERB)].at(-1);
  if (verb) pos += verb.index + verb[0].length;
  return pos;
}

function leftEdge(text: string, headStart: number, headEnd: number, tokens: Tokens, places: PlaceMatcher): number {
  let pos = headStart;
  // A word that fuses with the head (宣传|部分 split as 宣传部|分) belongs to the name.
  const fused = tokenAt(tokens, headStart);
  if (fused && fused.start < headStart && fused.end <= headEnd && !STOP_TAGS.test(fused.tag)) {
    pos = fused.start;
    // 市政协, 县妇联; but 德安|县总工会 is 德安县's: the level character closes a place.
    if (UPPER_LEVEL.test(text[pos]!)) {
      if (places.endingAt(text, pos + 1) <= 1) return pos;
      pos++;
    }
  }
  while (pos > 0 && headEnd - pos < MAX_NAME) {
    const place = places.endingAt(text, pos);
    if (place > 0) {
      pos -= place;
      // A name starts with its places: only another place, a parent organisation
      // (…公司|西工台区供电中心) or a national prefix may stand before one (so …有生命力|巩义市退役军人事务局 ends here).
      if (places.endingAt(text, pos) > 0 || headEndsAt(text, pos)) continue;
      const national = BEFORE_PLACE.find((w) => w.length <= pos && text.startsWith(w, pos - w.length));
      if (national) pos -= national.length;
      break;
    }
    const ch = text[pos - 1]!;
    if (!CJK.test(ch)) break;
    const token = tokenAt(tokens, pos - 1);
    // A level character that begins a word (市|政协, 区委) opens an upper-level
    // shorthand such as 市政协 or 区委组织部: nothing before it belongs to the name.
    // Not when a place ends right before a word it begins (文山市|市场监督管理局).
    if (
      UPPER_LEVEL.test(ch) &&
      token &&
      token.start === pos - 1 &&
      LEVEL_WORD.test(token.word) &&
      !(token.word.length > 1 && places.endingAt(text, pos - 1) > 0)
    ) {
      pos--;
      break;
    }
    // 为市|人民检察院: jieba, knowing no word there, glued a function word to what begins the name.
    if (token && token.end === pos && token.tag === 'x' && token.word.length >= 2 && STOP_CHARS.has(token.word[0]!)) {
      pos = token.start + 1;
      break;
    }
    if (
      token &&
      token.end === pos &&
      endsName(token.word, token.tag) &&
      !adjectiveInName(token, tokens) &&
      !verbAfterOrganisation(token, tokens)
    ) {
      const joined = token.word === '和' ? startAcrossAnd(text, token, headStart, headEnd, tokens, places) : -1;
      if (joined < 0) break;
      pos = joined;
      break;
    }
    if (token?.word.length === 1 && pos >= 2 && NUMERAL.test(text[pos - 2]!)) break;
    pos--;
  }
  // 为|市退役军人事务局: a function word glued by jieba to the level character.
  if (STOP_CHARS.has(text[pos] ?? '') && UPPER_LEVEL.test(text[pos + 1] ?? '')) pos++;
  return pos;
}

/** Noun-like tags: the words an office name is built of (住房, 城乡, 广电, 卫生, 保障局). */
const NOUN_TAGS = /^(n|nz|nt|ng|nr|nrt|nrfg|j|an|vn)$/;

function isNounLike(token: Token | undefined): boolean {
  if (!token || STOP_WORDS.has(token.word)) return false;
  return NOUN_TAGS.test(token.tag) || NAME_VERBS.has(token.word);
}

/**
 * An adjective right after a noun inside a name is part of a compound noun
 * (卫生|健康|局, 卫生|健康|委员会), not a predicate that ends the name.
 */
function adjectiveInName(token: Token, tokens: Tokens): boolean {
  if (token.tag !== 'a' || token.word.length < 2 || token.start === 0) return false;
  return isNounLike(tokenAt(tokens, token.start - 1));
}

/**
 * A verb right after a word jieba knows as an organisation's name is part of a longer
 * name (中国民航|飞行|学院), not the predicate that ends it.
 */
function verbAfterOrganisation(token: Token, tokens: Tokens): boolean {
  if (!/^v/u.test(token.tag) || token.word.length < 2 || token.start === 0) return false;
  const before = tokenAt(tokens, token.start - 1);
  return before !== undefined && before.end === token.start && before.tag === 'nt';
}

/**
 * 和 inside a name joins two nouns of one office (住房和城乡建设局, 人力资源和社会保障局,
 * 文化广电和旅游局). It is read so only when the words on both sides are nouns, the
 * part after it is a noun phrase up to the head (not a new name: no place, no
 * level character like 区委和区政府, not empty like 党和政府), and the whole name is
 * anchored by a place or a level character on its left. Returns the start of the
 * joined name, or -1 when 和 ends the name.
 */
function startAcrossAnd(
  text: string,
  and: Token,
  headStart: number,
  headEnd: number,
  tokens: Tokens,
  places: PlaceMatcher,
): number {
  const after = and.end;
  if (headStart - after < 2 || UPPER_LEVEL.test(text[after]!) || places.startingAt(text, after) > 0) return -1;
  for (let i = after; i < headStart;) {
    const t = tokenAt(tokens, i);
    if (!isNounLike(t)) return -1;
    i = t!.end;
  }
  if (and.start === 0 || places.endingAt(text, and.start) > 0) return -1;
  const before = tokenAt(tokens, and.start - 1);
  if (!isNounLike(before) || before!.end !== and.start) return -1;
  const start = nameStart(text, and.start, headEnd, tokens, places);
  if (start >= before!.start) return -1;
  const anchored =
    places.startingAt(text, start) > 0 ||
    UPPER_LEVEL.test(text[start]!) ||
    BEFORE_PLACE.some((w) => text.startsWith(w, start));
  return anchored ? start : -1;
}

/**
 * Whether the 和 at `andPos` inside the name at [start, headEnd) was read as part
 * of it (see startAcrossAnd).
 */
export function isInnerAnd(
  text: string,
  andPos: number,
  start: number,
  headStart: number,
  headEnd: number,
  tokens: Tokens,
  places: PlaceMatcher,
): boolean {
  const and = tokenAt(tokens, andPos);
  if (!and || and.word !== '和' || and.start !== andPos) return false;
  return startAcrossAnd(text, and, headStart, headEnd, tokens, places) === start;
}

/** Whether `word` is one offices are named by (实践, 服务, 管理): 实践|所 is an office. */
export function isOfficeWord(word: string | undefined): boolean {
  return word !== undefined && NAME_VERBS.has(word) && word.length > 1;
}

function endsName(word: string, tag: string): boolean {
  if (STOP_WORDS.has(word)) return true;
  if (word.startsWith('第')) return false; // ordinals belong to names: 第二中学
  if (word.length === 1) return STOP_CHARS.has(word);
  return STOP_TAGS.test(tag) && !NAME_VERBS.has(word);
}
