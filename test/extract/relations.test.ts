import { describe, expect, it } from 'vitest';
import {
  basedInRelations,
  eventRelations,
  extractRelations,
  heldInRelations,
  nestedTownRelations,
  runsRelations,
  wroteRelations,
  type RelationInput,
} from '../../src/extract/relations.js';
import type { Article, Entity, EntityType, ExtractedEvent, TownLevel } from '../../src/extract/types.js';
import { articleOf } from './entity-seed-pages.js';

function entity(type: EntityType, name: string, aliases: string[] = [], level?: TownLevel): Entity {
  const e: Entity = { type, name, aliases, mentions: [] };
  if (level) e.town = { level, code: null, officialName: null, parents: [] };
  return e;
}

function article(index: number, body: string, extra: Partial<Article> = {}): Article {
  return articleOf(body, { index, ...extra });
}

function input(articles: Article[], entities: Partial<Record<EntityType, Entity[]>>): RelationInput {
  return {
    articles,
    entities: { town: [], unit: [], reporter: [], campaign: [], person: [], ...entities },
    events: [],
    spanToOriginal: (start, end) => ({ start, end }),
  };
}

const pairs = (rs: { from: string; to: string }[]) => rs.map((r) => `${r.from} -> ${r.to}`);

// Page 000, OCR spaces removed.
const FINANCE =
  '为切实解决人民群众“急难愁盼”问题，近日，双辽市财政局以擦亮“双财先锋”党建品牌为抓手，组织在职党员干部积极参与认领“微心愿”活动。' +
  '双辽市财政局组织在职党员干部深入社区，面向基层、面向群众，将捐赠“微心愿”物资送至辽南街团结社区的困难居民手中。';
const towns = [
  entity('town', '双辽市', ['双辽'], 'city'),
  entity('town', '辽南街道', ['辽南街'], 'subdistrict'),
  entity('town', '团结社区', [], 'community'),
  entity('town', '王奔镇', [], 'town'),
  entity('town', '郑家屯街道', ['郑家屯街'], 'subdistrict'),
  entity('town', '东华社区', [], 'community'),
];
const campaigns = [
  entity('campaign', '双财先锋'),
  entity('campaign', '微心愿'),
  entity('campaign', '我为群众办实事'),
  entity('campaign', '六进'),
  entity('campaign', '包粽子、叠葫芦、送温暖'),
  entity('campaign', '新时代“小巷总理”业务大比武', ['业务大比武']),
];
const units = [
  entity('unit', '双辽市财政局', ['财政局']),
  entity('unit', '王奔镇司法所', ['司法所']),
  entity('unit', '王奔镇新时代文明实践所', ['新时代文明实践所']),
  entity('unit', '王奔镇综治办', ['综治办']),
  entity('unit', '王奔镇团委', ['团委']),
  entity('unit', '双辽市郑家屯街道社工站', ['郑家屯街道社工站', '社工站']),
  entity('unit', '东华社区老年人协会', ['社区老年人协会']),
  entity('unit', '辽西街道党工委'),
  entity('unit', '辽南街道党工委'),
  entity('unit', '城东乡社会福利服务中心'),
];

