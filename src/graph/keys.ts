/**
 * Identity in the graph: every node has a `key` that a re-run computes again from the
 * same text, and ingest MERGEs on it. Pure functions, no database.
 *
 *   Town      town:<NBS code>                      when resolved against the official data
 *             town:<parent key>/<name>             else, under its nearest parent
 *             town:<name>                          else (no parent known)
 *   Unit      unit:<canonical name>                see canonicalUnitName
 *   Campaign  campaign:<canonical name>            see canonicalCampaignName
 *   Reporter  reporter:<name>     Person  person:<name>
 *   Page      page:<sha256 of the decoded text, 24 hex>
 *   Article   article:<sha256 of page file + article text, 24 hex>
 *   Event     event:<article hash>:<n>
 *
 * Keys carry their label as a prefix, so one list of keys can name nodes of any label
 * and a key can never collide across labels.
 */
import { createHash } from 'node:crypto';
import type { TownResolution } from '../extract/types.js';

/** Removes every kind of white space (OCR letter-spacing included) and folds full-width ASCII. */
export function compact(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00A0\u200B\uFEFF]+/gu, '')
    .normalize('NFC');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The text a page's hash is taken over: the decoded text with line endings unified, so
 * the same page saved as UTF-8 or GB18030, with CRLF or LF, is recognised as one page.
 */
export function normalisedPageText(decoded: string): string {
  return decoded
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

const HASH_CHARS = 24;

export function pageKey(pageSha256: string): string {
  return `page:${pageSha256.slice(0, HASH_CHARS)}`;
}

/**
 * An article is its own text on its page: editing one story changes that story's key
 * only, and a re-run of an unchanged page recomputes every key.
 */
export function articleKey(file: string, articleText: string): string {
  return `article:${sha256(`${file}\n${compact(articleText)}`).slice(0, HASH_CHARS)}`;
}

export function eventKey(articleKeyValue: string, n: number): string {
  return `event:${articleKeyValue.slice('article:'.length)}:${n}`;
}

export function reporterKey(name: string): string {
  return `reporter:${compact(name)}`;
}

export function personKey(name: string): string {
  return `person:${compact(name)}`;
}

/** A name as shown: as written, trimmed. Keys use `compact`; names keep what the page printed. */
export function displayName(name: string): string {
  return name.trim().normalize('NFC');
}

/** The name a town node shows: the official name when resolved, else the page's fullest form. */
export function townDisplayName(name: string, resolution: TownResolution | undefined): string {
  return displayName(resolution?.officialName ?? name);
}

type ParentChain = TownResolution['parents'];

/**
 * Official division codes as the graph stores them: the NBS code's significant digits
 * (22 a province, 2203 a city, 220382 a county, 220382003 a town, 220382003005 a village).
 * People write them as published: six digits down to counties (220000, 220300), nine for
 * towns, twelve for villages, or twelve for all (220300000000). These convert between them.
 */
export function storedTownCode(written: string): string | null {
  const digits = written.trim();
  if (!/^(?:\d{6}|\d{9}|\d{12})$/u.test(digits)) return null;
  let code = digits;
  if (code.length === 12 && code.endsWith('000')) code = code.slice(0, 9);
  if (code.length === 9 && code.endsWith('000')) code = code.slice(0, 6);
  if (code.length === 6 && code.endsWith('00')) code = code.slice(0, 4);
  if (code.length === 4 && code.endsWith('00')) code = code.slice(0, 2);
  return code;
}

/** The published form of a stored code: six digits down to counties, then nine and twelve. */
export function publishedTownCode(stored: string): string {
  return stored.length < 6 ? stored.padEnd(6, '0') : stored;
}

/** Key of a town given its code, or its name under its parent chain (nearest first). */
export function townKey(name: string, code: string | null, parents: ParentChain = []): string {
  if (code) return `town:${code}`;
  const [parent, ...rest] = parents;
  if (!parent) return `town:${compact(name)}`;
  return `${townKey(parent.name, parent.code, rest)}/${compact(name)}`;
}

/** Separators that vary between printings of one slogan: “警惕高息诱惑，远离非法集资” = “警惕高息诱惑 远离非法集资”. */
const CAMPAIGN_SEPARATORS = /[，,、·•・．.；;：:！!？?“”‘’"'「」『』《》〈〉（）()【】[\]—–\-_~～…]/gu;

/** Canonical campaign name: no white space, no quotes or separators; `+`, digits and letters kept (1+4+N ≠ 14N). */
export function canonicalCampaignName(name: string): string {
  return compact(name).replace(CAMPAIGN_SEPARATORS, '').toLowerCase();
}

export function campaignKey(name: string): string {
  return `campaign:${canonicalCampaignName(name) || compact(name)}`;
}

/** How a town is written on one page: its canonical name and the other forms the page used. */
export interface TownForms {
  name: string;
  aliases: readonly string[];
}

/**
 * Canonical unit name: white space removed; a subdistrict written the short way inside
 * the name (`开元路街社工站`) spelt in full (`开元路街道社工站`) when the page knows the
 * town by both forms — only that pattern, because a blind 街 → 街道 rewrite would turn
 * `西大街党工委` into the wrong `西大街道党工委` (the town is 西大街街道).
 */
export function canonicalUnitName(name: string, towns: readonly TownForms[] = []): string {
  let out = compact(name);
  for (const town of towns) {
    const full = compact(town.name);
    if (!full.endsWith('街道')) continue;
    for (const alias of town.aliases) {
      const short = compact(alias);
      if (`${short}道` !== full) continue;
      out = replaceShortForm(out, short, full);
    }
  }
  return out;
}

/** Replaces `short` where it is not already the start of `full`. */
function replaceShortForm(text: string, short: string, full: string): string {
  let result = '';
  let from = 0;
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
    if (text.startsWith(full, at)) continue;
    result += text.slice(from, at) + full;
    from = at + short.length;
  }
  return result + text.slice(from);
}

export function unitKey(canonicalName: string): string {
  return `unit:${canonicalName}`;
}

/** A unit written with a bare level prefix (`市人社局`, `区委组织部`, `县妇联`): the prefix character. */
export function shorthandPrefix(name: string): '市' | '县' | '区' | null {
  const c = compact(name);
  const first = c.charAt(0);
  if (first !== '市' && first !== '县' && first !== '区') return null;
  if (c.length < 3) return null;
  // 市场监管局, 市民广场, 区域…: words that start with the character, not a level prefix.
  if (/^(市场|市民(?!政)|区域|区间|县城)/u.test(c)) return null;
  return first;
}

/** Shared-node keys sorted by the label their prefix names, so a statement seeks each key under its own label only. */
export function keysByLabel(keys: Iterable<string>): {
  towns: string[];
  units: string[];
  campaigns: string[];
  reporters: string[];
  persons: string[];
} {
  const out = {
    towns: [] as string[],
    units: [] as string[],
    campaigns: [] as string[],
    reporters: [] as string[],
    persons: [] as string[],
  };
  const listOf: Record<string, string[]> = {
    town: out.towns,
    unit: out.units,
    campaign: out.campaigns,
    reporter: out.reporters,
    person: out.persons,
  };
  for (const key of new Set(keys)) listOf[key.slice(0, key.indexOf(':'))]?.push(key);
  return out;
}
