/**
 * A few hundred named campaigns per seed, the quoted initiatives of local news
 * (“情暖万家”, “法律进社区”, slogans in two halves). A skewed pick makes a few of
 * them recur in many towns and years, as the big national ones do.
 */
import type { Random } from './random.js';

export interface Campaign {
  /** The quoted text, as the gold names it. */
  name: string;
  /** Other spellings (the slogan without its comma). */
  aliases: string[];
}

const HEADS = [
  ...'情暖 爱心 文明 法治 平安 清廉 红色 绿色 幸福 温暖 书香 阳光 巾帼 青春 邻里 乡风 健康 和美 银龄 童心'.split(' '),
];
const TAILS = [
  ...'万家 护苗 同行 驿站 课堂 夜校 集市 家园 先锋 议事厅 心愿单 直通车 大讲堂 零距离 在行动 加油站 暖心行 助力团 服务日 帮帮团'.split(
    ' ',
  ),
];
const TOPICS = [...'法律 文化 科技 卫生 健康 安全 政策 红色电影 志愿服务 非遗'.split(' ')];
const PLACES = [...'社区 乡村 校园 万家 企业 农家 军营 景区'.split(' ')];
const SLOGAN_A = [
  ...'守护绿水青山 弘扬时代新风 传承红色基因 倡导文明新风 筑牢安全防线 共护平安家园 凝聚巾帼力量 点亮幸福生活'.split(
    ' ',
  ),
];
const SLOGAN_B = [...'共建美丽家园 争做文明市民 喜迎盛世华章 携手共创未来 同心建设乡村 奋进新的征程'.split(' ')];

export function makeCampaigns(random: Random, count = 300): Campaign[] {
  const all: Campaign[] = [];
  for (const h of HEADS) for (const t of TAILS) all.push({ name: h + t, aliases: [] });
  for (const t of TOPICS) for (const p of PLACES) all.push({ name: `${t}进${p}`, aliases: [] });
  for (const a of SLOGAN_A) {
    for (const b of SLOGAN_B) {
      all.push({ name: `${a}，${b}`, aliases: [`${a},${b}`, `${a}${b}`, `${a} ${b}`] });
    }
  }
  return random.shuffle(all).slice(0, count);
}

/** Generic tails printed after the closing quote; the name never includes them. */
export const CAMPAIGN_TAILS = ['活动', '主题活动', '志愿服务活动', '主题宣传活动', '实践活动', '专项行动', '系列活动'];