describe('RUNS: the unit is the subject of an organising verb whose object is the campaign', () => {
  it('reads the subject across a dropped-subject clause, and from a subtitle', () => {
    const a = article(0, FINANCE, { subtitle: '双辽市财政局开展“我为群众办实事”实践活动' });
    expect(pairs(runsRelations(input([a], { town: towns, unit: units, campaign: campaigns })))).toEqual([
      '双辽市财政局 -> 我为群众办实事',
      '双辽市财政局 -> 双财先锋',
      '双辽市财政局 -> 微心愿',
    ]);
  });

  it('gives every unit of an enumerated subject', () => {
    const s =
      '王奔镇司法所、新时代文明实践所、综治办、团委等相关工作人员开展了进机关、进企业、进学校、进社区、进村屯、进商户等“六进”普法宣传活动。';
    expect(pairs(runsRelations(input([article(0, s)], { town: towns, unit: units, campaign: campaigns })))).toEqual([
      '王奔镇司法所 -> 六进',
      '王奔镇新时代文明实践所 -> 六进',
      '王奔镇综治办 -> 六进',
      '王奔镇团委 -> 六进',
    ]);
  });

  it('keeps the doers inside a "在…联合开展的…中" frame, and a means clause continues the verb before it', () => {
    const s =
      '在辽西街道党工委、辽南街道党工委联合开展的业务大比武活动中，各社区党组织书记分享经验。' +
      '近日，双辽市郑家屯街道社工站、东华社区、社区老年人协会组织辖区内60余名老年人和志愿者，通过“包粽子、叠葫芦、送温暖”的形式，喜迎端午佳节。';
    expect(pairs(runsRelations(input([article(0, s)], { town: towns, unit: units, campaign: campaigns })))).toEqual([
      '辽西街道党工委 -> 新时代“小巷总理”业务大比武',
      '辽南街道党工委 -> 新时代“小巷总理”业务大比武',
      '双辽市郑家屯街道社工站 -> 包粽子、叠葫芦、送温暖',
      '东华社区老年人协会 -> 包粽子、叠葫芦、送温暖',
    ]);
  });

  it('the agents of a 由…主办/承办 phrase run the campaign of their sentence', () => {
    const s = '本次“喜迎二十大 奋进新征程”交响音乐会由辽源市委宣传部主办、辽源市文化馆承办。';
    const us = [entity('unit', '辽源市委宣传部'), entity('unit', '辽源市文化馆')];
    const cs = [entity('campaign', '喜迎二十大 奋进新征程')];
    expect(pairs(runsRelations(input([article(0, s)], { unit: us, campaign: cs })))).toEqual([
      '辽源市委宣传部 -> 喜迎二十大 奋进新征程',
      '辽源市文化馆 -> 喜迎二十大 奋进新征程',
    ]);
  });

  it('hosts run the activity, not the theme it has (以“…”为主题), in their sentence or the one before', () => {
    const us = [entity('unit', '州委宣传部'), entity('unit', '州科技局')];
    const cs = [entity('campaign', '助力脱贫攻坚'), entity('campaign', '三下乡')];
    const one = '由州委宣传部、州科技局联合主办,以“助力脱贫攻坚”为主题的“三下乡”活动在细寨村举行。';
    const two = '细寨村举行“三下乡”活动,以“助力脱贫攻坚”为主题。本次活动由州委宣传部、州科技局联合主办。';
    for (const s of [one, two]) {
      // The same unit may be found as the subject and as a host: extractRelations keeps one edge.
      expect(new Set(pairs(runsRelations(input([article(0, s)], { unit: us, campaign: cs }))))).toEqual(
        new Set(['州委宣传部 -> 三下乡', '州科技局 -> 三下乡']),
      );
    }
  });

  it('hosts named for the activity (活动由…主办, 此次晚会由…) ran it, not the campaigns their sentence goes on to name', () => {
    const us = [entity('unit', '区委宣传部'), entity('unit', '区文明办')];
    const cs = [entity('campaign', '清洁家园'), entity('campaign', '随手拍')];
    const s = '“清洁家园”志愿服务活动在东华社区启动。活动由区委宣传部、区文明办主办,通过“随手拍”等形式发动居民参与。';
    expect(pairs(runsRelations(input([article(0, s)], { unit: us, campaign: cs })))).toEqual([
      '区委宣传部 -> 清洁家园',
      '区文明办 -> 清洁家园',
    ]);
    const gala = '“清洁家园”文艺晚会在东华社区上演。此次晚会由区委宣传部主办。';
    expect(pairs(runsRelations(input([article(0, gala)], { unit: us, campaign: cs })))).toEqual([
      '区委宣传部 -> 清洁家园',
    ]);
  });

  // Not from a seed: partners joined by 联合, 与…共同, 、…联合 all run the campaign.
  it('every partner of 联合 / 与…共同 / 、…联合 runs it, also the unit a town joins with', () => {
    const us = [entity('unit', '县司法局'), entity('unit', '县妇联'), entity('unit', '第八中学')];
    const cs = [entity('campaign', '法治进校园'), entity('campaign', '巾帼普法'), entity('campaign', '六进')];
    const s =
      '近日，县司法局联合第八中学开展“法治进校园”活动。' +
      '县司法局与县妇联共同开展“巾帼普法”宣传。' +
      '王奔镇联合县司法局在东华社区开展“六进”活动。';
    expect(pairs(runsRelations(input([article(0, s)], { town: towns, unit: us, campaign: cs })))).toEqual([
      '县司法局 -> 法治进校园',
      '第八中学 -> 法治进校园',
      '县司法局 -> 巾帼普法',
      '县妇联 -> 巾帼普法',
      '县司法局 -> 六进',
    ]);
    const listed = '县司法局、县妇联联合举办“巾帼普法”讲座。';
    expect(pairs(runsRelations(input([article(0, listed)], { unit: us, campaign: cs })))).toEqual([
      '县司法局 -> 巾帼普法',
      '县妇联 -> 巾帼普法',
    ]);
  });

  it('a town as subject, or a unit that is only the place visited, runs nothing', () => {
    const s =
      '近日，双辽市各街道联合组织开展了新时代“小巷总理”业务大比武活动。' +
      '王奔镇组织志愿者到城东乡社会福利服务中心开展“六进”活动。';
    expect(runsRelations(input([article(0, s)], { town: towns, unit: units, campaign: campaigns }))).toEqual([]);
  });
});

