import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage, normalizePage } from '../../src/extract/normalize.js';
import { CHECK_PAGES_DIR, DEV_PAGES_DIR, SEEDS_DIR } from './fixtures/paths.js';

/** Every real page the repository holds: seeds, dev and check. */
function realPages(): string[] {
  return [SEEDS_DIR, DEV_PAGES_DIR, CHECK_PAGES_DIR].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );
}

describe('decodePage', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode('本报讯（通讯员 肖宁）');
    expect(decodePage(bytes)).toEqual({ text: '本报讯（通讯员 肖宁）', encoding: 'utf-8', warnings: [] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodePage(withBom).text).toBe('本报讯（通讯员 肖宁）');
  });

  it('falls back to GB18030 when the bytes are not UTF-8, and says so', () => {
    const gbk = new Uint8Array([0xcb, 0xc4, 0xc6, 0xbd, 0xc8, 0xd5, 0xb1, 0xa8]); // 四平日报
    const page = decodePage(gbk);
    expect(page.text).toBe('四平日报');
    expect(page.encoding).toBe('gb18030');
    expect(page.warnings).toEqual(['not valid UTF-8; decoded as GB18030']);
  });

  it('tells Big5 and Shift_JIS from GB18030, which would decode them as garbage, on every real page', () => {
    const pages = realPages();
    expect(pages.length).toBeGreaterThan(100);
    for (const [encoding, name] of [
      ['gb18030', 'GB18030'],
      ['big5', 'Big5'],
      ['shift_jis', 'Shift_JIS'],
    ] as const) {
      for (const text of pages) {
        const bytes = iconv.encode(text, encoding);
        const page = decodePage(bytes);
        expect(page.encoding, `${name}: ${text.slice(0, 20)}`).toBe(encoding);
        expect(page.text).toBe(new TextDecoder(encoding).decode(bytes));
        expect(page.warnings).toEqual([
          encoding === 'gb18030'
            ? 'not valid UTF-8; decoded as GB18030'
            : `not valid UTF-8; decoded as ${name} (its byte pattern is not GB18030's)`,
        ]);
      }
    }
  });

  it('honours a UTF-16 byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0xdb, 0x56, 0x73, 0x5e]); // 四平
    expect(decodePage(le)).toMatchObject({ text: '四平', encoding: 'utf-16le' });
  });
});

describe('normalizePage', () => {
  it('removes the spaces OCR put between every glyph of a column line', () => {
    const n = normalizePage('双 辽 市 财 政 局 组 织 在 职');
    expect(n.text).toBe('双辽市财政局组织在职');
  });

  it('keeps the space that separates names in a byline and the halves of a headline', () => {
    expect(normalizePage('本报通讯员 于嘉宇 林天骥').text).toBe('本报通讯员 于嘉宇 林天骥');
    expect(normalizePage('同台竞技强素质 以赛促学提能力').text).toBe('同台竞技强素质 以赛促学提能力');
  });

  it('drops spaces between Chinese and numbers but keeps them between Latin letters', () => {
    expect(normalizePage('资料 1700 余份，利用公示栏').text).toBe('资料1700余份，利用公示栏');
    expect(normalizePage('刘铁铮 S I P ING R IBAO').text).toBe('刘铁铮S I P ING R IBAO');
  });

  it('keeps punctuation in the width the page printed it', () => {
    expect(normalizePage('日前,梨树县融媒体中心举行').text).toBe('日前,梨树县融媒体中心举行');
    expect(normalizePage('近日，守护大美湿地').text).toBe('近日，守护大美湿地');
  });

  it('re-joins column lines broken mid-sentence, even across a blank line, and keeps paragraphs apart', () => {
    const page = [
      '本报讯（通讯员 徐丹',
      '阳）为 切 实 解 决 人 民 群 众',
      '',
      '“急 难 愁 盼 ”问 题 ，近 日 ，双',
      '辽市财政局以擦亮“双财先',
      '锋 ”党 建 品 牌 为 抓 手 ，组 织',
      '在 职 党 员 干 部 积 极 参 与 认',
      '领“微心愿”活动。',
      '',
      '双辽市财政局组织在职',
      '党员干部深入社区，面向基',
    ].join('\n');
    expect(normalizePage(page).text).toBe(
      '本报讯（通讯员 徐丹阳）为切实解决人民群众“急难愁盼”问题，近日，双辽市财政局以擦亮“双财先锋”党建品牌为抓手，组织在职党员干部积极参与认领“微心愿”活动。\n' +
        '双辽市财政局组织在职党员干部深入社区，面向基',
    );
  });

  it('does not glue headline lines to each other or to the story under them', () => {
    const page = [
      '在此次活动中，双辽市财政局党组发挥党建引领作用。',
      '',
      '警惕高息诱惑',
      '远离非法集资',
      '',
      '双辽市玻璃山镇开展主题宣传活动',
    ].join('\n');
    expect(normalizePage(page).text.split('\n')).toEqual([
      '在此次活动中，双辽市财政局党组发挥党建引领作用。',
      '警惕高息诱惑',
      '远离非法集资',
      '双辽市玻璃山镇开展主题宣传活动',
    ]);
  });

  it('maps every normalised offset back to the same character in the original', () => {
    const original = '为 防 范 和 打 击 非 法 集 资 活\n动 ，维 护 辖 区 社 会 稳 定 ，保';
    const n = normalizePage(original);
    expect(n.text).toBe('为防范和打击非法集资活动，维护辖区社会稳定，保');
    for (let i = 0; i < n.text.length; i++) expect(original[n.toOriginal(i)]).toBe(n.text[i]);
    const at = n.text.indexOf('非法集资');
    const span = n.spanToOriginal(at, at + 4);
    expect(span).toEqual({ start: 12, end: 19 });
    expect(original.slice(span.start, span.end)).toBe('非 法 集 资');
    expect(n.toOriginal(n.text.length)).toBe(original.length);
  });

  it('never throws, even on empty or binary-looking text', () => {
    expect(normalizePage('').text).toBe('');
    expect(normalizePage('\uFFFD\uFFFD').warnings).toEqual([
      'text contains U+FFFD replacement characters (undecodable bytes)',
    ]);
  });
});
