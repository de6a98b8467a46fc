/**
 * The page header: paper, date, page number, section, desk editors.
 *
 * Read from the masthead strip (`·5县域2023年6月20日 星期二` /
 * `编辑|李 明 张晓燕 校对|王建国 L U OYANG R IBAO`) and, where a page prints one,
 * the running head above its first story. The same lines are reported as page
 * furniture so the segmenter does not take them for story text.
 */
import type { NormalizedText, PageHeader } from './types.js';
import {
  DESK_ROLE,
  PAGE_NUMBER,
  PAPER_NAME,
  PRINTED_DATE,
  ROMANISED_MASTHEAD,
  isFurnitureLine,
} from './text/furniture.js';
import { calendarDay } from './dates.js';
import { resolveRomanisedMasthead } from './text/masthead.js';
import { splitNames } from './text/names.js';
import { paragraphsOf, type Paragraph } from './text/paragraphs.js';
import { isBylineText } from './byline.js';
import { LEAD_PREFIX, hasWordSpace } from './text/lineJoin.js';
import { isViewerDate, readerFurniture, readerPageLine, readerPaperName, siteCredit } from './text/readerSite.js';

export interface HeaderLayout {
  header: PageHeader;
  /** [start, end) ranges of NormalizedText.text that are header, not story. */
  furniture: Array<{ start: number; end: number }>;
  /** Writers credited on a reading site's source line (`作者:…`), for the story below it. */
  siteCredits?: Array<{ text: string; start: number; end: number }>;
}

export function extractHeader(n: NormalizedText): PageHeader {
  return locateHeader(n).header;
}

export function locateHeader(n: NormalizedText): HeaderLayout {
  const paras = paragraphsOf(n);
  const edge = [...paras.slice(0, 6), ...paras.slice(Math.max(6, paras.length - 4))];
  // A reading site's furniture can stand anywhere on the page; the masthead strip only at its edges.
  const reader = readerFurniture(paras);
  const atEdge = new Set(edge);
  const strip = paras.filter((p) => reader.has(p.index) || (atEdge.has(p) && isFurnitureLine(p.text)));
  const dated = strip.filter((p) => !isViewerDate(paras, p.index));
  const header: PageHeader = {
    paper: strip.map((p) => readerPaperName(p.text)).find((name) => name !== null) ?? paperName(strip),
    date: printedDate(dated),
    pageNo: null,
    section: null,
    editors: deskNames(strip, /(?:责任编辑|责编|编辑)/),
    proofreaders: deskNames(strip, /校对/),
  };
  // Page number and section share the date's line on some papers (`·5县域2023年…`);
  // others give them a line of their own (`第3版 城事`, `A5 城乡`), reading sites
  // `第03版:综合新闻 上一版 下一版`.
  const dateLine = dated.find((p) => PRINTED_DATE.test(p.text));
  const siteLine = strip.map((p) => readerPageLine(p.text)).find((r) => r !== null) ?? null;
  const pageLine = strip.find((p) => p !== dateLine && PAGE_NUMBER.test(p.text));
  const fromDate = dateLine ? pageAndSection(dateLine.text) : null;
  const fromPage = siteLine ?? (pageLine ? pageAndSection(pageLine.text) : null);
  header.pageNo = fromPage?.pageNo ?? fromDate?.pageNo ?? null;
  header.section = siteLine !== null ? siteLine.section : (fromPage?.section ?? fromDate?.section ?? null);
  const furniture = strip.map((p) => ({ start: p.start, end: p.end }));
  const head = runningHead(paras, new Set(strip.map((p) => p.index)));
  if (head) {
    header.section ??= head.text.trim();
    furniture.push({ start: head.start, end: head.end });
  }
  const siteCredits = strip.flatMap((p) => {
    const text = siteCredit(p.text);
    return text === null ? [] : [{ text, start: p.start, end: p.end }];
  });
  return { header, furniture, siteCredits };
}

/** A site's metadata line writes the date the ISO way: `2023-09-26 标题 …`. */
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** A date line: the date with at most a weekday or a page mark beside it (`2023年04月13日 星期四`). */
const DATE_ALONE = 24;