describe('RUNS: what does not make a unit the doer', () => {
  it('a frame’s doers do not reach the clauses after it', () => {
    const s =
      '在辽西街道党工委、辽南街道党工委联合开展的业务大比武活动中，各社区党组织书记通过“演讲+PPT”的演示形式，分享经验。';
    const ppt = entity('campaign', '演讲+PPT');
    const rs = runsRelations(input([article(0, s)], { town: towns, unit: units, campaign: [...campaigns, ppt] }));
    expect(pairs(rs)).toEqual([
      '辽西街道党工委 -> 新时代“小巷总理”业务大比武',
      '辽南街道党工委 -> 新时代“小巷总理”业务大比武',
    ]);
  });

  it('围绕 (centring on) is not running; a unit right before a quoted name owns it', () => {
    const s =
      '辽源巡特警支队紧密围绕“平安辽源”建设，大幅提升巡逻防控工作效率。近日,市第二中学“阳光体育 和谐校园”韵律操比赛拉开帷幕。';
    const us = [entity('unit', '辽源巡特警支队'), entity('unit', '市第二中学')];
    const cs = [entity('campaign', '平安辽源'), entity('campaign', '阳光体育 和谐校园')];
    expect(pairs(runsRelations(input([article(0, s)], { unit: us, campaign: cs })))).toEqual([
      '市第二中学 -> 阳光体育 和谐校园',
    ]);
  });
});

