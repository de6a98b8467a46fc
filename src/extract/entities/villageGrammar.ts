/**
 * Communities, villages and hamlets the division data does not list (new
 * communities, renamed villages, hamlets), found by the grammar of news text:
 * `XX社区` / `XX村` / `XX屯` whose left edge is certain because a preposition or a
 * verb of going stands right before it (在兴洛湖社区开展, 走进XX村, 来到XX屯) or a
 * punctuation mark opens it (、XX村). The name part is 2–4 characters and no common
 * word (基层社区, 美丽乡村, 示范村 are kinds of place, not places), unless the
 * official data knows that exact name somewhere as a community or village.
 */
import type { Gazetteer, PlaceMatch } from '../gazetteer/index.js';
import { tokenAt, tokenize, type Token, type Tokens } from './tokens.js';

const SUFFIX = /社区|村|屯/gu;
/** Words after which a place name begins: prepositions and verbs of going or visiting. */
const OPENERS = new Set([
  '在',
  '到',
  '于',
  '赴',
  '至',
  '走进',
  '深入',
  '来到',
  '前往',
  '走访',
  '进入',
  '位于',
  '地处',
  '驻',
]);
/** Marks after which a name begins (a list, a new clause, a quote). */
const OPENING_MARK = /[，。、；：！？,;:!?（(\n]/u;
/**
 * First characters of phrases that end like a village but name none (各村, 全村, 该社区,
 * 驻村, 所辖村, 两个村). Other numerals begin names (十里铺村, 三道沟村); jieba tags 三个 m.
 */
const NOT_A_NAME_START = /^[乡全各本该此其每某这那驻进到下整邻所两几多数0-9]/u;
/** Common nouns built like a village name (新农村, 城中村). */
const NOT_A_VILLAGE = /^(?:新农村|城中村|美丽乡村|农村社区|城乡社区|城市社区)$/u;
/** Characters that make the name part a phrase (辖区各社区, 我村). */
const NOT_IN_NAME = /[各每我你他她们的]/u;
/** Kinds of place, not names: a name part made of such words is a common phrase. */
const KIND_WORDS = new Set([
  '基层',
  '城市',
  '城镇',
  '农村',
  '城乡',
  '乡镇',
  '重点',
  '示范',
  '试点',
  '先进',
  '典型',
  '老旧',
  '周边',
  '辖区',
  '附近',
  '当地',
  '本地',
  '所在',
  '偏远',
  '贫困',
  '脱贫',
  '美丽',
  '文明',
  '和谐',
  '幸福',
  '平安',
  '智慧',
  '绿色',
  '生态',
  '传统',
  '特色',
  '红色',
  '新型',
  '行政',
  '自然',
  '易地',
  '搬迁',
  '安置',
  '星级',
  '标准',
  '社会',
  '法治',
  '民主',
  '数字',
  '宜居',
  '和美',
  '富裕',
  '城区',
  '山区',
  '牧区',
  '林区',
  '矿区',
  '库区',
  '移民',
  '边境',
  '民族',
  '包保',
  '包联',
  '帮扶',
  '结对',
  '共建',
  '联系',
  '联建',
  '驻地',
  '对口',
  '涉农',
  '沿线',
  '周围',
  '相邻',
  '毗邻',
  '临近',
]);
/** Tags jieba gives to proper names (ns: a place) or to strings it does not know (most new names). */
const NAME_TAGS = /^(x|nr|nrfg|nrt|nz|ns)$/u;
/** Tags of function words, verbs and the like: never inside a place name. */
const FUNCTION_TAGS = /^(v|vd|vn|d|ad|p|c|r|t|m|q|u|uj|ul|uz|ug|uv|y|e|o|f|i|l)$/u;
/** After 村, these make it the first character of another word (村民, 村级, 村务). */
const VILLAGE_WORD_NEXT = /^[民级务容貌集两]/u;

/** A community, village or hamlet found by this grammar (never in the dataset's reading). */
export interface BoundedVillage extends PlaceMatch {
  kind: 'grammar';
  /** Its left edge is certain, so it stands as a town without a written parent. */
  bounded: true;
}

/**
 * How many places the data must name exactly so, as a community, village or hamlet,
 * for a word to be a name here too: a common word that names several (战旗村) is one,
 * one that names one or two (示范村, 行政村) is a chance; a kind of place must be a
 * name all over the country (幸福社区, 平安社区, not 城区社区 or 移民村).
 */
const COMMON_NAME = { word: 3, kind: 20 } as const;

function commonName(form: string, gz: Gazetteer, read: 'word' | 'kind'): boolean {
  let n = 0;
  for (const d of gz.lookupFull(form)) {
    if (d.level === 'community' || d.level === 'village' || d.level === 'hamlet') n++;
  }
  return n >= COMMON_NAME[read];
}

/**
 * What opens a name at `start`: an opener word (在, 走进), or a mark or the text's
 * start; null when nothing does. Quotes are no opener: “书香社区” is an honour.
 */
function opener(text: string, start: number, tokens: Tokens): 'word' | 'mark' | null {
  if (start === 0 || OPENING_MARK.test(text[start - 1]!)) return 'mark';
  const token = tokenAt(tokens, start - 1);
  return token !== undefined && token.end === start && OPENERS.has(token.word) ? 'word' : null;
}

/**
 * How the name part [start, suffixStart) reads: `no` with a word across its left edge
 * (在于|家村); `loose` with a word running into the suffix (美丽|乡村) or a function word
 * in it — a name only inside a list of villages; `kind` when it holds
 * a kind-of-place word (幸福, 基层); `word` when it is one common word (战旗, 团结, 示范村);
 * else `name`.
 */
function reading(
  tokens: readonly Token[],
  start: number,
  suffixStart: number,
): 'name' | 'word' | 'kind' | 'loose' | 'no' {
  if (tokens.length === 0 || tokens[0]!.start < start) return 'no';
  const last = tokens[tokens.length - 1]!;
  if (last.end > suffixStart && last.start > start) return 'loose';
  if (tokens.some((t) => FUNCTION_TAGS.test(t.tag))) return 'loose';
  if (tokens.some((t) => KIND_WORDS.has(t.word))) return 'kind';
  return tokens.length > 1 || NAME_TAGS.test(tokens[0]!.tag) ? 'name' : 'word';
}

function tokensIn(tokens: Tokens, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = start; i < end;) {
    const t = tokenAt(tokens, i);
    if (!t) return [];
    out.push(t);
    i = t.end;
  }
  return out;
}

