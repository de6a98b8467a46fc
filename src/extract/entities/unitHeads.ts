/**
 * The head nouns that close an organisation's name in Chinese (…局, …党委,
 * …有限公司), and what a name with each head needs in order to count as a unit.
 * These are grammar of Chinese institutional names, not names from any page.
 */
import type { Token } from './tokens.js';

/**
 * How a head behaves when the name before it carries no place:
 * - `department`: a sub-office of the local government or party (司法所, 综治办);
 *   the page's nearest town owns it, so it is completed with that town.
 * - `named`: a body that names itself (公司, 集团, 宣讲团); kept as written when it
 *   has a specific qualifier.
 * - `other`: too generic without a place (中心, 宣传部); kept only when it joins a
 *   fuller name elsewhere on the page.
 */
export type HeadKind = 'department' | 'named' | 'other';

const DEPARTMENT = [
  '人民政府',
  '政府',
  '办事处',
  '管理处',
  '办公室',
  '派出所',
  '司法所',
  '财政所',
  '卫生院',
  '社工站',
  '服务站',
  '工作站',
  '党工委',
  '党委',
  '团委',
  '纪委',
  '工委',
  '两委',
  '武装部',
  '禁毒办',
  '创建办',
  '文明办',
  '安委会',
  '居委会',
  '村委会',
  '开发区',
  '局',
  '办',
  '所',
  '站',
];
const NAMED = [
  '有限公司',
  '公司',
  '集团',
  '宣讲团',
  '艺术团',
  '跑团',
  '讲师团',
  '协会',
  '联合会',
  '商会',
  '学会',
  '基金会',
  '学校',
  '中学',
  '小学',
  '大学',
  '学院',
  '幼儿园',
  '医院',
  '银行',
  '支行',
  '分行',
  '电视台',
  '报社',
  '支队',
  '大队',
  '中队',
  '服务队',
  '突击队',
  '先锋队',
  '组委会',
  '研究室',
  '军分区',
  '网',
  '编辑部',
  '合作社',
  '旅行社',
  '出版社',
  '文化馆',
  '图书馆',
  '博物馆',
  '纪念馆',
  '陈列馆',
  '美术馆',
  '科技馆',
  '舞蹈队',
  '健身操队',
  '腰鼓队',
  '秧歌队',
  '乐队',
  '合唱团',
  '合唱队',
  '通讯社',
  '议事会',
  '理事会',
  '主席团',
  '测评组',
  '督察组',
  '督查组',
  '检查组',
  '工作组',
  '义工联',
  '养老院',
  '敬老院',
  '卫生室',
  '污水处理厂',
];
const OTHER = [
  '社会工作部',
  '社工部',
  '组织部',
  '宣传部',
  '统战部',
  '政法委',
  '文明委',
  '发改委',
  '卫健委',
  '教委',
  '农委',
  '科委',
  '经信委',
  '国资委',
  '民宗委',
  '管委会',
  '监委',
  '人大常委会',
  '政协',
  '妇联',
  '总工会',
  '工会',
  '残联',
  '科协',
  '文联',
  '侨联',
  '工商联',
  // Democratic parties (市民革, 县九三学社); 民建 and 民进 only in a list (see
  // FALSE_NEXT_AFTER), as 市民进行 and 村民建房 read the same way.
  '民建',
  '民进',
  '民革',
  '民盟',
  '农工党',
  '致公党',
  '九三学社',
  '台盟',
  '红十字会',
  '委员会',
  '法院',
  '检察院',
  '中心',
  '党组',
  '党支部',
  '党总支',
];
/**
 * Heads that are a complete name on their own: 军分区 is always the local one, and a
 * page's 市委, 县委 (its own city's or county's party committee) is named so.
 */
export const SELF_SUFFICIENT = new Set([
  '军分区',
  '团市委',
  '团县委',
  '团区委',
  '市委',
  '县委',
  '区委',
  '省委',
  '州委',
  '旗委',
  '市政府',
  '县政府',
  '市政协',
  '县政协',
  '区政协',
]);

/**
 * After a short form that is a name of its own (县委), what may follow: punctuation,
 * a function word or a verb — not the rest of a longer name (县委宣传部, 县委书记).
 */
export const AFTER_SHORT_FORM =
  /^(?:[、，。,；;：:和与及对在的”）)]|$|评为|授予|命名|表彰|书记|副书记|常委(?!会)|副?主席|副?主任|副?县长|副?市长|副?区长|高度|召开|印发|决定|研究决定|研究部署|部署|领导|主要|号召|出台|提出|要求|始终|坚持|把|将|联合|组织开展|开展|举办|高位|大力|调研)/u;
/** Bare heads (no qualifier at all) that still name one office of the local town. */
export const BARE_DEPARTMENTS = new Set([
  '办事处',
  '派出所',
  '司法所',
  '财政所',
  '卫生院',
  '社工站',
  '党工委',
  '党委',
  '团委',
  '纪委',
  '武装部',
]);
/** Team-of-people heads: a team only counts as a unit with a proper qualifier. */
export const TEAM_HEADS = new Set(['支队', '大队', '中队', '服务队', '突击队', '先锋队']);

/** The short forms above that a longer name may start with; only these need AFTER_SHORT_FORM. */
const isShortFormHead = (head: string): boolean => SELF_SUFFICIENT.has(head) && /^[市县区省州旗]/u.test(head);

const KIND = new Map<string, HeadKind>();
for (const h of DEPARTMENT) KIND.set(h, 'department');
for (const h of NAMED) KIND.set(h, 'named');
for (const h of OTHER) KIND.set(h, 'other');
for (const h of SELF_SUFFICIENT) KIND.set(h, 'named');

export function headKind(head: string): HeadKind {
  return KIND.get(head) ?? 'other';
}

