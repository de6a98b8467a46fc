import { describe, expect, it } from 'vitest';
import { extractEvents, organisers, summarize, venueIn } from '../../src/extract/events.js';
import { resolveDate, yearFromText } from '../../src/extract/dates.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import type { Article, Entity, EntityType, TownLevel } from '../../src/extract/types.js';
import { articleOf } from './entity-seed-pages.js';

function entity(type: EntityType, name: string, aliases: string[] = [], level?: TownLevel): Entity {
  const e: Entity = { type, name, aliases, mentions: [] };
  if (level) e.town = { level, code: null, officialName: null, parents: [] };
  return e;
}

function article(body: string, extra: Partial<Article> = {}): Article {
  return articleOf(body, { index: 1, bodyOffset: 100, span: { start: 0, end: 999 }, ...extra });
}

const identity = (start: number, end: number) => ({ start, end });

// Page 000, the 玻璃山镇 item, OCR spaces removed.
const GLASS_HILL =
  '为防范和打击非法集资活动，维护辖区社会稳定，保障群众切身利益，近日，双辽市玻璃山镇组织文明实践所志愿者、巾帼志愿者、辖区派出所民警在玻璃山村开展“警惕高息诱惑，远离非法集资”宣传活动。' +
  '志愿者们通过在玻璃山村集市口设置集中宣传点、入户宣传等方式发放宣传资料1700余份，利用公示栏张贴宣传标语13幅。';

const entities: Record<EntityType, Entity[]> = {
  town: [
    entity('town', '双辽市', ['双辽'], 'city'),
    entity('town', '玻璃山镇', [], 'town'),
    entity('town', '玻璃山村', [], 'village'),
  ],
  unit: [
    entity('unit', '玻璃山镇文明实践所', ['文明实践所']),
    entity('unit', '玻璃山镇派出所', ['派出所', '辖区派出所']),
  ],
  campaign: [entity('campaign', '警惕高息诱惑，远离非法集资')],
  reporter: [],
  person: [],
};

