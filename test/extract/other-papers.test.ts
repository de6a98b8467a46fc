/**
 * What pages of papers other than the seeds' look like, in short pages written for
 * these tests (the real pages are the dev and check sets): reading sites' furniture,
 * datelines and bylines of other papers, hosts of an activity, events on a timeline.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/page.js';
import { eventRelations } from '../../src/eval/document.js';

const read = (text: string) => extractPage(text, { file: 't.txt' });
const names = (x: ReturnType<typeof read>, type: 'town' | 'unit' | 'reporter' | 'campaign' | 'person'): string[] =>
  x.entities[type].map((e) => e.name);

describe('a reading site’s page', () => {
  const page = [
    '第03版:综合新闻',
    '  3上一版 4下一版  ',
    '版面导航',
    '第01版',
    '要闻',
    '第03版',
    '综合新闻',
    '标题导航',
    '城南街道举办消夏晚会',
    '全市重点项目观摩会召开',
    '青山镇开展义诊进村活动',
    '2021年07月06日',
    ' 上一期    下一期 ',
    '返回滨江新闻网',
    '3 上一篇   下一篇4',
    '放大 缩小 默认',
    '青山镇开展义诊进村活动',
    '  □本报记者 周 明',
    '  通讯员 吴晓东 郑丽',
    '  7月3日,青山镇卫生院组织医务人员走进石桥村,为村民免费测血压、测血糖,发放健康手册300余份。',
    '  “以前看病要跑很远,现在医生送到了家门口。”村民王德顺高兴地说。',
    '分享到:',
    '相关新闻',
    '城南街道举办消夏晚会',
  ].join('\n');
  const x = read(page);

  it('takes navigation, the page list and the headline links for no story, and reads the header from them', () => {
    expect(x.page).toMatchObject({ date: '2021-07-06', pageNo: '03', section: '综合新闻' });
    expect(x.articles.map((a) => a.title)).toEqual(['青山镇开展义诊进村活动']);
  });

  it('credits both lines of the byline, and names the villager who speaks', () => {
    expect(x.articles[0]?.reporters).toEqual([
      { name: '周明', role: 'reporter' },
      { name: '吴晓东', role: 'correspondent' },
      { name: '郑丽', role: 'correspondent' },
    ]);
    expect(names(x, 'person')).toEqual(['王德顺']);
  });

  it('dates the event from the page, places it in the village and gives the health centre as organiser', () => {
    expect(eventRelations(x)).toEqual([
      { type: 'EVENT_ON', from: '青山镇开展义诊进村活动', to: '2021-07-03' },
      { type: 'EVENT_IN', from: '青山镇开展义诊进村活动', to: '石桥村' },
      { type: 'ORGANIZED', from: '青山镇卫生院', to: '青山镇开展义诊进村活动' },
    ]);
    expect(x.events[0]?.quantities.map((q) => q.text)).toEqual(['300余份']);
  });
});

describe('an e-reader application’s page', () => {
  const page = [
    '电子报阅读机',
    '2026-01-23',
    '星期五',
    '当前报纸名称:荆门日报',
    '',
    '东宝区开展“邻里守望”志愿服务',
    '',
    '日期:05-20',
    '字号:',
    '版面:第06版:民生       上一篇    下一篇',
    '',
    '    荆门日报讯(记者/李想 通讯员/陈刚)5月18日,东宝区龙泉街道开展“邻里守望”志愿服务活动。',
    '    此次活动由东宝区民政局主办,龙泉街道办事处承办,区志愿者协会协办。',
  ].join('\n');
  const x = read(page);

  it('names the paper and the page, and takes the day it was read for no date of the page', () => {
    expect(x.page).toMatchObject({ paper: '荆门日报', date: null, pageNo: '06', section: '民生' });
  });

  it('reads a dateline naming the paper, with slashes between roles and names', () => {
    expect(x.articles.map((a) => [a.title, a.reporters])).toEqual([
      [
        '东宝区开展“邻里守望”志愿服务',
        [
          { name: '李想', role: 'reporter' },
          { name: '陈刚', role: 'correspondent' },
        ],
      ],
    ]);
  });

  it('keeps a day with no year as month and day, and gives the hosts as organisers and runners', () => {
    const rel = eventRelations(x);
    expect(rel.filter((r) => r.type === 'EVENT_ON').map((r) => r.to)).toEqual(['--05-18']);
    expect(rel.filter((r) => r.type === 'ORGANIZED').map((r) => r.from)).toEqual([
      '东宝区民政局',
      '龙泉街道办事处',
      '区志愿者协会',
    ]);
    const runs = x.relations.filter((r) => r.type === 'RUNS').map((r) => `${r.from}→${r.to}`);
    expect(runs).toEqual(expect.arrayContaining(['东宝区民政局→邻里守望', '区志愿者协会→邻里守望']));
  });
});

describe('short forms and lists of units', () => {
  it('reads 县委 and 县政府 as units, and an office listed after a placed one with its place', () => {
    const x = read(
      '本报讯 近年来,县委、县政府高度重视乡村振兴工作。近日,古田县凤都镇党委、政府组织干部走进村居,爱民社区舞蹈队、乐队为群众演出。',
    );
    expect(names(x, 'unit')).toEqual(
      expect.arrayContaining([
        '县委',
        '县政府',
        '古田县凤都镇党委',
        '古田县凤都镇政府',
        '爱民社区舞蹈队',
        '爱民社区乐队',
      ]),
    );
    expect(names(x, 'unit')).not.toContain('县委宣传部');
  });

  it('reads a listed name of its own whole, and completes only a bare office from the name before it', () => {
    const x = read('本报讯 活动由市委宣传部、市委精神文明建设办公室等主办,金坑乡党委、乡政府承办。');
    expect(names(x, 'unit')).toEqual(['市委宣传部', '市委精神文明建设办公室', '金坑乡党委', '金坑乡政府']);
  });

  it('reads 市政府 before 的, a committee’s short form (文明委, 管委会), and a name jieba glued to 为', () => {
    const x = read(
      '本报讯 在市委、市政府的领导下,市文明委常务副主任出席活动,开发区管委会承办,本次活动为市人民检察院授牌。',
    );
    expect(names(x, 'unit')).toEqual(['市委', '市政府', '市文明委', '开发区管委会', '市人民检察院']);
  });

  it('reads a verb inside a name after a word jieba knows as an organisation (中国民航|飞行|学院)', () => {
    const x = read('本报讯 记者们前往三星堆、中国民航飞行学院等地进行了实地采访。');
    expect(names(x, 'unit')).toEqual(['中国民航飞行学院']);
  });

  it('reads 市 before 市场 as the level, and a national body before a place as part of the name', () => {
    const x = read('本报讯 活动为国家税务总局洛阳市税务局、市市场监督管理局等单位授牌。');
    expect(names(x, 'unit')).toEqual(['国家税务总局洛阳市税务局', '市市场监督管理局']);
  });

  it('reads 管理处 and 督察组 as heads of a name', () => {
    const x = read('本报讯 活动中,市环境卫生管理处赠送安全帽。记者跟随市文明办督察组来到现场。');
    // The office the team belongs to is named too, as nested names are (see units.test.ts).
    expect(names(x, 'unit')).toEqual(['市环境卫生管理处', '市文明办', '市文明办督察组']);
  });

  it('does not take 县委 for a unit when it only begins a longer name; a post names it', () => {
    const x = read('本报讯 县委宣传部、县委组织部联合开展活动,县委书记出席。');
    expect(names(x, 'unit')).toEqual(['县委宣传部', '县委组织部', '县委']);
  });
});

describe('bylines of other papers', () => {
  it('credits a name alone in brackets closing a 本报讯 item, and a paper’s staff credit under a photo', () => {
    const x = read(
      [
        '新村美如画',
        '',
        '本报讯 5月7日,永安镇举行“美丽庭院”评选活动,20户农户获评。',
        '            (林 青)',
        '',
        '',
        '近日,航拍的永安镇新村格外醒目。',
        '  龙岩日报全媒体记者 袁 方 摄',
      ].join('\n'),
    );
    expect(x.articles.map((a) => a.reporters)).toEqual([
      [{ name: '林青', role: 'reporter' }],
      [
        { name: '袁方', role: 'reporter' },
        { name: '袁方', role: 'photographer' },
      ],
    ]);
  });
});

describe('a county paper speaking of 我县', () => {
  it('places the event in the one county the page names', () => {
    const x = read(
      [
        '市督查组来我县检查文明创建工作',
        '',
        '本报讯 3月6日,市督查组来我县检查文明县城创建工作进展情况。',
        '近年来,县委、县政府把建设宜居平顺县作为重要抓手,取得了显著成效。',
      ].join('\n'),
    );
    expect(eventRelations(x).filter((r) => r.type === 'EVENT_IN')).toEqual([
      { type: 'EVENT_IN', from: '市督查组来我县检查文明创建工作', to: '平顺县' },
    ]);
  });
});

describe('teams, photo reports and the paper named in a byline', () => {
  it('takes a quoted name before a team’s words for the team, not for a campaign', () => {
    const x = read('本报讯 近日,新华社区“爱河护河”治水志愿服务队开展巡河活动。');
    expect(names(x, 'unit')).toContain('“爱河护河”治水志愿服务队');
    expect(names(x, 'campaign')).not.toContain('爱河护河');
  });

  it('credits the names of a 摄影报道 line as photographers, and reads the paper from a byline', () => {
    const x = read(
      [
        '基地来了采摘志愿者',
        '',
        '近日,石陂村栀子基地迎来30余名志愿者,帮助果农采摘栀子。',
        '刘丽强、罗玉艳 摄影报道',
        '',
        '清河镇开展普法宣传',
        '',
        '清河日报记者 王明',
        '',
        '近日,清河镇在集市开展普法宣传活动,发放资料300余份。',
      ].join('\n'),
    );
    expect(x.articles[0]?.reporters).toEqual([
      { name: '刘丽强', role: 'photographer' },
      { name: '罗玉艳', role: 'photographer' },
    ]);
    expect(x.articles[1]?.reporters).toEqual([{ name: '王明', role: 'reporter' }]);
    expect(x.page.paper).toBe('清河日报');
  });
});

describe('a portal’s story page', () => {
  it('takes the site’s slogan, its licence line and a publish-time line for no headline', () => {
    const x = read(
      [
        '国内统一连续出版物号:CN12-0034',
        '看身边事,听家乡音',
        '',
        '青山镇开展义诊进村活动',
        '',
        '清河晚报 2021-07-06 09:15 大字 小字',
        '',
        '本报讯 7月5日,青山镇卫生院在柳河村开展义诊活动,为村民免费测量血压200余人次。',
      ].join('\n'),
    );
    expect(x.articles.map((a) => a.title)).toEqual(['青山镇开展义诊进村活动']);
  });

  it('reads paragraphs a web page sets two blank lines apart as one story, not as captions', () => {
    const x = read(
      [
        '青山镇开展义诊进村活动',
        '',
        '本报讯 7月5日,青山镇卫生院在柳河村开展义诊活动。',
        '',
        '',
        '活动现场,医生为村民免费测量血压、血糖,发放健康资料。',
        '',
        '',
        '据悉,此次义诊共服务村民200余人次。',
      ].join('\n'),
    );
    expect(x.articles.map((a) => [a.kind, a.title])).toEqual([['news', '青山镇开展义诊进村活动']]);
  });

  it('takes a copyright notice below the story, and the slogan line above it, for no story', () => {
    const x = read(
      [
        '青山镇开展义诊进村活动',
        '',
        '本报讯 7月5日,青山镇卫生院在柳河村开展义诊活动,为村民免费测量血压200余人次。',
        '',
        '大美清河',
        '',
        '版权声明:',
        '清河融媒体中心旗下媒体刊发的所有文字、图片,如需转载或使用,须经本中心书面许可。',
      ].join('\n'),
    );
    expect(x.articles.map((a) => a.title)).toEqual(['青山镇开展义诊进村活动']);
  });

  it('reads a bracketed credit opening the story, an edition year, and takes ~~~ links for furniture', () => {
    const x = read(
      [
        '欢迎来到清河日报社数字报纸',
        '~~~城南街道举办消夏晚会',
        '~~~',
        '2021清河柑桔文化月启动',
        '',
        '(记者 王明 通讯员 李华)9月22日,2021清河柑桔文化月在青山镇启动。',
      ].join('\n'),
    );
    expect(x.articles.map((a) => [a.title, a.reporters.map((r) => r.name)])).toEqual([
      ['2021清河柑桔文化月启动', ['王明', '李华']],
    ]);
    expect(x.events[0]?.statedDate).toBe('2021-09-22');
  });

  it('reads a numbered series of captions under a headline as photos sharing the last one’s credit', () => {
    const x = read(
      [
        '环卫进校园',
        '',
        '①学生走上街头清扫垃圾',
        '②学生受赠志愿安全帽 本报记者 王明 摄',
        '',
        '本报讯(记者 王明)10月22日,市环境卫生管理处走进青山小学开展环卫进校园活动。',
      ].join('\n'),
    );
    // 本报记者 王明 摄: the staff reporter took the pictures, so both roles are his.
    const both = [
      { name: '王明', role: 'reporter' },
      { name: '王明', role: 'photographer' },
    ];
    expect(x.articles.map((a) => [a.kind, a.title, a.reporters])).toEqual([
      ['photo', '学生走上街头清扫垃圾', both],
      ['photo', '学生受赠志愿安全帽', both],
      ['news', '环卫进校园', [{ name: '王明', role: 'reporter' }]],
    ]);
  });

  it('dates the page by its date line, not by the date a link to the old archive names', () => {
    const x = read(
      [
        '清河零距离 清河日报 旧版入口:清河日报 (2021年10月10日前数字报)',
        '',
        '2023年04月13日',
        '',
        '青山镇开展义诊进村活动',
        '',
        '本报讯 4月12日,青山镇卫生院在柳河村开展义诊活动。',
      ].join('\n'),
    );
    expect(x.page.date).toBe('2023-04-13');
    expect(x.events[0]?.statedDate).toBe('2023-04-12');
  });

  it('reads no village from a verb after a town (芦溪镇组织镇村干部)', () => {
    const x = read('本报讯 日前,青山镇组织镇村干部开展清洁行动。');
    expect(names(x, 'town')).toEqual(['青山镇']);
  });

  it('reads a headline between the site’s tagline and the desk line, and a 晚报记者 credit', () => {
    const x = read(
      [
        '当前位置:清河网 > 清河晚报 > 第2版',
        '第2版:综合',
        '《清河晚报》—清河人自己的报纸',
        '报刊搜索: 搜索',
        '',
        '青山镇开展义诊进村活动',
        '发布时间:2021-07-06 08:46:58',
        '作者:王明 来源:清河晚报 时间:2021-07-06',
        '编辑:李华 字号:',
        '',
        '□晚报记者 王明',
        '',
        '本报讯 7月5日,青山镇卫生院在柳河村开展义诊活动,为村民免费测量血压200余人次。',
      ].join('\n'),
    );
    expect(x.articles.map((a) => [a.title, a.reporters])).toEqual([
      ['青山镇开展义诊进村活动', [{ name: '王明', role: 'reporter' }]],
    ]);
  });
});
