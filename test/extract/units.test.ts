import { describe, expect, it } from 'vitest';
import { extractUnits } from '../../src/extract/entities/units.js';
import type { Entity } from '../../src/extract/types.js';
import { identityText, loadSeedPage, onePageArticle, scoreAll } from './entity-seed-pages.js';

const town = (name: string, aliases: string[] = []): Entity => ({ type: 'town', name, aliases, mentions: [] });

function units(text: string, towns: Entity[]) {
  return extractUnits([onePageArticle(text)], identityText(text), towns).units;
}

describe('extractUnits', () => {
  it('reads a placed name whole and stops at the verb before it', () => {
    const found = units('近日，双辽市财政局组织在职党员干部深入社区。', [town('双辽市', ['双辽'])]);
    expect(found.map((u) => [u.name, u.basedIn])).toEqual([['双辽市财政局', '双辽市']]);
    expect(found[0]!.mentions[0]!.span).toEqual({ start: 3, end: 9 });
  });

  it('completes a bare police station with the town of the story, keeping the bare form as alias', () => {
    const text = '近日，双辽市玻璃山镇组织文明实践所志愿者、巾帼志愿者、辖区派出所民警在玻璃山村开展宣传活动。';
    const found = units(text, [town('双辽市'), town('玻璃山镇'), town('玻璃山村')]);
    expect(found.map((u) => [u.name, u.aliases])).toEqual([
      ['玻璃山镇文明实践所', ['文明实践所']],
      ['玻璃山镇派出所', ['辖区派出所']],
    ]);
  });

  it('gives 街道党工委 to the subdistrict last named in the story', () => {
    const text = '本报讯近日，南关街街道组织召开2022年工作谋划务虚会。会议由街道党工委书记沙建武主持。';
    expect(units(text, [town('南关街街道', ['南关街'])]).map((u) => u.name)).toEqual(['南关街街道党工委']);
  });

  it('keeps upper-level shorthands as written and joins short forms to the full name', () => {
    const text =
      '市人社局开展宣传活动。管城区民政局相关负责人一行到南曹乡开展活动。区民政局相关负责人为村党支部赠送书籍。';
    const found = units(text, [town('管城区'), town('南曹乡')]);
    expect(found.map((u) => [u.name, u.aliases])).toEqual([
      ['市人社局', []],
      ['管城区民政局', ['区民政局']],
    ]);
  });

  // Not from a seed: jieba reads 局在 as one unknown word; the head still closes the name.
  it('ends a bureau before the 在 jieba glues to it, but not 所在 or 局面', () => {
    const text = '郫都区唐昌镇联合区农业农村局在战旗村开展培训。这一局面所在地区变化很大。';
    expect(units(text, [town('郫都区'), town('唐昌镇'), town('战旗村')]).map((u) => u.name)).toEqual(['区农业农村局']);
  });

  it('splits a nested name into each organisation it contains', () => {
    const text = '9月16日，国网辽源供电公司西安台区供电中心党员服务队队员来到西安台区的家园小区。';
    const found = units(text, [town('辽源市', ['辽源']), town('西安台区')]);
    expect(found.map((u) => u.name).sort()).toEqual([
      '国网辽源供电公司',
      '国网辽源供电公司西安台区供电中心',
      '国网辽源供电公司西安台区供电中心党员服务队',
    ]);
  });

  it('does not list plain groups of people or quoted figures of speech', () => {
    const text = '组建21支志愿者服务队，织密安全“防护网”，积极参与党群服务站建设。';
    expect(units(text, [])).toEqual([]);
  });

  // Not from a seed: standard names of county bureaus hold 和 between two nouns.
  it('keeps 和 between two nouns of one office name', () => {
    const names = (text: string) => units(text, [town('辉南县'), town('新泉社区')]).map((u) => u.name);
    expect(names('市住房和城乡建设局联合新泉社区开展活动。')).toEqual(['市住房和城乡建设局']);
    expect(names('县人力资源和社会保障局在新泉社区开展活动。')).toEqual(['县人力资源和社会保障局']);
    expect(names('区文化广电和旅游局组织志愿者开展活动。')).toEqual(['区文化广电和旅游局']);
    expect(names('辉南县住房和城乡建设局联合新泉社区开展活动。')).toEqual(['辉南县住房和城乡建设局']);
  });

  it('still splits 和 that joins two names or a bare noun and a name', () => {
    const names = (text: string) => units(text, [town('海州区'), town('新邱区')]).map((u) => u.name);
    expect(names('党和政府高度重视。')).toEqual([]);
    expect(names('区委和区政府组织开展活动。')).toEqual(['区政府']);
    expect(names('海州区和新邱区民政局开展活动。')).toEqual(['新邱区民政局']);
    expect(names('志愿者和社区工作站人员开展活动。')).toEqual([]);
  });

  it('reads 卫生健康局, 实践所在 and 中心小学 whole', () => {
    const towns = [town('靖江市'), town('靖城街道'), town('太平区'), town('水泉镇'), town('新泉社区')];
    const names = (text: string) => units(text, towns).map((u) => u.name);
    expect(names('日前，靖江市卫生健康局在靖城街道开展活动。')).toEqual(['靖江市卫生健康局']);
    expect(names('靖江市卫生健康委员会联合新泉社区开展活动。')).toEqual(['靖江市卫生健康委员会']);
    expect(names('近日，太平区水泉镇新时代文明实践所在新泉社区开展活动。')).toEqual(['太平区水泉镇新时代文明实践所']);
    expect(names('居民所在社区开展活动。')).toEqual([]);
    expect(names('近日，水泉镇中心小学开展活动。')).toEqual(['水泉镇中心小学']);
    expect(names('水泉镇举办活动，镇中心小学开展活动。')).toEqual(['水泉镇中心小学']);
  });

  it('reads the place before 市场监督管理局 and 县总工会', () => {
    const names = (text: string) => units(text, [town('文山市'), town('德安县')]).map((u) => u.name);
    expect(names('日前，文山市市场监督管理局开展活动。')).toEqual(['文山市市场监督管理局']);
    expect(names('今年以来，德安县总工会开展活动。')).toEqual(['德安县总工会']);
  });

  it('never throws on empty or odd text', () => {
    expect(extractUnits([onePageArticle('')], identityText(''), []).units).toEqual([]);
    expect(units('局局局所所”“《', [])).toEqual([]);
  });

  it('scores F1 ≥ 0.90 on the five seed pages', () => {
    const { f1, counts } = scoreAll('unit', (p) => extractUnits(p.articles, p.n, p.towns).units);
    expect(counts.gold).toBe(77);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the seed page 000 units with their aliases', () => {
    const p = loadSeedPage('000_9db501005d26fdbc.txt');
    const names = extractUnits(p.articles, p.n, p.towns).units.map((u) => u.name);
    expect(names).toContain('王奔镇司法所');
    expect(names).toContain('东华社区老年人协会');
  });
});
