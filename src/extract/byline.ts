/**
 * Byline text → credited people with their roles.
 *
 * Shapes met in local papers: `本报讯（通讯员 刘洋）`, `本报讯(记者赵磊 孙悦 通讯员钱卫东)`,
 * `本报记者 赵磊 周敏 通讯员 吴昊`, `记者 王伟 通讯员 林芳` under a story,
 * `通讯员 高峰 文/图`, `本报通讯员 陈嘉文 摄`, `何军 摄`, `文/张三 图/李四`.
 * A role word applies to the names after it; 摄 / 文/图 after names makes those
 * names photographers as well (a credited correspondent who took the picture is both).
 */
import type { Credit, ReporterRole } from './types.js';
import { splitNames } from './text/names.js';
import { boundedMemo } from './memo.js';
import { surnameLength } from './text/surnames.js';
import { DATELINE, REPORTED_BY } from './text/lineJoin.js';
import { MEDIA_NAME } from './text/furniture.js';
import { CREDIT_BULLETS, OWN_PAPER, RANK, ROLE_HEAD } from './lexicon/credits.js';

/** A paper's or site's name before a role word: `某某日报全媒体记者 某某`, `新某某·某某日报记者`. */
const MEDIA_BEFORE_ROLE = new RegExp(`(?:^|(?<=\\s))(?:${MEDIA_NAME.source})(?=(?:${RANK})?(?:记者|通讯员))`, 'gu');

type RoleWord = ReporterRole | 'suffix-photo' | 'suffix-writer' | 'prefix-photo' | 'writer';

/** Labels before names, with a colon or slash: the pictures' (图片：), the text's (文字：), both (文·图/). */
const PHOTO_LABEL = '摄影报道|摄影|图片|供图|图';
const WRITER_LABEL = '文字|文|撰文|撰稿|作者';
const BOTH_LABEL = '文\\s*[·・]\\s*图|图\\s*[·・]\\s*文|图文|文图';

/** Role words, longest first so 本报通讯员 wins over 通讯员. Suffix roles (摄, 文/图) come after names. */
const ROLE_WORDS: ReadonlyArray<[RegExp, RoleWord]> = [
  [new RegExp(`^(?:(?:${OWN_PAPER})?(?:${RANK})?|驻\\S{1,4})记者`), 'reporter'],
  [new RegExp(`^(?:${OWN_PAPER})?(?:${RANK})?通讯员`), 'correspondent'],
  [/^实习生/, 'correspondent'],
  [/^(?:文\/图|图\/文|图文)$/, 'suffix-photo'],
  // `文·图/张三`, `图文：张三`: before names they both wrote and took the pictures (see readByline).
  [new RegExp(`^(?:${BOTH_LABEL})\\s*[/:：]`), 'suffix-photo'],
  [/^\/\s*(?:图|摄)$/, 'suffix-photo'],
  [/^\/\s*文$/, 'suffix-writer'],
  [/^(?:摄影|摄)$/, 'suffix-photo'],
  [new RegExp(`^(?:${PHOTO_LABEL}|摄)\\s*[/:：]`), 'prefix-photo'],
  [new RegExp(`^(?:${WRITER_LABEL})\\s*[/:：]`), 'writer'],
];

/**
 * Splits a byline into role words and the runs of text between them. `张三/文` and
 * `李四/图` credit the name before the slash: the writer and the photographer (also
 * squashed by OCR: `郑凯/文王雷/图`).
 */
const TOKENS = new RegExp(
  String.raw`${ROLE_HEAD}|实习生|文\/图|图\/文|\/\s*(?:文|图|摄)(?![\u4e00-\u9fff])|\/\s*文(?=\s*[\u4e00-\u9fff]{2,4}\s*\/\s*[图摄])|(?:${BOTH_LABEL})\s*[/:：]|(?:${PHOTO_LABEL}|摄|${WRITER_LABEL})\s*[/:：]|摄影(?=\s*$|\s*[）)])|摄(?=\s*$|\s*[）)]|\s+[^\u4e00-\u9fff])`,
  'g',
);

/**
 * A credit in brackets closing a story's last paragraph: `…上了一堂法治课。（记者 孙磊 通讯员 赵亮）`.
 * Group 1 is the credit.
 */
export const TRAILING_CREDIT = new RegExp(
  `(?<=[。！？!?”"])\\s*([（(]\\s*(?:${MEDIA_NAME.source})?(?:${ROLE_HEAD}|实习生)[^（()）。，]{1,40}[）)]|[（(]\\s*[\\u4e00-\\u9fff]{1,4}(?:\\s+[\\u4e00-\\u9fff]{1,4}){0,2}\\s*[）)])\\s*$`,
);

/**
 * `(秦融)`: names alone in brackets, the credit some papers close a 本报讯 item with.
 * Each must read as a personal name (a known surname, two to four characters) and not
 * as a picture's note (`(左图)`).
 */
export function isBareNameCredit(text: string): boolean {
  const m = /^[（(]\s*([\u4e00-\u9fff]{1,4}(?:\s+[\u4e00-\u9fff]{1,4}){0,2})\s*[）)]$/u.exec(text.trim());
  if (m === null || /图|摄|照|片|下同|附/u.test(m[1]!)) return false;
  // `(陈 茜)`: OCR split one name; splitNames glues the pieces back.
  const names = splitNames(m[1]!);
  return names.length > 0 && names.every(readsAsPersonalName);
}

/** A known surname and one or two characters of given name. */
function readsAsPersonalName(name: string): boolean {
  return surnameLength(name) > 0 && name.length - surnameLength(name) <= 2 && name.length >= 2;
}