/**
 * Communities, villages and hamlets with a certain left edge in `text`, skipping
 * spans the dataset reading already names (`taken`: one flag per character).
 */
export function boundedVillages(text: string, taken: Uint8Array, gz: Gazetteer): BoundedVillage[] {
  const out: BoundedVillage[] = [];
  let tokens: Tokens | null = null;
  for (const m of text.matchAll(SUFFIX)) {
    const suffixStart = m.index;
    const end = suffixStart + m[0].length;
    if (m[0] === '村' && VILLAGE_WORD_NEXT.test(text.slice(end, end + 1))) continue;
    if (taken[suffixStart] === 1) continue;
    // The shortest name part whose left edge opens: 在|于家村 is 于家村, not 在于家村.
    for (let len = 2; len <= 4 && suffixStart - len >= 0; len++) {
      const start = suffixStart - len;
      const name = text.slice(start, suffixStart);
      if (!/^[\u4e00-\u9fff]+$/u.test(name)) break;
      tokens ??= tokenize(text);
      // The next item of a list of places (在明仁社区、和平社区, XX村和李家屯) is opened like the first.
      const listed =
        /[、和及与]/u.test(text[start - 1] ?? '') && (taken[start - 2] === 1 || out.at(-1)?.end === start - 1);
      // Right after a place the division data names (临翔区|某某村), the name begins there too.
      const afterPlace = start > 0 && taken[start - 1] === 1;
      const opened = listed || afterPlace ? 'word' : opener(text, start, tokens);
      if (opened === null) continue;
      // (Inside a list a first character such as 那 begins a name: 某某村、那京村.)
      if ((!listed && NOT_A_NAME_START.test(name)) || NOT_IN_NAME.test(name)) break;
      const form = text.slice(start, end);
      if (NOT_A_VILLAGE.test(form)) break;
      if (taken.subarray(start, end).some((v) => v === 1)) break;
      const read0 = reading(tokensIn(tokens, start, suffixStart), start, suffixStart);
      // In a list of villages (某某村、来冷村、那京村) a name jieba reads as a verb and a
      // word ending in 村 is still a name: the list says what it is.
      const read = read0 === 'loose' ? (listed ? 'name' : 'no') : read0;
      // A common word (书香社区, 幸福社区) is a place only where a word of going or being at opens it.
      if (read === 'no' || (read !== 'name' && (opened === 'mark' || !commonName(form, gz, read)))) break;
      out.push({ start, end, form, kind: 'grammar', candidates: [], bounded: true });
      break;
    }
  }
  return out;
}
