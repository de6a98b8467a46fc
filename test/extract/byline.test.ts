import { describe, expect, it } from 'vitest';
import { isBylineText, parseByline } from '../../src/extract/byline.js';
import { splitNames } from '../../src/extract/text/names.js';

describe('parseByline', () => {
  it('reads the correspondent inside a news lead', () => {
    expect(parseByline('本报讯（通讯员 肖宁）')).toEqual([{ name: '肖宁', role: 'correspondent' }]);
  });

  it("reads a site's 消息 lead like a paper's 讯, and stops a name at the date after it", () => {
    expect(parseByline('某某县网消息(通讯员 王晓明)')).toEqual([{ name: '王晓明', role: 'correspondent' }]);
    expect(parseByline('记者 李春红2020年06月17日09:40:00')).toEqual([{ name: '李春红', role: 'reporter' }]);
  });

  it("reads 作者: as a writer and 本台/本网 as the outlet's own, never as names", () => {
    expect(parseByline('作者:张小红')).toEqual([{ name: '张小红', role: 'reporter' }]);
    expect(parseByline('作者：记者 张小红')).toEqual([{ name: '张小红', role: 'reporter' }]);
    expect(parseByline('本台记者 刘军 通讯员 王晓明')).toEqual([
      { name: '刘军', role: 'reporter' },
      { name: '王晓明', role: 'correspondent' },
    ]);
    expect(isBylineText('作者:张小红')).toBe(true);
  });

  it('reads credits after any of the marks pages set before them, and 文·图/ or 图文： before names', () => {
    for (const mark of ['◎', '○', '☆', '□', '■'])
      expect(parseByline(`${mark}本报记者 张小红`), mark).toEqual([{ name: '张小红', role: 'reporter' }]);
    expect(isBylineText('◎记者 张小红')).toBe(true);
    const both = [
      { name: '刘军', role: 'reporter' },
      { name: '刘军', role: 'photographer' },
    ];
    expect(parseByline('文·图/刘军')).toEqual(both);
    expect(parseByline('图文：刘军')).toEqual(both);
  });

  it('reads 文字：/撰文/ as writers, 图片：/供图：/摄影报道： as photographers, and 融媒/全媒/新媒体 as ranks', () => {
    expect(parseByline('文字：张小红 摄影：刘军')).toEqual([
      { name: '张小红', role: 'reporter' },
      { name: '刘军', role: 'photographer' },
    ]);
    for (const label of ['图片：', '供图：', '摄影报道：'])
      expect(parseByline(`${label}刘军`), label).toEqual([{ name: '刘军', role: 'photographer' }]);
    for (const rank of ['融媒', '全媒', '新媒体'])
      expect(parseByline(`${rank}记者 张小红`), rank).toEqual([{ name: '张小红', role: 'reporter' }]);
    expect(isBylineText('文字：张小红')).toBe(true);
  });

  it('reads the reporters of a round-up item (据某某报道), but no agency', () => {
    expect(parseByline('据张小红、刘军报道，')).toEqual([
      { name: '张小红', role: 'reporter' },
      { name: '刘军', role: 'reporter' },
    ]);
    expect(parseByline('据新华社报道，')).toEqual([]);
  });

  it('reads reporters and correspondents run into their role words', () => {
    expect(parseByline('本报讯(记者董博 鹿智源 通讯员蔺友祥)')).toEqual([
      { name: '董博', role: 'reporter' },
      { name: '鹿智源', role: 'reporter' },
      { name: '蔺友祥', role: 'correspondent' },
    ]);
  });

  it('reads a feature byline under its headline', () => {
    expect(parseByline('本报记者 董博 赵蓓蓓 通讯员 王思博')).toEqual([
      { name: '董博', role: 'reporter' },
      { name: '赵蓓蓓', role: 'reporter' },
      { name: '王思博', role: 'correspondent' },
    ]);
  });

  it('reads a credit printed at the end of a story', () => {
    expect(parseByline('记者 冉红政 通讯员 黄帅')).toEqual([
      { name: '冉红政', role: 'reporter' },
      { name: '黄帅', role: 'correspondent' },
    ]);
  });

  it('makes the names before 文/图 photographers as well', () => {
    expect(parseByline('记者 冉红政 通讯员 田超 文/图')).toEqual([
      { name: '冉红政', role: 'reporter' },
      { name: '田超', role: 'correspondent' },
      { name: '田超', role: 'photographer' },
    ]);
  });

  it('credits a correspondent who took the photo in both roles, a bare name only as photographer', () => {
    expect(parseByline('本报通讯员 于嘉宇 摄')).toEqual([
      { name: '于嘉宇', role: 'correspondent' },
      { name: '于嘉宇', role: 'photographer' },
    ]);
    expect(parseByline('王闯 摄')).toEqual([{ name: '王闯', role: 'photographer' }]);
  });

  it('splits names that OCR ran together', () => {
    expect(parseByline('本报讯(通讯员 武子实 荆瀛王斌)')).toEqual([
      { name: '武子实', role: 'correspondent' },
      { name: '荆瀛', role: 'correspondent' },
      { name: '王斌', role: 'correspondent' },
    ]);
  });

  it('reads a marked byline with a trainee reporter (■本报记者 … 见习记者 …)', () => {
    expect(parseByline('■本报记者 孙 磊 见习记者 何 雨')).toEqual([
      { name: '孙磊', role: 'reporter' },
      { name: '何雨', role: 'reporter' },
    ]);
  });

  it('reads an unbracketed lead credit ending in 报道', () => {
    expect(parseByline('本报讯 记者冯晓 报道')).toEqual([{ name: '冯晓', role: 'reporter' }]);
  });

  it('credits writer and photographer by their own suffixes (张三/文 李四/图)', () => {
    expect(parseByline('记者 郑 凯/文 王 雷/图')).toEqual([
      { name: '郑凯', role: 'reporter' },
      { name: '王雷', role: 'photographer' },
    ]);
  });

  it('makes the names after a leading 文/图 both writer and photographer', () => {
    expect(parseByline('文/图 本报记者 沈 洁')).toEqual([
      { name: '沈洁', role: 'reporter' },
      { name: '沈洁', role: 'photographer' },
    ]);
  });

  it('returns nothing for a lead without names', () => {
    expect(parseByline('本报讯')).toEqual([]);
  });
});

describe('splitNames', () => {
  it('joins names that OCR split and splits names it merged', () => {
    expect(splitNames('辛 宏 常欣月')).toEqual(['辛宏', '常欣月']);
    expect(splitNames('徐丹 阳')).toEqual(['徐丹阳']);
    expect(splitNames('荆瀛王斌')).toEqual(['荆瀛', '王斌']);
    expect(splitNames('于嘉宇林天骥')).toEqual(['于嘉宇', '林天骥']);
    expect(splitNames('欧阳晓明')).toEqual(['欧阳晓明']);
  });
});

describe('isBylineText', () => {
  it('accepts standalone credit lines and refuses sentences', () => {
    expect(isBylineText('本报通讯员 于嘉宇 林天骥')).toBe(true);
    expect(isBylineText('通讯员 田超 文/图')).toBe(true);
    expect(isBylineText('王闯 摄')).toBe(true);
    expect(isBylineText('■本报记者 孙 磊')).toBe(true);
    expect(isBylineText('（记者 孙磊 特约通讯员 赵 亮）')).toBe(true);
    expect(isBylineText('本报讯（通讯员 肖宁）')).toBe(false);
    expect(isBylineText('记者了解到，活动共吸引60余名老年人参加。')).toBe(false);
  });
});
