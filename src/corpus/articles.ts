/**
 * The three kinds of story a local page carries, each written together with the
 * gold it implies: a news item (本报讯（通讯员 X）…, headline printed after the body
 * as on the seed pages, or before it), a feature (headline, ——subtitle, byline line,
 * sections) and a photo caption (`本报通讯员 X 摄`).
 */
import type { ReporterRole } from '../extract/types.js';
import { CAMPAIGN_TAILS, type Campaign } from './campaigns.js';
import type { PageGold } from './expected.js';
import type { NamePool } from './names.js';
import {
  ACTIVITIES,
  FEATURE_KINDS,
  FILLER,
  HEADLINE_HALVES,
  PHOTO_ACTIONS,
  PHOTO_SUBJECTS,
  PURPOSES,
  SUBHEADS,
  WHEN,
} from './phrases.js';
import type { Locality, Place } from './places.js';
import type { Random } from './random.js';
import { countyUnit, townUnit, villageUnit, type Unit } from './units.js';

/** A printed block: a line kept as it is (headline, byline) or a paragraph set in a column. */
export type Block = { kind: 'line'; text: string } | { kind: 'para'; text: string } | { kind: 'gap' };

export interface StoryContext {
  random: Random;
  names: NamePool;
  campaigns: readonly Campaign[];
  locality: () => Locality;
  gold: PageGold;
  /** The page prints news headlines after their body (as the seed pages do) rather than before. */
  headlineAfter: boolean;
}

const line = (text: string): Block => ({ kind: 'line', text });
const para = (text: string): Block => ({ kind: 'para', text });
const gap: Block = { kind: 'gap' };

interface Credit {
  name: string;
  role: ReporterRole;
}

/** Writes `county + town (+ village)` as one run, recording the places and the TOWN_IN the run implies. */
function placeRun(gold: PageGold, chain: readonly Place[]): string {
  chain.forEach((p, i) => {
    gold.entity('town', p.name);
    if (i > 0) gold.relation('TOWN_IN', p.name, chain[i - 1]!.name);
  });
  return chain.map((p) => p.name).join('');
}

function unitEntity(gold: PageGold, unit: Unit): void {
  gold.entity('unit', unit.name, unit.aliases);
}

function campaignEntity(gold: PageGold, campaign: Campaign, unit: Unit | null, where: Place): void {
  gold.entity('campaign', campaign.name, campaign.aliases);
  if (unit) gold.relation('RUNS', unit.name, campaign.name);
  gold.relation('HELD_IN', campaign.name, where.name);
}

function credit(gold: PageGold, title: string, credits: readonly Credit[]): void {
  for (const c of credits) {
    gold.entity('reporter', c.name);
    gold.relation('WROTE', c.name, title);
  }
}

function headline(random: Random): [string, string] {
  const [a, b] = random.shuffle(HEADLINE_HALVES);
  return [a!, b!];
}

function fillers(random: Random, n: number): string[] {
  return random.shuffle(FILLER).slice(0, n);
}

/** One official, named where the text quotes him: `该镇负责人王伟表示，……`. */
function quote(ctx: StoryContext): string {
  const person = ctx.names.person(ctx.random);
  ctx.gold.entity('person', person);
  return `活动负责人${person}表示，${ctx.random.pick(FILLER).replace(/^[^，]*，/, '')}`;
}

/** The credits of a news item and how they print (`本报讯（记者 A 通讯员 B）`, or `记者 A 通讯员 B` at the end). */
function newsCredits(ctx: StoryContext): Credit[] {
  const { random, names } = ctx;
  const credits: Credit[] = [];
  if (random.chance(0.4)) credits.push({ name: names.reporter(random), role: 'reporter' });
  const n = credits.length === 0 ? random.int(1, 2) : random.int(0, 1);
  for (let i = 0; i < n; i++) {
    const name = names.reporter(random);
    if (!credits.some((c) => c.name === name)) credits.push({ name, role: 'correspondent' });
  }
  return credits;
}

function creditText(credits: readonly Credit[]): string {
  const rep = credits.filter((c) => c.role === 'reporter').map((c) => c.name);
  const cor = credits.filter((c) => c.role === 'correspondent').map((c) => c.name);
  return [rep.length ? `记者 ${rep.join(' ')}` : '', cor.length ? `通讯员 ${cor.join(' ')}` : '']
    .filter(Boolean)
    .join(' ');
}