function printedDate(strip: readonly Paragraph[]): string | null {
  const written = strip.filter((q) => PRINTED_DATE.test(q.text));
  const alone = written.filter((q) => q.text.trim().length <= DATE_ALONE);
  for (const p of [...alone, ...written, ...strip]) {
    const m = PRINTED_DATE.exec(p.text) ?? ISO_DATE.exec(p.text);
    if (!m) continue;
    // `(2021年10月10日前数字报)`: a date the site's archive starts or ends at, not the page's.
    if (/^\s*(?:以?前|之前|以来|起)/u.test(p.text.slice(m.index + m[0].length))) continue;
    const day = calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day !== null) return day;
  }
  return null;
}

/** `·5县域2023年6月20日 星期二` → page 5, section 县域; also 第5版 / A5版 forms. */
function pageAndSection(line: string): { pageNo: string | null; section: string | null } {
  const numbered = /第\s*(\d{1,3})\s*版/.exec(line) ?? /^[·•\s]*([A-Z]?\d{1,3})(?!\d|\s*[年月日])/.exec(line);
  const rest = line
    .replace(PRINTED_DATE, ' ')
    .replace(/(?:星期|周)[一二三四五六日天]/g, ' ')
    .replace(/农历\S*/g, ' ')
    .replace(/第\s*\d{1,3}\s*版/g, ' ')
    .replace(/^[·•\s]*[A-Z]?\d{1,3}(?!\d|\s*[年月日])版?/, ' ')
    .replace(PAPER_NAME, ' ');
  const section = /[\u4e00-\u9fff]{2,8}/.exec(rest);
  return { pageNo: numbered?.[1] ?? null, section: section?.[0] ?? null };
}

/** Names after a desk role word, up to the next role word or the romanised masthead. */
function deskNames(strip: readonly Paragraph[], role: RegExp): string[] {
  const re = new RegExp(`(?:^|[^责美])${role.source}\\s*[|｜:：]([^|｜:：]*)`);
  for (const p of strip) {
    const m = re.exec(p.text);
    if (!m) continue;
    const names = m[1]!.replace(new RegExp(`${DESK_ROLE.source}.*$`), '').replace(/[A-Za-z].*$/, '');
    const cut = names.replace(/(?:责任编辑|责编|编辑|美编|校对|审读|组版|版式|制图|终审)\s*$/, '');
    return splitNames(cut);
  }
  return [];
}

function paperName(strip: readonly Paragraph[]): string | null {
  for (const p of strip) {
    const named = PAPER_NAME.exec(p.text);
    if (named) return named[1]!;
    const roman = ROMANISED_MASTHEAD.exec(p.text);
    const resolved = roman ? resolveRomanisedMasthead(roman[0]) : null;
    if (resolved) return resolved;
  }
  return null;
}

function isHeadingLike(p: Paragraph | undefined): p is Paragraph {
  if (!p) return false;
  const t = p.text;
  return t.length <= 30 && !/[。！？；!?;]/.test(t) && !t.startsWith('——') && !LEAD_PREFIX.test(t) && !isBylineText(t);
}

/**
 * A running head: a slogan line printed above a page's first story and not part
 * of it (`党建引领强服务 履职尽责出实招`). Told from a headline + subtitle pair by
 * the layout: it is set apart by indentation or centring, the story headline
 * below it is a block of its own (kicker + title lines), and it is a balanced
 * two-phrase couplet. Two of the three cues are required.
 */
function runningHead(paras: readonly Paragraph[], furniture: ReadonlySet<number>): Paragraph | null {
  const body = paras.filter((p) => !furniture.has(p.index));
  const [first, second, third] = body;
  if (!isHeadingLike(first) || !isHeadingLike(second) || second.gapBefore === 0) return null;
  // A bulleted line is a story's headline in a reading site's list of them, never a running head.
  if (/^[•·●◆▪■]/u.test(first.text.trim())) return null;
  let cues = 0;
  if (first.indented) cues++;
  if (isHeadingLike(third) && third.gapBefore === 0) cues++;
  const halves = first.text.trim().split(' ');
  if (hasWordSpace(first.text) && halves.length === 2 && Math.abs(halves[0]!.length - halves[1]!.length) <= 1) cues++;
  return cues >= 2 ? first : null;
}