describe('HELD_IN: the lowest town where the campaign took place', () => {
  it('ignores towns inside unit or campaign names, and lists of peer towns', () => {
    const jilin = [entity('town', '吉林省', [], 'province'), entity('town', '辽源市', [], 'city')];
    const cs = [entity('campaign', '第九届吉林省市民文化节'), entity('campaign', '喜迎二十大 奋进新征程')];
    const a = article(0, '第九届吉林省市民文化节启动仪式暨“喜迎二十大 奋进新征程”交响音乐会举行。', {
      subtitle: '辽源市举办音乐会',
    });
    expect(pairs(heldInRelations(input([a], { town: jilin, campaign: cs })))).toEqual([
      '第九届吉林省市民文化节 -> 辽源市',
      '喜迎二十大 奋进新征程 -> 辽源市',
    ]);
    const b = article(1, '辽南街道、郑家屯街道主要负责同志担任新时代“小巷总理”业务大比武评委。', {
      subtitle: '双辽市新时代“小巷总理”业务大比武活动记事',
    });
    expect(pairs(heldInRelations(input([b], { town: towns, campaign: campaigns })))).toEqual([
      '新时代“小巷总理”业务大比武 -> 双辽市',
    ]);
  });

  // Not from a seed: a unit's seat places what it runs alone, not what partners seated apart run.
  it('partners seated in different places leave the campaign unplaced; one unit runs it at home', () => {
    const zz = [entity('town', '郑州市', [], 'city'), entity('town', '金水区', [], 'district')];
    const us = [entity('unit', '郑州市金水区人民法院'), entity('unit', '郑州市第八中学')];
    const cs = [entity('campaign', '法治进校园')];
    const s = '近日，郑州市金水区人民法院联合郑州市第八中学开展“法治进校园”活动。';
    const a = article(0, s, { title: s.slice(0, -1) });
    const both = input([a], { town: zz, unit: us, campaign: cs });
    expect(heldInRelations(both)).toEqual([]);
    const alone = '近日，郑州市金水区人民法院开展“法治进校园”活动。';
    const b = article(0, alone, { title: alone.slice(0, -1) });
    expect(pairs(heldInRelations(input([b], { town: zz, unit: us, campaign: cs })))).toEqual(['法治进校园 -> 金水区']);
  });

  it('does not place what a clause of plans names (将开展“X”): it has not taken place', () => {
    const zz = [entity('town', '郑州市', [], 'city')];
    const cs = [entity('campaign', '法治进校园'), entity('campaign', '巾帼普法')];
    const s = '郑州市今年“法治进校园”活动启动,全年还将开展“巾帼普法”等系列活动。';
    expect(pairs(heldInRelations(input([article(0, s)], { town: zz, campaign: cs })))).toEqual([
      '法治进校园 -> 郑州市',
    ]);
  });

  it('does not place the aim of a purpose clause (为深入开展“X”…), only what the sentence says took place', () => {
    const t = [entity('town', '开元路街道', [], 'subdistrict'), entity('town', '兴洛湖社区', [], 'community')];
    const cs = [entity('campaign', '学雷锋'), entity('campaign', '雷锋精神进万家')];
    const s = '为深入开展“学雷锋”志愿服务活动，3月5日，开元路街道在兴洛湖社区开展“雷锋精神进万家”主题活动。';
    expect(pairs(heldInRelations(input([article(0, s)], { town: t, campaign: cs })))).toEqual([
      '雷锋精神进万家 -> 兴洛湖社区',
    ]);
  });

  it('does not place a campaign named only in reported speech', () => {
    const s = '办事处主任丁朝昔并表示，街道上下要认真落实“我为群众办实事”民生工程。';
    const a = article(0, s, { title: '南关街街道 加快由“虚”转“实”步伐' });
    const t = [entity('town', '南关街街道', ['南关街'], 'subdistrict')];
    expect(heldInRelations(input([a], { town: t, campaign: campaigns }))).toEqual([]);
  });

  it('takes the lowest town of the sentences naming it, else the article headings', () => {
    const a = article(0, FINANCE, { subtitle: '双辽市财政局开展“我为群众办实事”实践活动' });
    expect(pairs(heldInRelations(input([a], { town: towns, campaign: campaigns })))).toEqual([
      '双财先锋 -> 双辽市',
      '微心愿 -> 团结社区',
      '我为群众办实事 -> 双辽市',
    ]);
  });

  it('falls back to the first town of the body when sentence and headings name none', () => {
    const a = article(0, '王奔镇召开专题会议。广泛宣传，开展“六进”普法宣传活动。');
    expect(pairs(heldInRelations(input([a], { town: towns, campaign: campaigns })))).toEqual(['六进 -> 王奔镇']);
  });

  it('the fallback is the lowest town of the first sentence naming one, not its first', () => {
    const a = article(0, '活动在双辽市郑家屯街道东华社区启动。广泛宣传，开展“六进”普法宣传活动。');
    expect(pairs(heldInRelations(input([a], { town: towns, campaign: campaigns })))).toEqual(['六进 -> 东华社区']);
  });
});

describe('HELD_IN: every place of a list the activity went to', () => {
  const places = [
    entity('town', '甲区', [], 'district'),
    entity('town', '乙县', [], 'county'),
    entity('town', '甲村', [], 'village'),
    entity('town', '乙村', [], 'village'),
    entity('town', '丙村', [], 'village'),
    entity('town', '东风社区', [], 'community'),
    entity('town', '西山社区', [], 'community'),
  ];
  const cs = [entity('campaign', '文艺下乡'), entity('campaign', '邻居节'), entity('campaign', '书法展')];

  // Not from a seed: the shapes of dev pages xl05 (先后走进, county chains across commas) and xn05 (分别举办).
  it('takes each village the story says it visited, across the commas between counties, when its own sentences name none', () => {
    const a = article(
      0,
      '我县举行“文艺下乡”活动。在为期7天的活动中，演员们先后走进甲区甲村、乙村，乙县丙村，为群众送去演出。',
    );
    expect(pairs(heldInRelations(input([a], { town: places, campaign: cs })))).toEqual([
      '文艺下乡 -> 甲村',
      '文艺下乡 -> 乙村',
      '文艺下乡 -> 丙村',
    ]);
  });

  it('takes each place of the subject of 分别举办, and a lone runner named after its community at home', () => {
    const units = [entity('unit', '西山社区党支部')];
    const a = article(0, '春节期间，东风社区、西山社区分别举办了“邻居节”。其中，西山社区党支部开展了“书法展”。');
    const runs = [{ type: 'RUNS' as const, from: '西山社区党支部', to: '书法展', article: 0, span: null }];
    expect(pairs(heldInRelations(input([a], { town: places, unit: units, campaign: cs }), runs))).toEqual([
      '邻居节 -> 东风社区',
      '邻居节 -> 西山社区',
      '书法展 -> 西山社区',
    ]);
  });

  it('keeps the place its own sentence names over the villages visited later', () => {
    const a = article(0, '甲区“文艺下乡”活动举行。当天，演员们先后来到甲村、乙村演出。');
    expect(pairs(heldInRelations(input([a], { town: places, campaign: cs })))).toEqual(['文艺下乡 -> 甲区']);
  });

  it('reads no list from one place, nor from a comma that goes on to the next clause', () => {
    const a = article(0, '我县举行“文艺下乡”活动。演员们来到甲村，乙村的群众也赶来观看。');
    expect(pairs(heldInRelations(input([a], { town: places, campaign: cs })))).not.toContain('文艺下乡 -> 乙村');
  });
});

