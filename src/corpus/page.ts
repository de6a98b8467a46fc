/**
 * One generated page: a header, then a mix of news items, a feature and photo
 * captions, laid out in one column width with OCR noise; and its gold.
 */
import type { PageDocument } from '../eval/document.js';
import { feature, newsItem, photo, type Block, type StoryContext } from './articles.js';
import type { Campaign } from './campaigns.js';
import { PageGold } from './expected.js';
import { makeHeader, pageDate } from './header.js';
import type { NamePool } from './names.js';
import { layoutStyle, setParagraph } from './noise.js';
import type { PlacePool } from './places.js';
import type { Random } from './random.js';

export interface World {
  places: PlacePool;
  names: NamePool;
  campaigns: readonly Campaign[];
}

export interface GeneratedPage {
  /** File name of the page text (`c0000_<seed>.txt`). */
  file: string;
  text: string;
  expected: PageDocument;
}

function render(random: Random, blocks: readonly Block[]): string[] {
  const style = layoutStyle(random);
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'gap') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    } else if (b.kind === 'line') {
      out.push(b.text);
    } else {
      out.push(...setParagraph(random, b.text, style));
      if (random.chance(0.3)) out.push('');
    }
  }
  return out;
}

export function generatePage(random: Random, world: World, file: string): GeneratedPage {
  const gold = new PageGold(file);
  const area = world.places.pickArea(random);
  const { prefecture } = world.places.area(area);
  const editors = random.chance(0.5)
    ? [world.names.person(random)]
    : [world.names.person(random), world.names.person(random)];
  const head = makeHeader(random, prefecture, pageDate(random), editors, world.names.person(random));
  gold.page = head.header;
  const ctx: StoryContext = {
    random,
    names: world.names,
    campaigns: world.campaigns,
    gold,
    headlineAfter: random.chance(0.6),
    // Most stories stay in the paper's area; a few come from anywhere it covers.
    locality: () => world.places.locality(random, random.chance(0.85) ? area : world.places.pickArea(random)),
  };
  const writers = [
    ...Array.from({ length: random.int(2, 4) }, () => newsItem),
    ...(random.chance(0.6) ? [feature] : []),
    ...Array.from({ length: random.int(0, 3) }, () => photo),
  ];
  const blocks = random.shuffle(writers).flatMap((write) => write(ctx));
  const lines = [...head.lines, '', ...render(random, blocks)];
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { file, text: `${lines.join('\n')}\n`, expected: gold.document() };
}
