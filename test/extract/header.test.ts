import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHeader, locateHeader } from '../../src/extract/header.js';
import { normalizePage } from '../../src/extract/normalize.js';
import { resolveRomanisedMasthead } from '../../src/extract/text/masthead.js';
import { SEEDS_GOLD_DIR } from './fixtures/paths.js';

const seed = (name: string): string => readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), 'utf8');
const gold = (name: string): unknown =>
  (JSON.parse(readFileSync(`${SEEDS_GOLD_DIR}${name}.json`, 'utf8')) as { page: unknown }).page;

describe('extractHeader', () => {
  it('reads page number, section, date, desk and the romanised masthead of a masthead strip', () => {
    const n = normalizePage(
      '\n·5县域2023年6月20日 星期二\n编辑|辛 宏 常欣月 校对|刘铁铮 S I P ING R IBAO\n\n同台竞技强素质\n',
    );
    expect(extractHeader(n)).toEqual({
      paper: '四平日报',
      date: '2023-06-20',
      pageNo: '5',
      section: '县域',
      editors: ['辛宏', '常欣月'],
      proofreaders: ['刘铁铮'],
    });
  });

  it('reads no date from a day the calendar does not have (an OCR slip such as 2月30日)', () => {
    const n = normalizePage('\n·5县域2023年2月30日 星期二\n编辑|辛 宏 校对|刘铁铮\n\n同台竞技强素质\n');
    expect(extractHeader(n).date).toBeNull();
    expect(extractHeader(normalizePage('\n·5县域2024年2月29日 星期四\n\n同台竞技强素质\n')).date).toBe('2024-02-29');
  });

  it('marks the masthead lines as furniture so they are not story text', () => {
    const n = normalizePage(
      '·5县域2023年6月20日 星期二\n编辑|辛 宏 常欣月 校对|刘铁铮 S I P ING R IBAO\n\n同台竞技强素质',
    );
    const { furniture } = locateHeader(n);
    expect(furniture.map((r) => n.text.slice(r.start, r.end))).toEqual([
      '·5县域2023年6月20日 星期二',
      '编辑|辛 宏 常欣月 校对|刘铁铮S I P ING R IBAO',
    ]);
  });

  it('takes an indented slogan above a kicker-and-title block for the running head', () => {
    const n = normalizePage(
      ' 党建引领强服务 履职尽责出实招\n\n管城区民政局\n手拉手 结对共建促发展\n\n本报讯 12 月 21 日上\n午，管城区民政局相关负责',
    );
    expect(extractHeader(n).section).toBe('党建引领强服务 履职尽责出实招');
  });

  it('does not take a headline followed by its —— subtitle for a running head', () => {
    const n = normalizePage(
      '\n\n凝聚红色力量 激发治理活力\n\n——双辽市退役军人事务局党建引领基层治理侧记\n\n本报通讯员 周维维',
    );
    expect(extractHeader(n)).toEqual({
      paper: null,
      date: null,
      pageNo: null,
      section: null,
      editors: [],
      proofreaders: [],
    });
  });

  it('reads a Chinese masthead, a 第N版 line, a lunar date and 责任编辑/美编 credits', () => {
    const n = normalizePage(
      '郑州晚报\n2024年3月12日 星期二 农历二月初三\n第3版 城事\n责任编辑：张 涛 美编：李 娜 校对：王 芳\n\n聚焦基层治理\n',
    );
    expect(extractHeader(n)).toEqual({
      paper: '郑州晚报',
      date: '2024-03-12',
      pageNo: '3',
      section: '城事',
      editors: ['张涛'],
      proofreaders: ['王芳'],
    });
  });

  it('reads a lettered page number (A5) on the date line', () => {
    const n = normalizePage('·A5 城乡2024年4月2日 星期二\n编辑|陈 晨 校对|吴 越\n\n3月30日，志愿者为老人理发。\n');
    expect(extractHeader(n)).toMatchObject({ pageNo: 'A5', section: '城乡', date: '2024-04-02' });
  });

  it.each([
    '000_9db501005d26fdbc',
    '001_19937433ced9cdea',
    '002_2575e84d6e1eb83a',
    '003_e4c7cc7442eff8db',
    '004_5c50730ce092d865',
  ])('matches the gold page header of seed %s', (name) => {
    expect(extractHeader(normalizePage(seed(name)))).toEqual(gold(name));
  });
});

describe('resolveRomanisedMasthead', () => {
  it('spells official place names in pinyin to find the paper', () => {
    expect(resolveRomanisedMasthead('S I P ING R IBAO')).toBe('四平日报');
    expect(resolveRomanisedMasthead('CHANGCHUN WANBAO')).toBe('长春晚报');
    expect(resolveRomanisedMasthead('HELLO WORLD')).toBeNull();
  });
});