describe('WROTE, TOWN_IN, BASED_IN and event edges', () => {
  it('WROTE: one edge per credited person and title, with the first role', () => {
    const photo = article(0, '', {
      kind: 'photo',
      title: '日前，双辽市那木乡跃进村党支部组织志愿者服务队开展主题实践活动',
      reporters: [
        { name: '郑嘉萱', role: 'correspondent' },
        { name: '郑嘉萱', role: 'photographer' },
      ],
    });
    const rs = wroteRelations([photo, article(1, 'x')]);
    expect(rs.map((r) => [r.from, r.to, r.role])).toEqual([
      ['郑嘉萱', '日前，双辽市那木乡跃进村党支部组织志愿者服务队开展主题实践活动', 'correspondent'],
    ]);
  });

  it('TOWN_IN from written nesting when the towns stage gave none', () => {
    const vill = [
      entity('town', '双辽市', [], 'city'),
      entity('town', '那木乡', [], 'township'),
      entity('town', '跃进村', [], 'village'),
    ];
    const a = article(0, '日前，双辽市那木乡跃进村党支部组织志愿者服务队开展主题实践活动。');
    expect(pairs(nestedTownRelations(input([a], { town: vill })))).toEqual(['那木乡 -> 双辽市', '跃进村 -> 那木乡']);
    const given = { type: 'TOWN_IN' as const, from: 'x', to: 'y', article: null, span: null };
    const all = extractRelations({ ...input([a], { town: vill }), townIn: [given] });
    expect(pairs(all.filter((r) => r.type === 'TOWN_IN'))).toEqual(['x -> y']);
  });

  it('BASED_IN: the units stage’s basedIn, else the lowest town the name begins with', () => {
    const vill = [
      entity('town', '双辽市', [], 'city'),
      entity('town', '那木乡', [], 'township'),
      entity('town', '跃进村', [], 'village'),
    ];
    const us = [
      entity('unit', '双辽市那木乡跃进村党支部'),
      { ...entity('unit', '玻璃山镇派出所'), basedIn: '玻璃山镇' },
      entity('unit', '老兵宣讲团'),
    ];
    expect(pairs(basedInRelations(us, vill))).toEqual([
      '双辽市那木乡跃进村党支部 -> 跃进村',
      '玻璃山镇派出所 -> 玻璃山镇',
    ]);
  });

  it('events give EVENT_HELD_IN, ORGANIZED and PART_OF', () => {
    const ev: ExtractedEvent = {
      id: '1:0',
      article: 1,
      date: null,
      datePrecision: null,
      statedDate: null,
      endDate: null,
      statedEndDate: null,
      summary: 's',
      towns: ['玻璃山村'],
      venue: null,
      units: ['玻璃山镇派出所'],
      campaigns: ['警惕高息诱惑，远离非法集资'],
      quantities: [],
      sentence: { start: 3, end: 9 },
    };
    expect(eventRelations([ev]).map((r) => [r.type, r.from, r.to])).toEqual([
      ['EVENT_HELD_IN', '1:0', '玻璃山村'],
      ['ORGANIZED', '玻璃山镇派出所', '1:0'],
      ['PART_OF', '1:0', '警惕高息诱惑，远离非法集资'],
    ]);
  });
});