/** A credit line's first word: a role (记者, 本报通讯员, 实习生) or a credit mark (摄影:, 文/). */
const ROLE_START = new RegExp(`^${ROLE_HEAD}|^实习生|^(?:${PHOTO_LABEL}|${WRITER_LABEL}|${BOTH_LABEL})\\s*[/:：]`);

/** Decorations some papers print before a credit line: ■本报记者 张三. */
const CREDIT_MARK = new RegExp(`^[\\s${CREDIT_BULLETS}]+`);

/**
 * Recent bylines read: the segmenter asks whether a paragraph is a credit line and then
 * reads the same line as the story's byline. Bounded, as a long run meets many bylines.
 */
const READ_BYLINES_LIMIT = 512;

const creditsOf: (text: string) => readonly Credit[] = boundedMemo(READ_BYLINES_LIMIT, (text) => readByline(text));

/** The credits a byline gives, in order; the caller owns the returned objects. */
export function parseByline(text: string): Credit[] {
  return creditsOf(text).map((c) => ({ ...c }));
}

/** `松花江网编辑 何晨熙`: the desk's credit inside a story's; its names are no reporters. */
const DESK_CREDIT = /\s+[\u4e00-\u9fff]{0,8}?(?:责任)?编辑(?:[\s:：/|].*)?$/u;

function readByline(text: string): Credit[] {
  // `据李某、王某报道，`: the reporters of a round-up item, if they read as names (not 据新华社报道).
  const reported = REPORTED_BY.exec(text.trim());
  if (reported) {
    const names = splitNames(reported[1]!);
    return names.every(readsAsPersonalName) ? names.map((name) => ({ name, role: 'reporter' as const })) : [];
  }
  const body = stripLead(text).replace(DESK_CREDIT, '');
  const credits: Credit[] = [];
  let role: ReporterRole | null = null;
  let lastGroup: Credit[] = [];
  let photoToo = false;
  let pos = 0;
  const take = (chunk: string): void => {
    // `记者/刘淑君`: the slash only ties the name to its role.
    const names = splitNames(chunk.replace(/^[\s/:：]+/u, ''));
    if (names.length === 0) return;
    lastGroup = names.map((name) => ({ name, role: role ?? 'reporter' }));
    // Names printed without any role word before them are credited only by a
    // following 摄 (`何军 摄`); remember that they still lack a role.
    if (role === null) lastGroup.forEach((c) => untyped.add(c));
    credits.push(...lastGroup);
    if (photoToo) credits.push(...names.map((name) => ({ name, role: 'photographer' as const })));
  };
  const untyped = new Set<Credit>();
  for (const m of body.matchAll(TOKENS)) {
    take(body.slice(pos, m.index));
    pos = m.index + m[0].length;
    const kind = classify(m[0]);
    if (kind === 'suffix-photo' && lastGroup.length === 0 && credits.length === 0) {
      // `文/图 本报记者 沈洁`: the names that follow both wrote and took the pictures.
      photoToo = true;
    } else if (kind === 'suffix-photo') {
      addPhotographers(credits, lastGroup, untyped);
      lastGroup = [];
      role = null; // `记者 张三/文 李四/图`: 李四 is credited by his own suffix only
    } else if (kind === 'suffix-writer') {
      lastGroup.filter((c) => untyped.delete(c)).forEach((c) => (c.role = 'reporter'));
      lastGroup = [];
      role = null;
    } else if (kind === 'prefix-photo') role = 'photographer';
    else if (kind === 'writer') role = 'reporter';
    else role = kind;
  }
  take(body.slice(pos));
  return dedupeCredits(credits);
}

function classify(word: string): RoleWord {
  const w = word.trim();
  for (const [re, kind] of ROLE_WORDS) if (re.test(w)) return kind;
  return 'reporter';
}

/**
 * 本报讯（…） / 本报长春6月1日电 / 新华社北京电 / 某某网消息: keep only what is inside the
 * brackets; and nothing from a digit on (`记者 某某 2020年06月17日09:40`: names hold none).
 */
function stripLead(text: string): string {
  return text
    .replace(CREDIT_MARK, '')
    .replace(DATELINE, '')
    .replace(/\d.*$/su, '')
    .replace(/[（()）【】[\]]/g, ' ')
    .trim()
    .replace(MEDIA_BEFORE_ROLE, '')
    .replace(/报道\s*$/, '')
    .trim();
}

function addPhotographers(credits: Credit[], group: readonly Credit[], untyped: Set<Credit>): void {
  for (const c of group) {
    if (untyped.has(c)) c.role = 'photographer';
    else credits.push({ name: c.name, role: 'photographer' });
  }
}

/** Each name once per role, in order of first appearance. */
export function dedupeCredits(credits: readonly Credit[]): Credit[] {
  const seen = new Set<string>();
  return credits.filter((c) => {
    const key = `${c.name}|${c.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Does this short line consist of credits only (a standalone byline)? True for
 * `本报通讯员 陈嘉文 王晓东`, `记者 王伟`, `通讯员 高峰 文/图`, `何军 摄`; false for
 * a sentence that merely mentions a reporter.
 */
export function isBylineText(text: string): boolean {
  const t = text
    .replace(CREDIT_MARK, '')
    .trim()
    .replace(/^[（(]([^（()）]*)[）)]$/, '$1')
    .replace(MEDIA_BEFORE_ROLE, '');
  if (t.length === 0 || t.length > 40 || /[，。！？；,.!?;“”]/.test(t)) return false;
  if (isBareNameCredit(text.replace(CREDIT_MARK, ''))) return true;
  const hasRole = ROLE_START.test(t);
  // `何军 摄`, `刘丽强、罗玉艳 摄影报道`: names credited for the pictures only.
  const photoOnly = /^[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,2}\s*(?:摄|摄影|摄影报道)$/.test(t);
  if (!hasRole && !photoOnly) return false;
  return creditsOf(t).length > 0;
}