const ALL_HEADS = [...KIND.keys()].sort((a, b) => b.length - a.length);

/** Whether an organisation head ends at `end` (…公司|西安台区供电中心: a sub-unit follows). */
export function headEndsAt(text: string, end: number): boolean {
  return ALL_HEADS.some((h) => h.length > 1 && text.startsWith(h, end - h.length));
}
/** Longest head first at each position; 党组 must not eat 党组织. */
export const HEAD_PATTERN = new RegExp(ALL_HEADS.map((h) => (h === '党组' ? '党组(?!织)' : h)).join('|'), 'g');

/**
 * After 县委: the rest of a longer name (县委组织部, 市委研究室). A post (县委书记孙某) names
 * the committee as it names the person, so the committee is a unit there too.
 */
const LONGER_NAME_AFTER = new RegExp(
  `^[\\u4e00-\\u9fff]{0,4}?(?:${ALL_HEADS.filter((h) => h.length > 1).join('|')}|委员)`,
  'u',
);

/** Whether a short form (县委) ends a name at `end` of `text`, rather than starting a longer one. */
function shortFormEndsAt(text: string, end: number): boolean {
  const after = text.slice(end, end + 8);
  return AFTER_SHORT_FORM.test(after) && !LONGER_NAME_AFTER.test(after);
}

/** What follows 中心 when the name goes on (县新时代文明实践中心办公室, 某某中心幼儿园). */
const AFTER_CENTRE = /^(?:办公室|幼儿园|小学|中学|学校|医院|卫生院|站)/u;

/**
 * Heads that close a name only where the text pauses after them: a short form (县委),
 * a 工委 written as the start of its department (某经开区工委社会工作部), a 中心 whose
 * name goes on. True when the head at [.., end) does not close the name there.
 */
export function nameGoesOnPast(head: string, text: string, end: number): boolean {
  if (isShortFormHead(head) || head === '工委') return !shortFormEndsAt(text, end);
  return head === '中心' && AFTER_CENTRE.test(text.slice(end, end + 3));
}

/**
 * Two-character words that end in a one-character head but are not offices:
 * 格局/大局 (局), 举办/承办 (办), 场所/厕所 (所), 车站/网站 (站), 电网 (网).
 */
const FALSE_ENDINGS = new Set([
  '格局',
  '大局',
  '布局',
  '全局',
  '当局',
  '结局',
  '开局',
  '新局',
  '时局',
  '变局',
  '破局',
  '出局',
  '举办',
  '主办',
  '承办',
  '协办',
  '创办',
  '督办',
  '代办',
  '交办',
  '包办',
  '快办',
  '可办',
  '能办',
  '申办',
  '合办',
  '帮办',
  '领办',
  '查办',
  '好办',
  '难办',
  '场所',
  '厕所',
  '住所',
  '处所',
  '寓所',
  '会所',
  '哨所',
  '诊所',
  '车站',
  '网站',
  '驿站',
  '电网',
  '上网',
  '联网',
  '网网',
]);
/** A one-character head followed by these is the start of another word (局长, 所有, 站点, 网格). */
const FALSE_NEXT = /^[长面势有以属谓得需述示获用作能辖点岗台格络民友购页址络上]/;
/** 所在, 处在 are verbs; a bureau or committee followed by 在 is the subject of the sentence (区民政局在社区开展…). */
const FALSE_NEXT_AFTER: Readonly<Record<string, RegExp>> = {
  所: /^在/,
  处: /^在/,
  民建: /^(?![、，,和及与等])/,
  民进: /^(?![、，,和及与等])/,
};

/** Function words a name is followed by (…局在社区, …局和…, …委对…). */
const FUNCTION_AFTER = /^[在和与及对向为从于将把被由给跟同并]$/;

/**
 * A token jieba does not know (tag x) made of a head, the function word after it
 * and maybe an unknown place name after that (局在, 局在靖城).
 */
function isGluedFunctionWord(token: Token): boolean {
  return token.tag === 'x' && token.word.length >= 2 && FUNCTION_AFTER.test(token.word[1]!);
}

/**
 * Whether a one-character head really closes a name here, judged from the word
 * jieba puts it in and the character that follows.
 */
export function isRealSingleHead(
  token: Token | undefined,
  headStart: number,
  next: string,
  head = '',
  afterOfficeWord = false,
): boolean {
  // 所在 is a verb (居民所在社区), but after a word offices are named by
  // (实践|所在社区) the 所 closes the name and 在 begins the predicate.
  const subject = afterOfficeWord && FUNCTION_AFTER.test(next);
  if (FALSE_NEXT.test(next) || (FALSE_NEXT_AFTER[head]?.test(next) && !subject)) return false;
  if (!token) return true;
  // The head begins a longer word (局面, 所有), unless jieba only glued it to the
  // function word after it because it knows no word there (区农业农村局|在: 局在/x).
  if (token.end > headStart + 1) {
    return token.start === headStart && (isGluedFunctionWord(token) || (subject && token.end === headStart + 2));
  }
  return !FALSE_ENDINGS.has(token.word.slice(-2));
}

/**
 * Whether a head found by pattern is really a word here: jieba must not read both
 * its first character as the end of an earlier word and its last as the start of
 * a later one (集|中学|习 is 集中 学习, not a middle school). One side glued is
 * fine: 宣传部|分 is OCR glue, 镇党委 a fused word.
 */
export function isWholeHead(first: Token | undefined, last: Token | undefined, start: number, end: number): boolean {
  const gluedLeft = first !== undefined && first.start < start;
  const gluedRight = last !== undefined && last.end > end;
  return !(gluedLeft && gluedRight && first !== last) && !(first === last && gluedLeft && gluedRight);
}