describe('dates against the page date', () => {
  it('近日/日前 are the page date, approximately', () => {
    // Ordered by the page date, but no date is stated: the eval's EVENT_ON has none.
    expect(resolveDate('近日，双辽市玻璃山镇组织', '2023-06-20')).toEqual({
      date: '2023-06-20',
      precision: 'approximate',
      stated: null,
      text: '近日',
    });
    expect(resolveDate('日前,梨树县融媒体中心举行', '2023-06-20')?.precision).toBe('approximate');
  });

  it('今天 is the page date, 今天的/今日的 (nowadays) no date, nor a 今天 someone is quoted saying', () => {
    expect(resolveDate('今天上午，王奔镇举行启动仪式', '2023-06-20')?.date).toBe('2023-06-20');
    expect(resolveDate('看到今日的王奔镇已经发生了翻天覆地的变化', '2023-06-20')).toBeNull();
    const [, quoted] = extractEvents({
      article: article('6月18日，王奔镇举行启动仪式。参加活动的老党员深有感触：“今天再次来到这里，变化真大。”'),
      pageDate: '2023-06-20',
      entities,
      spanToOriginal: identity,
    });
    expect(quoted?.statedDate ?? null).toBeNull();
  });

  it('a date said to be a day of note (10月26日，是环卫工人节) is no happening: the lead is what was done', () => {
    const events = extractEvents({
      article: article('10月26日，是第二十二届环卫工人节。为庆祝节日，10月22日，王奔镇组织开展了清扫活动。'),
      pageDate: '2023-10-28',
      entities,
      spanToOriginal: identity,
    });
    expect(events.map((e) => e.statedDate)).toEqual(['2023-10-22']);
  });

  it('a month and day take the page year; a later-looking one is last year', () => {
    expect(resolveDate('6月15日，王奔镇', '2023-06-20')?.date).toBe('2023-06-15');
    expect(resolveDate('9月16日，国网辽源供电公司', '2022-09-20')).toEqual({
      date: '2022-09-16',
      precision: 'day',
      stated: '2022-09-16',
      text: '9月16日',
    });
    expect(resolveDate('12月28日上午', '2023-01-05')?.date).toBe('2022-12-28');
    expect(resolveDate('六月十五日', '2023-06-20')?.date).toBe('2023-06-15');
  });

  it('a span of days states its last day too, in the same form as its first', () => {
    expect(resolveDate('9月6日至12日,我市举行文学创作采风活动', '2020-09-18')).toEqual({
      date: '2020-09-06',
      precision: 'day',
      stated: '2020-09-06',
      text: '9月6日',
      end: { date: '2020-09-12', stated: '2020-09-12' },
    });
    expect(resolveDate('5月30日至6月2日，', '2023-06-20')?.end).toEqual({ date: '2023-06-02', stated: '2023-06-02' });
    expect(resolveDate('5日至6日，采风团', '2010-11-08')?.end).toEqual({ date: '2010-11-06', stated: '2010-11-06' });
    expect(resolveDate('8月12日至14日，', null)?.end).toEqual({ date: null, stated: '--08-14' });
    // Not a span: a day before the first, another year, or a plain list of two dates.
    expect(resolveDate('12日至5日', '2023-06-20')?.end).toBeUndefined();
    expect(resolveDate('12月30日至1月2日', '2023-01-05')?.end).toBeUndefined();
    expect(resolveDate('6月15日、16日', '2023-06-20')?.end).toBeUndefined();
  });

  it('without a page date a month and day stay month and day, never a guessed year', () => {
    expect(resolveDate('近日，铁东区城东乡组织志愿者', null)).toBeNull();
    expect(resolveDate('9月16日，国网', null)).toEqual({
      date: null,
      precision: 'month-day',
      stated: '--09-16',
      text: '9月16日',
    });
    expect(resolveDate('2月30日', null)).toBeNull();
    expect(resolveDate('2022年9月16日', null)).toEqual({
      date: '2022-09-16',
      precision: 'day',
      stated: '2022-09-16',
      text: '2022年9月16日',
    });
  });

  it('takes the year from the text when the page prints none', () => {
    // The latest full date the text writes gives the year...
    expect(yearFromText('2022年9月16日，…8月31日，…')).toEqual({ year: 2022, month: 9 });
    expect(resolveDate('8月31日，在市实验中学', null, { year: 2022, month: 9 })?.stated).toBe('--08-31');
    expect(resolveDate('9月18日，市人防办', null, { year: 2022, month: 9 })?.stated).toBe('2022-09-18');
    // ...else a year written alone, leaving out plans and spans.
    expect(yearFromText('会议总结回顾2021年工作亮点，研究谋划2022年工作思路')).toEqual({ year: 2021, month: null });
    expect(yearFromText('《中共辽源党史大事记(1929—2021)》《执政纪实(2022)》')).toEqual({ year: 2022, month: null });
    expect(yearFromText('到2035年远景目标')).toBeNull();
    expect(resolveDate('12月20日，南曹街道', null, { year: 2021, month: null })?.stated).toBe('2021-12-20');
  });

  it('a day without its month takes the page month, or the month before when it is still to come', () => {
    expect(resolveDate('16日，航拍的嘉鱼县潘家湾镇四邑新村格外醒目', '2018-06-22')?.stated).toBe('2018-06-16');
    expect(resolveDate('28日上午，', '2018-06-02')?.stated).toBe('2018-05-28');
  });

  it('ignores numbers that are not dates', () => {
    expect(resolveDate('2023双辽半程马拉松组委会', '2023-06-20')).toBeNull();
  });
});

describe('quantities', () => {
  it('reads counts with measure words, marking 余/多/近 as approximate', () => {
    expect(extractQuantities('吸引60余名老年人参加')).toEqual([
      { text: '60余名', value: 60, unit: '名', approximate: true },
    ]);
    expect(extractQuantities(GLASS_HILL).map((q) => [q.text, q.value, q.unit, q.approximate])).toEqual([
      ['1700余份', 1700, '份', true],
      ['13幅', 13, '幅', false],
    ]);
    expect(extractQuantities('8支代表队16场比赛').map((q) => q.text)).toEqual(['8支', '16场']);
  });

  it('skips ordinals, a lone 一, dates and years', () => {
    expect(extractQuantities('第九届吉林省市民文化节，一次次，2023年6月20日')).toEqual([]);
    expect(extractQuantities('开展了“守正道 送新风——千场普法宣讲进基层”活动')).toEqual([]);
    expect(extractQuantities('发放资料 1.2万份')).toEqual([
      { text: '1.2万份', value: 12000, unit: '份', approximate: false },
    ]);
  });
});

