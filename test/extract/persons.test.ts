import { describe, expect, it } from 'vitest';
import { extractPersons } from '../../src/extract/entities/persons.js';
import { identityText, onePageArticle, scoreAll } from './entity-seed-pages.js';

function persons(text: string, reporters: string[] = []) {
  return extractPersons([onePageArticle(text)], identityText(text), new Set(reporters)).persons;
}

describe('extractPersons', () => {
  it('takes the name after a post, closed by the verb that follows', () => {
    const text = '会议由街道党工委书记沙建武主持。最后，街道党工委副书记、办事处主任解鑫对此次活动进行了总结点评。';
    expect(persons(text).map((p) => p.name)).toEqual(['沙建武', '解鑫']);
  });

  it('counts later bare uses of a found name as mentions', () => {
    const text = '会议由街道党工委书记沙建武主持。沙建武肯定了本次务虚会。';
    const [p] = persons(text);
    expect(p!.mentions.map((m) => m.span)).toEqual([
      { start: 10, end: 13 },
      { start: 16, end: 19 },
    ]);
  });

  it('takes a name before 总书记 or 同志, and after a post when 的, an adverb or the end of the text closes it', () => {
    const text =
      '大家认真学习贯彻习近平总书记重要讲话精神。在贫困户林秀芬的大棚里,蔬菜长势喜人。队长陈志刚已经第三次来到这里。出席仪式的有市领导周建华、吴丽萍';
    expect(persons(text).map((p) => p.name)).toEqual(['习近平', '林秀芬', '陈志刚', '周建华', '吴丽萍']);
  });

  it('takes the two-character name after a preposition before 同志 (向雷锋同志学习)', () => {
    expect(persons('大家纷纷表示要向雷锋同志学习。').map((p) => p.name)).toEqual(['雷锋']);
  });

  it('takes the source of a fact (据某某介绍), a profile (某某，男，), and a name before 老人', () => {
    const text =
      '据张建国介绍，今年村里种植了500亩蔬菜。刘桂芳，女，1953年出生。今年72岁的赵玉兰老人笑着说，日子越过越好。据了解，活动还将继续。';
    expect(persons(text).map((p) => p.name)).toEqual(['张建国', '刘桂芳', '赵玉兰']);
  });

  it('takes no two-character word before 的 for a name (书记辛勤的付出)', () => {
    expect(persons('这饱含着社区党组织书记辛勤的付出。')).toEqual([]);
  });

  it('leaves out credited journalists', () => {
    expect(persons('辽源供电公司工作人员王品皓对正在施工的单位进行现场宣讲。', ['王品皓'])).toEqual([]);
  });

  it('reads a name after a post whatever jieba makes of it, a speaker after the body employing them, and 认为', () => {
    const text =
      '副镇长向兴平几个电话催促。镇政府工作人员袁航认为很好。建设集团有限公司张昕怡说,自己是本地人。小学学生陈语煊十分开心。';
    expect(persons(text).map((p) => p.name)).toEqual(['向兴平', '袁航', '张昕怡', '陈语煊']);
  });

  it('reads officials by their posts and verbs (市长某某宣布, 副巡视员), and a speaker after 的', () => {
    const text =
      '市委书记、市长方红卫宣布活动正式启动。省扶贫开发办公室副巡视员江宝齐,市委常委出席。参与此次行动的杨明慧说,很有意义。';
    expect(persons(text).map((p) => p.name)).toEqual(['方红卫', '江宝齐', '杨明慧']);
  });

  it('takes no name where the post and what follows are one word (居民楼)', () => {
    expect(persons('一排排居民楼掩映在绿树丛中。')).toEqual([]);
  });

  it('needs a known surname', () => {
    expect(persons('办事处主任对大家的发言给予了充分肯定。')).toEqual([]);
  });

  it('scores F1 ≥ 0.90 on the five seed pages', () => {
    const { f1, counts } = scoreAll('person', (p) => extractPersons(p.articles, p.n, p.reporters).persons);
    expect(counts.gold).toBe(5);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});
