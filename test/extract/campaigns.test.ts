import { describe, expect, it } from 'vitest';
import { extractCampaigns } from '../../src/extract/entities/campaigns.js';
import { identityText, onePageArticle, scoreAll } from './entity-seed-pages.js';

function campaigns(text: string) {
  return extractCampaigns([onePageArticle(text)], identityText(text)).campaigns;
}

describe('extractCampaigns', () => {
  it('takes the quoted name and leaves the generic tail outside', () => {
    const found = campaigns('双辽市财政局开展“我为群众办实事”实践活动');
    expect(found.map((c) => c.name)).toEqual(['我为群众办实事']);
    expect(found[0]!.mentions[0]!.span).toEqual({ start: 9, end: 16 });
  });

  it('reads a quote as a name from the verb before it or the kind-word after it', () => {
    const text =
      '双辽市财政局以擦亮“双财先锋”党建品牌为抓手，龙山区积极构建“共建单位+业委会联席会+小区党支部+双‘三长’”的四级联动机制';
    expect(campaigns(text).map((c) => c.name)).toEqual(['双财先锋', '共建单位+业委会联席会+小区党支部+双‘三长’']);
  });

  it('reads the headlines too, their mentions spanning the story', () => {
    const body = '近日，双辽市财政局组织在职党员干部深入社区。';
    const article = {
      ...onePageArticle(body),
      title: '点亮“微心愿” 争做“圆梦人”',
      subtitle: '双辽市财政局开展“我为群众办实事”实践活动',
      span: { start: 0, end: 99 },
    };
    const found = extractCampaigns([article], identityText(body)).campaigns;
    expect(found.map((c) => c.name)).toEqual(['微心愿', '我为群众办实事']);
    expect(found[1]!.mentions[0]!.span).toEqual({ start: 0, end: 99 });
  });

  it('reads a quoted name across the line break a column put inside it', () => {
    const text = '9月18日，市人防办开展以“勿忘国\n耻、时刻准备，人民防空、筑盾为民”——“9·18”人防宣传日主题活动。';
    expect(campaigns(text).map((c) => c.name)).toContain('勿忘国耻、时刻准备，人民防空、筑盾为民');
    // Two line breaks are no longer one quote.
    expect(campaigns('开展“勿忘\n国\n耻”活动。')).toEqual([]);
  });

  it('reads a quote made to spread (让“…”成为/更…) as a name, not a plain causative', () => {
    const text = '提供“N”项服务，让“有事找组织”成为群众日常，让“双报到”更有温情，让“急难愁盼”问题得到解决。';
    expect(campaigns(text).map((c) => c.name)).toEqual(['有事找组织', '双报到']);
  });

  it('leaves out quoted plain words and speech', () => {
    const text =
      '为切实解决人民群众“急难愁盼”问题，比出了“火药味”。“施工作业一定要远离电力设施，距离太近容易造成电力设施损坏。”近日，辽源供电公司工作人员进行宣讲。';
    expect(campaigns(text)).toEqual([]);
  });

  it('reads numbered slogans as names by their shape, unless a kind of people follows', () => {
    const text = '坚定“四个自信”，落实“十件实事”，推行“三会一课”，关爱“一老一小”等弱势群体，庆祝“三八”节。';
    expect(campaigns(text).map((c) => c.name)).toEqual(['四个自信', '十件实事', '三会一课']);
  });

  it('lets a list of quotes share the kind-word after the last one', () => {
    const text = '“我陪老兵过大年”“心粽有您,粽是牵挂”“情暖中秋”等一系列志愿服务活动，得到了群众的认可。';
    expect(campaigns(text).map((c) => c.name)).toEqual(['我陪老兵过大年', '心粽有您,粽是牵挂', '情暖中秋']);
  });

  it('merges forms that differ only in separators', () => {
    const text = '推进「人+车+机」联动新模式。以“人+车+机”新模式，大幅提升巡逻防控工作效率。';
    const found = campaigns(text);
    expect(found.map((c) => [c.name, c.mentions.length])).toEqual([['人+车+机', 2]]);
  });

  it('joins a quote that repeats part of a longer name', () => {
    const text = '双辽市各街道联合组织开展了新时代“小巷总理”业务大比武活动。各街道将以此次“大比武”为契机。';
    expect(campaigns(text).map((c) => [c.name, c.aliases])).toEqual([['小巷总理', ['大比武']]]);
  });

  it('finds numbered festivals written without quotes', () => {
    expect(campaigns('辽源市举办第九届吉林省市民文化节启动仪式。').map((c) => c.name)).toEqual([
      '第九届吉林省市民文化节',
    ]);
  });

  it('never throws on unbalanced quotes', () => {
    expect(campaigns('开展“未闭合的引号活动')).toEqual([]);
  });

  it('scores F1 ≥ 0.90 on the five seed pages', () => {
    const { f1, counts } = scoreAll('campaign', (p) => extractCampaigns(p.articles, p.n).campaigns);
    expect(counts.gold).toBe(100);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});