describe('events of an article', () => {
  it('takes no outlet for an organiser when its reporters are the ones acting (某报、某社等媒体记者走进…)', () => {
    const us = [entity('unit', '人民日报'), entity('unit', '新华社'), entity('unit', '县融媒体中心')];
    expect(organisers('5月6日，人民日报、新华社等媒体记者走进石桥村采访。', us)).toEqual([]);
    expect(organisers('5月6日，县融媒体中心的记者走进石桥村采访。', us)).toEqual([]);
    expect(organisers('5月6日，县融媒体中心组织开展采风活动。', us)).toEqual(['县融媒体中心']);
  });

  it('takes no unit someone speaks on behalf of (代表A、B致辞) for an organiser', () => {
    const us = [entity('unit', '县委'), entity('unit', '县政府'), entity('unit', '县文旅局')];
    expect(organisers('副县长王某代表县委、县政府宣布活动启动。', us)).toEqual([]);
    expect(organisers('王某代表县委、县政府慰问了困难群众。', us)).toEqual([]);
    expect(organisers('县委、县政府举办开幕式。', us)).toEqual(['县委', '县政府']);
  });

  it('the lead: summary without the purpose clauses, date, lowest town, organisers, campaign, amounts', () => {
    const [lead, ...rest] = extractEvents({
      article: article(GLASS_HILL),
      pageDate: '2023-06-20',
      entities,
      spanToOriginal: identity,
    });
    expect(rest).toEqual([]);
    expect(lead).toEqual({
      id: '1:0',
      article: 1,
      date: '2023-06-20',
      datePrecision: 'approximate',
      statedDate: null,
      endDate: null,
      statedEndDate: null,
      summary:
        '双辽市玻璃山镇组织文明实践所志愿者、巾帼志愿者、辖区派出所民警在玻璃山村开展“警惕高息诱惑，远离非法集资”宣传活动',
      towns: ['玻璃山村'],
      venue: null,
      // 玻璃山镇 (a town, not a unit) organised it; the units are what it mustered (组织…民警).
      units: [],
      campaigns: ['警惕高息诱惑，远离非法集资'],
      quantities: [],
      sentence: { start: 100, end: 100 + GLASS_HILL.indexOf('。') + 1 },
    });
  });

  it('a later sentence with its own date is a second event', () => {
    const body = '近日，双辽市玻璃山镇开展宣传活动。6月18日，玻璃山村组织60余名老年人参加义诊。';
    const evs = extractEvents({ article: article(body), pageDate: '2023-06-20', entities, spanToOriginal: identity });
    expect(evs.map((e) => [e.id, e.date, e.datePrecision, e.towns])).toEqual([
      ['1:0', '2023-06-20', 'approximate', ['玻璃山镇']],
      ['1:1', '2023-06-18', 'day', ['玻璃山村']],
    ]);
    expect(evs[1]?.quantities.map((q) => q.text)).toEqual(['60余名']);
  });

  it('a purpose clause runs on until an actor is named', () => {
    const s =
      '为全面增强干部群众的法治意识，贯彻实施“八五”普法规划，双辽市王奔镇结合实际情况，开展“美好生活·民法典相伴”主题宣传普法活动。';
    expect(summarize(s, [entity('town', '王奔镇')])).toBe(
      '双辽市王奔镇结合实际情况，开展“美好生活·民法典相伴”主题宣传普法活动',
    );
  });

  it('a date clause before the purpose clause is skipped too (photo captions start 近日,为…)', () => {
    const s =
      '近日,为更好地服务辖区居民,提高居民群众的健康水平和对防病知识的了解,铁东区黄土坑街双汇社区开展义诊及科普活动。';
    expect(summarize(s, [entity('town', '铁东区'), entity('town', '双汇社区')])).toBe(
      '铁东区黄土坑街双汇社区开展义诊及科普活动',
    );
  });

  it('a town inside a campaign’s name is not the place; one inside a unit’s name is, when nothing else is', () => {
    const jilin = [entity('town', '吉林省', [], 'province'), entity('town', '双辽市', [], 'city')];
    const ents = {
      ...entities,
      town: jilin,
      campaign: [entity('campaign', '第九届吉林省市民文化节')],
      unit: [entity('unit', '双辽市财政局')],
    };
    const [a] = extractEvents({
      article: article('第九届吉林省市民文化节启动仪式举行。'),
      pageDate: null,
      entities: ents,
      spanToOriginal: identity,
    });
    const [b] = extractEvents({
      article: article('双辽市财政局组织在职党员干部深入社区。'),
      pageDate: null,
      entities: ents,
      spanToOriginal: identity,
    });
    expect([a?.towns, b?.towns]).toEqual([[], ['双辽市']]);
  });

  describe('where it happened', () => {
    const places = [
      entity('town', '东河镇', [], 'town'),
      entity('town', '北岭镇', [], 'town'),
      entity('town', '柳湾社区', [], 'community'),
      entity('town', '石桥社区', [], 'community'),
      entity('town', '枣园社区', [], 'community'),
      entity('town', '南坡行政村', [], 'village'),
      entity('town', '后沟村', [], 'village'),
    ];
    const ents = { ...entities, town: places, unit: [entity('unit', '柳湾社区党群服务中心')] };
    const townsOf = (body: string, title: string | null = null): string[][] =>
      extractEvents({
        article: article(body, { title }),
        pageDate: null,
        entities: ents,
        spanToOriginal: identity,
      }).map((e) => e.towns);

    it('every place of a list is a place of the event, parents and brackets aside', () => {
      expect(townsOf('5月6日，调研组分别到东河镇柳湾社区（一期）、北岭镇石桥社区、枣园社区等地进行调研。')).toEqual([
        ['柳湾社区', '石桥社区', '枣园社区'],
      ]);
    });

    it("a lead naming no place happened where the story then went, below the headline's place", () => {
      const body = '5月6日，“翰墨飘香”采风活动启动。作家们先后走进柳湾社区、石桥社区，感受社区变化。';
      expect(townsOf(body, '北岭镇开展采风活动')[0]).toEqual(['柳湾社区', '石桥社区']);
      // A list no lower than the headline's place says nothing more than it.
      expect(
        townsOf('5月6日，“翰墨飘香”采风活动启动。作家们先后走进东河镇、北岭镇。', '北岭镇开展采风活动')[0],
      ).toEqual(['北岭镇']);
    });

    it("a village named in the venue's unit (某镇某村党群服务中心) is lower than the town written before it", () => {
      const ents2 = { ...ents, unit: [entity('unit', '后沟村党群服务中心')] };
      const [e] = extractEvents({
        article: article('5月6日，北岭镇后沟村党群服务中心举行了一场议事会。'),
        pageDate: null,
        entities: ents2,
        spanToOriginal: identity,
      });
      expect(e?.towns).toEqual(['后沟村']);
    });

    it('of two places of one level written one inside the other, the inner one', () => {
      expect(townsOf('5月6日，一场捐赠活动在南坡行政村后沟村广场举行。')).toEqual([['后沟村']]);
    });

    it('a lead that names no place happens where its headline says', () => {
      expect(townsOf('志愿者们开展了环境整治活动。', '北岭镇：环境整治在行动')).toEqual([['北岭镇']]);
    });

    it('a village written inside a venue’s name is the place, before the headline’s', () => {
      expect(townsOf('柳湾社区党群服务中心组织志愿者开展义诊。', '东河镇义诊进社区')).toEqual([['柳湾社区']]);
    });

    it('a quotation the sentence goes on past is no speech; a summing-up is no lead when a happening follows', () => {
      const lead = (body: string) =>
        extractEvents({ article: article(body), pageDate: null, entities: ents, spanToOriginal: identity })[0]?.summary;
      expect(lead('“学习雷锋好榜样……”伴随着歌声，后沟村学雷锋活动启动。')).toBe(
        '“学习雷锋好榜样……”伴随着歌声，后沟村学雷锋活动启动',
      );
      expect(lead('近年来，东河镇扎实开展志愿服务。3月5日，后沟村举办学雷锋活动。')).toBe('后沟村举办学雷锋活动');
    });

    it('quoted speech is no lead', () => {
      const [lead] = extractEvents({
        article: article('近几天，后沟村来了一群志愿者。“每年这时，镇里都会组织干部帮忙。”负责人说。'),
        pageDate: null,
        entities: ents,
        spanToOriginal: identity,
      });
      expect(lead?.summary).toBe('后沟村来了一群志愿者');
    });
  });

  it('names the venue after 在, without its towns, and none for a time, a frame or towns alone', () => {
    const towns = [entity('town', '双辽市', [], 'city'), entity('town', '玻璃山村', [], 'village')];
    expect(venueIn('守护湿地巡湖艇启用仪式在双辽市架树台湖国家湿地公园管理中心举行', towns)).toBe(
      '架树台湖国家湿地公园管理中心',
    );
    expect(venueIn('4月12日,社区在丽港广场隆重开展主题活动', towns)).toBe('丽港广场');
    expect(venueIn('玻璃山镇在玻璃山村开展宣传活动', towns)).toBeNull();
    expect(venueIn('在党委的领导下开展活动', towns)).toBeNull();
    expect(venueIn('组织在职党员干部开展活动', towns)).toBeNull();
    expect(venueIn('在辽西街道党工委、辽南街道党工委联合开展的比武活动中', towns)).toBeNull();
  });

  it('a photo with no body still yields one event, from its title', () => {
    const photo = article('', {
      kind: 'photo',
      title: '近日,铁东区城东乡组织志愿者到城东乡社会福利服务中心开展敬老爱老送温暖活动',
      span: { start: 5, end: 60 },
    });
    const towns = [entity('town', '铁东区', [], 'district'), entity('town', '城东乡', [], 'township')];
    const [ev] = extractEvents({
      article: photo,
      pageDate: null,
      entities: { ...entities, town: towns },
      spanToOriginal: identity,
    });
    expect([ev?.towns, ev?.date, ev?.sentence]).toEqual([['城东乡'], null, { start: 5, end: 60 }]);
  });
});
