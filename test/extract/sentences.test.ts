import { describe, expect, it } from 'vitest';
import { locate, splitClauses, splitSentences } from '../../src/extract/sentences.js';
import type { Entity, EntityType } from '../../src/extract/types.js';

const entity = (type: EntityType, name: string, aliases: string[] = []): Entity => ({
  type,
  name,
  aliases,
  mentions: [],
});

const texts = (pieces: { text: string }[]): string[] => pieces.map((p) => p.text);

describe('splitSentences', () => {
  it('cuts at full-width and half-width sentence marks and at line ends, trimming each piece', () => {
    const text = '活动在米河镇举行。 群众踊跃参加！还有疑问吗?\n  下一句 ';
    expect(splitSentences(text)).toEqual([
      { text: '活动在米河镇举行。', start: 0, end: 9 },
      { text: '群众踊跃参加！', start: 10, end: 17 },
      { text: '还有疑问吗?', start: 17, end: 23 },
      { text: '下一句', start: 26, end: 29 },
    ]);
  });

  it('keeps a decimal point inside its sentence but cuts at a full stop', () => {
    expect(texts(splitSentences('增长3.5个百分点. 下一句'))).toEqual(['增长3.5个百分点.', '下一句']);
  });

  it('keeps a quoted slogan whole, and a quotation broken across a line when it closes on the next', () => {
    expect(texts(splitSentences('开展“警惕高息诱惑。远离非法集资”活动。'))).toEqual([
      '开展“警惕高息诱惑。远离非法集资”活动。',
    ]);
    expect(texts(splitSentences('高喊“勿忘国\n耻”口号。第二句。'))).toEqual(['高喊“勿忘国\n耻”口号。', '第二句。']);
  });

  it('does not let an unclosed quote swallow the lines after it', () => {
    expect(texts(splitSentences('他说“走吧\n第二行没有闭合\n第三行'))).toEqual([
      '他说“走吧',
      '第二行没有闭合',
      '第三行',
    ]);
  });
});

describe('splitClauses', () => {
  it('cuts at commas, colons and the enumeration comma, unless lists are kept', () => {
    const sentence = '市场监管局、公安局、税务局联合开展检查：发放资料，解答咨询。';
    expect(texts(splitClauses(sentence))).toEqual([
      '市场监管局、',
      '公安局、',
      '税务局联合开展检查：',
      '发放资料，',
      '解答咨询。',
    ]);
    expect(texts(splitClauses(sentence, true))).toEqual([
      '市场监管局、公安局、税务局联合开展检查：',
      '发放资料，',
      '解答咨询。',
    ]);
  });

  it('gives offsets into the sentence it cut', () => {
    const sentence = '上午，在 米河镇，举行仪式';
    expect(splitClauses(sentence).map((c) => sentence.slice(c.start, c.end))).toEqual(texts(splitClauses(sentence)));
  });
});

describe('locate', () => {
  it('finds the longest form first and never an overlapping shorter one', () => {
    const unit = entity('unit', '巩义市财政局');
    const party = entity('unit', '巩义市财政局党组');
    const town = entity('town', '巩义市');
    const found = locate('巩义市财政局党组召开会议，巩义市财政局参加', [unit, party, town]);
    expect(found.map((o) => [o.text, o.start, o.entity.name])).toEqual([
      ['巩义市财政局党组', 0, '巩义市财政局党组'],
      ['巩义市财政局', 13, '巩义市财政局'],
    ]);
  });

  it('ignores white space inside a written name and reports the span as written', () => {
    const town = entity('town', '米河镇');
    const text = '在米 河\n镇举行';
    expect(locate(text, [town]).map((o) => [o.text, o.start, o.end])).toEqual([['米 河\n镇', 1, 6]]);
  });

  it('gives a form two entities share to the one listed first', () => {
    const first = entity('town', '光明社区');
    const second = entity('unit', '光明', ['光明社区']);
    expect(locate('走进光明社区', [first, second]).map((o) => o.entity)).toEqual([first]);
    expect(locate('走进光明社区', [second, first]).map((o) => o.entity)).toEqual([second]);
  });

  it('gives a shared form to the entity listed first in a long list too', () => {
    const others = Array.from({ length: 20 }, (_, i) => entity('town', `第${i}村`));
    const first = entity('town', '光明社区');
    const second = entity('unit', '光明', ['光明社区']);
    expect(locate('走进光明社区', [...others, first, second]).map((o) => o.entity)).toEqual([first]);
    expect(locate('走进光明社区', [...others, second, first]).map((o) => o.entity)).toEqual([second]);
  });

  it('finds every entity of a long list, in text order', () => {
    const towns = Array.from({ length: 40 }, (_, i) => entity('town', `第${i}村`));
    const found = locate('第3村和第27村、第39村', towns);
    expect(found.map((o) => o.entity.name)).toEqual(['第3村', '第27村', '第39村']);
  });
});
