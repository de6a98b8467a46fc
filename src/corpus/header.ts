/**
 * Page headers in the shapes real papers print: the seed pages' masthead strip
 * (`·5县域2023年6月20日 星期二` / `编辑|辛 宏 常欣月 校对|刘铁铮 S I P ING R IBAO`), a
 * page-number line over the date, or a Chinese masthead with 责任编辑.
 */
import { pinyin } from 'pinyin-pro';
import { emptyHeader, type PageHeader } from '../extract/types.js';
import type { Place } from './places.js';
import type { Random } from './random.js';

const SECTIONS = ['县域', '城乡', '区县新闻', '乡村振兴', '综合新闻', '基层', '社会'];
const WEEKDAYS = '日一二三四五六';

/** A date between 2019 and 2025. */
export function pageDate(random: Random): Date {
  const start = Date.UTC(2019, 0, 1);
  const days = Math.floor((Date.UTC(2025, 11, 31) - start) / 86_400_000);
  return new Date(start + random.int(0, days) * 86_400_000);
}

function chineseDate(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 星期${WEEKDAYS[d.getUTCDay()]}`;
}

/** The paper's place name: 四平市 → 四平 (only plain 市 names make a paper name). */
function paperPlace(prefecture: Place): string | null {
  const m = /^(.{2,3})市$/.exec(prefecture.name);
  return m ? m[1]! : null;
}

/** `S I P ING R IBAO`: the letters of a romanised masthead, with OCR's stray spaces. */
function romanised(random: Random, place: string, kind: string): string | null {
  const syllables = pinyin(place, { toneType: 'none', type: 'array', v: false });
  if (syllables.some((s) => !/^[a-z]+$/.test(s))) return null;
  const word = syllables.join('').toUpperCase() + ' ' + kind;
  return word
    .split(' ')
    .map((w) => (random.chance(0.8) ? `${w[0]} ${w.slice(1)}` : w))
    .join(' ');
}

/** `辛 宏`: OCR spreads two-character names to the width of three. */
function printedName(random: Random, name: string): string {
  return name.length === 2 && random.chance(0.6) ? `${name[0]} ${name[1]}` : name;
}

export function makeHeader(
  random: Random,
  prefecture: Place,
  date: Date,
  editors: string[],
  proofreader: string,
): { lines: string[]; header: PageHeader } {
  const header = emptyHeader();
  header.date = date.toISOString().slice(0, 10);
  header.editors = editors;
  header.proofreaders = [proofreader];
  const section = random.pick(SECTIONS);
  const pageNo = random.int(2, 12);
  const place = paperPlace(prefecture);
  const style = random.int(0, 2);
  const eds = editors.map((e) => printedName(random, e)).join(' ');
  const pr = printedName(random, proofreader);
  if (style === 0 && place) {
    const roman = romanised(random, place, 'RIBAO');
    header.paper = roman ? `${place}日报` : null;
    header.pageNo = String(pageNo);
    header.section = section;
    return {
      header,
      lines: [`·${pageNo}${section}${chineseDate(date)}`, `编辑|${eds} 校对|${pr}${roman ? ` ${roman}` : ''}`],
    };
  }
  if (style === 1 || !place) {
    header.pageNo = String(pageNo);
    header.section = section;
    return { header, lines: [`第${pageNo}版 ${section}`, chineseDate(date), `编辑：${eds} 校对：${pr}`] };
  }
  header.paper = `${place}${random.pick(['日报', '晚报'])}`;
  header.pageNo = String(pageNo);
  header.section = section;
  return {
    header,
    lines: [header.paper, chineseDate(date), `第${pageNo}版 ${section}`, `责任编辑：${eds} 校对：${pr}`],
  };
}