export function newsItem(ctx: StoryContext): Block[] {
  const { random, gold } = ctx;
  const { county, town, village } = ctx.locality();
  const campaign = random.skewed(ctx.campaigns, 0.9);
  const tail = random.pick(CAMPAIGN_TAILS);
  const byCounty = random.chance(0.4);
  const unit = byCounty ? countyUnit(random, county) : townUnit(random, county, town, true);
  unitEntity(gold, unit);
  // A town unit is printed whole (洛宁县长水镇司法所): its places are in that run.
  let lead: string;
  if (byCounty) {
    placeRun(gold, [county]);
    const where = placeRun(gold, [town, village]);
    lead = `${unit.name}在${where}开展“${campaign.name}”${tail}`;
  } else {
    placeRun(gold, [county, town]);
    placeRun(gold, [village]);
    lead = `${unit.name}在${village.name}开展“${campaign.name}”${tail}`;
  }
  campaignEntity(gold, campaign, unit, village);
  const [h1, h2] = headline(random);
  const title = `${h1} ${h2}`;
  const kicker = `${placeRun(gold, [county, town])}开展${random.pick(ACTIVITIES)}`;
  const credits = newsCredits(ctx);
  gold.articles.push({ title, subtitle: kicker, kind: 'news', reporters: credits });
  credit(gold, title, credits);

  const first = `${random.pick(PURPOSES)}，${random.pick(WHEN)}，${lead}。`;
  const body = [first, ...fillers(random, random.int(1, 3))];
  if (random.chance(0.4)) body.splice(1, 0, quote(ctx));
  const endCredit = random.chance(0.3) && credits.length > 0;
  const opener = credits.length === 0 || endCredit ? '本报讯 ' : `本报讯（${creditText(credits)}）`;
  const paras = body.map((t, i) => para(i === 0 ? opener + t : t));
  const tailLines = endCredit ? [line(creditText(credits))] : [];
  if (ctx.headlineAfter) {
    // Headline after the body, as on the seed pages.
    return [...paras, ...tailLines, gap, line(h1), line(h2), gap, line(kicker), gap];
  }
  const head = random.chance(0.5) ? [line(title)] : [line(h1), line(h2)];
  return [...head, line(kicker), gap, ...paras, ...tailLines, gap];
}

export function feature(ctx: StoryContext): Block[] {
  const { random, gold } = ctx;
  const { county, town, village } = ctx.locality();
  const campaign = random.skewed(ctx.campaigns, 0.9);
  const [h1, h2] = headline(random);
  const title = `${h1} ${h2}`;
  const subtitle = `${placeRun(gold, [county, town])}推进“${campaign.name}”工作${random.pick(FEATURE_KINDS)}`;
  campaignEntity(gold, campaign, null, town);
  const credits: Credit[] = [];
  const reporter = random.chance(0.4) ? ctx.names.reporter(random) : null;
  if (reporter) credits.push({ name: reporter, role: 'reporter' });
  for (let i = random.int(1, 2); i > 0; i--) {
    const name = ctx.names.reporter(random);
    if (!credits.some((c) => c.name === name)) credits.push({ name, role: 'correspondent' });
  }
  gold.articles.push({ title, subtitle, kind: 'feature', reporters: credits });
  credit(gold, title, credits);
  const byline = reporter
    ? `本报记者 ${reporter} 通讯员 ${credits
        .slice(1)
        .map((c) => c.name)
        .join(' ')}`.trim()
    : `本报通讯员 ${credits.map((c) => c.name).join(' ')}`;
  const unit = villageUnit(village);
  unitEntity(gold, unit);
  placeRun(gold, [village]);
  const blocks: Block[] = [line(h1), line(h2), gap, line(`——${subtitle}`), line(byline), gap];
  blocks.push(para(`${random.pick(WHEN)}，${town.name}以“${campaign.name}”为抓手，${random.pick(FILLER)}`));
  for (const sub of random.shuffle(SUBHEADS).slice(0, random.int(1, 3))) {
    blocks.push(gap, line(sub), gap);
    blocks.push(para(`${unit.name}${fillers(random, 1)[0]!.replace(/^[^，]*，/, '')}`));
    for (const f of fillers(random, random.int(1, 2))) blocks.push(para(f));
  }
  blocks.push(gap);
  return blocks;
}

export function photo(ctx: StoryContext): Block[] {
  const { random, gold } = ctx;
  const { county, town, village } = ctx.locality();
  const when = random.chance(0.5) ? random.pick(WHEN) : `${random.int(1, 12)}月${random.int(1, 28)}日`;
  const withVillage = random.chance(0.5);
  const where = placeRun(gold, withVillage ? [county, town, village] : [county, town]);
  // `…社区村民` reads as a village: a community's people are 居民.
  const subjects = PHOTO_SUBJECTS.filter((s) => !(withVillage && village.level === 'community' && s === '村民'));
  const title = `${when}，${where}${random.pick(subjects)}${random.pick(PHOTO_ACTIONS)}`;
  const name = ctx.names.reporter(random);
  const role: ReporterRole = random.chance(0.3) ? 'reporter' : 'correspondent';
  const credits: Credit[] = [
    { name, role },
    { name, role: 'photographer' },
  ];
  gold.articles.push({ title, subtitle: null, kind: 'photo', reporters: credits });
  gold.entity('reporter', name);
  gold.relation('WROTE', name, title);
  const who = role === 'reporter' ? '记者' : '通讯员';
  const by = random.chance(0.7) ? `本报${who} ${name} 摄` : `${who} ${name} 摄`;
  const caption = random.chance(0.5) ? `${title}。` : `${title}。这是活动现场。`;
  return [para(caption), line(by), gap];
}
