import { describe, expect, it } from 'vitest';
import { loadPacked } from '../../src/extract/gazetteer/cache.js';
import { measureLoad } from '../../src/extract/gazetteer/measure.js';
import { cleanVillageName, shortFormsOf, stripParentNames, writtenFormsOf } from '../../src/extract/gazetteer/names.js';
import { findPlaceNames, levelOf, loadGazetteer, resolve } from '../../src/extract/gazetteer/index.js';

describe('loading the division index', () => {
  it('costs under 1.5 s and 200 MB once the cache file exists', () => {
    loadPacked(); // builds .cache/gazetteer-v2.json on a fresh checkout
    const cost = measureLoad();
    expect(cost.cacheExisted).toBe(true);
    expect(cost.rows).toBeGreaterThan(600_000);
    expect(cost.loadMs).toBeLessThan(1500);
    expect(cost.rssAddedMb).toBeLessThan(200);
  });
});

describe('dataset names', () => {
  it('names a village, not its committee', () => {
    expect(cleanVillageName('玻璃山村委会')).toBe('玻璃山村');
    expect(cleanVillageName('团结社区居委会')).toBe('团结社区');
    expect(cleanVillageName('姚庄村村民委员会')).toBe('姚庄村');
    expect(cleanVillageName('东姚庄村民委员会')).toBe('东姚庄村');
    expect(cleanVillageName('汉江路居委会')).toBe('汉江路');
  });

  it('drops parent names some rows repeat, but never down to a bare suffix', () => {
    expect(stripParentNames('四平市铁东区北门街道', ['吉林省', '四平市', '铁东区'])).toBe('北门街道');
    expect(stripParentNames('四平市铁东区黄土坑街双汇社区', ['吉林省', '四平市', '铁东区', '黄土坑街道'])).toBe(
      '双汇社区',
    );
    expect(stripParentNames('冯家峪镇社区', ['北京市', '密云区', '冯家峪镇'])).toBe('冯家峪镇社区');
  });

  it('knows the short forms papers write', () => {
    expect(shortFormsOf(3, '双辽市')).toEqual(['双辽']);
    expect(shortFormsOf(3, '伊通满族自治县')).toEqual(['伊通']);
    expect(shortFormsOf(1, '新疆维吾尔自治区')).toEqual(['新疆']);
    expect(shortFormsOf(3, '管城回族区')).toEqual(['管城']);
    expect(shortFormsOf(3, '城区')).toEqual([]);
    expect(writtenFormsOf(4, '郑家屯街道')).toEqual(['郑家屯街道', '郑家屯街']);
    expect(writtenFormsOf(4, '南关街街道')).toEqual(['南关街街道', '南关街']);
    expect(writtenFormsOf(3, '管城回族区')).toEqual(['管城回族区', '管城区']);
  });

  it('reads a level off the suffix', () => {
    expect(
      [
        '吉林省',
        '四平市',
        '伊通满族自治县',
        '铁东区',
        '玻璃山镇',
        '那木乡',
        '郑家屯街道',
        '郑家屯街',
        '团结社区',
        '跃进村',
        '李家屯',
      ].map(levelOf),
    ).toEqual([
      'province',
      'city',
      'county',
      'district',
      'town',
      'township',
      'subdistrict',
      'subdistrict',
      'community',
      'village',
      'hamlet',
    ]);
    expect(levelOf('延边朝鲜族自治州')).toBe('city');
    expect(levelOf('锡林郭勒盟')).toBe('city');
    expect(levelOf('科尔沁右翼前旗')).toBe('county');
    expect(levelOf('志愿者')).toBe(null);
  });
});

describe('lookup', () => {
  const gz = loadGazetteer();
  const codes = (name: string) => gz.lookup(name).map((d) => d.code);

  it('finds a place by full name, short name and 街 form', () => {
    expect(codes('双辽')).toEqual(['220382']);
    expect(codes('双辽市')).toEqual(['220382']);
    expect(codes('铁西')).toEqual(['210106', '210303', '220302']);
    expect(codes('郑家屯街')).toEqual(['220382001']);
    expect(codes('郑家屯街道')).toEqual(['220382001']);
    expect(codes('管城区')).toEqual(['410104']);
    expect(gz.lookup('玻璃山村')).toEqual([{ code: '220382105200', name: '玻璃山村', rank: 5, level: 'village' }]);
  });

  it('derives parents from the code', () => {
    expect(gz.parentsOf('220382105200').map((d) => `${d.name}/${d.level}`)).toEqual([
      '玻璃山镇/town',
      '双辽市/city',
      '四平市/city',
      '吉林省/province',
    ]);
    expect(gz.get('220303')?.name).toBe('铁东区');
    expect(gz.get('9999')).toBe(null);
  });
});

describe('resolve by context', () => {
  const gz = loadGazetteer();

  it('prefers the candidate that shares the longest code prefix with the page', () => {
    expect(resolve(gz.lookup('铁东区'), ['220382'])?.code).toBe('220303'); // next to 双辽市: 四平
    expect(resolve(gz.lookup('铁东区'), ['2103'])?.code).toBe('210302'); // in 鞍山
    expect(resolve(gz.lookup('新兴街道'), ['2204', '220402'])?.code).toBe('220402007');
  });

  it('leaves a name unresolved rather than match it wrongly', () => {
    // 南曹乡 of 管城区 is now 南曹街道; the only 南曹乡 left in the data is in 尉氏县.
    expect(resolve(gz.lookup('南曹乡'), ['410104'])).toBe(null);
    expect(resolve(gz.lookup('铁东区'), [])).toBe(null);
    expect(resolve(gz.lookup('新兴街道'), ['22'])).toBe(null);
  });
});

describe('finding division names in text', () => {
  const gz = loadGazetteer();
  const forms = (text: string) => findPlaceNames(text, gz).map((m) => `${m.form}:${m.kind}`);

  it('splits a written chain into its levels, longest name first', () => {
    expect(forms('送至双辽市郑家屯街东华社区的困难居民手中')).toEqual([
      '双辽市:full',
      '郑家屯街:full',
      '东华社区:full',
    ]);
    expect(forms('铁东区黄土坑街双汇社区开展')).toEqual(['铁东区:full', '黄土坑街:full', '双汇社区:full']);
  });

  it('finds short forms where no full name covers them', () => {
    expect(forms('2023双辽半程马拉松组委会')).toEqual(['双辽:short']);
  });
});
