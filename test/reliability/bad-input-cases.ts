/**
 * The catalogue of bad input: every kind of file a newspaper page should not be, and
 * what the user sees for it through each way in — `npm run ingest` (and `ingestPaths`),
 * `npm run extract` (and `extractPage`), and the `ingestPage` mutation.
 *
 * Bytes are made at run time from a real seed page (nothing large is committed). Each
 * case says what must happen, exactly: a page that is refused names the reason; a page
 * that loads says how many articles it gave and which warnings came with it; a page in
 * another encoding loads as the very same page as the UTF-8 seed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export const SEEDS_DIR = 'seeds';
/** The seed every page-shaped case is made from. */
export const BASE_SEED = '000_9db501005d26fdbc.txt';
/** Articles the extraction finds on the base seed. */
export const BASE_ARTICLES = 8;

const seedBytes = (): Buffer => readFileSync(join(SEEDS_DIR, BASE_SEED));
const seedText = (): string => seedBytes().toString('utf8');
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** The seed's first story credit; cases rewrite it. */
const FIRST_CREDIT = '本报讯（通讯员 肖宁）';
/** The seed's first headline line. */
const FIRST_HEADLINE = '同台竞技强素质';

function replaceOnce(text: string, what: string, by: string): string {
  if (!text.includes(what)) throw new Error(`the base seed no longer holds ${what}`);
  return text.replace(what, by);
}

/** mulberry32: the same "random" bytes on every run. */
function randomBytes(length: number, seed: number): Buffer {
  let a = seed >>> 0;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) >>> 24;
  }
  return out;
}

/** Repeats `unit` until the result holds at least `bytes` bytes of UTF-8. */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

const MB = 1024 * 1024;

/** How a page ends up in the graph through `ingestPaths` / `npm run ingest`. */
export type IngestExpectation =
  /** Refused with this message (the per-file error line; `{path}` stands for the argument); the graph is unchanged. */
  | { refused: string }
  /** Loaded as a new page with this many articles and exactly these warnings. */
  | { loaded: { articles: number; warnings: string[] } }
  /** The very same page as the base seed: its content key is the seed's, so it is recognised as loaded. */
  | { sameAsSeed: true };

/** What `extractPage` returns (and `npm run extract` prints, when ingest would not refuse the file). */
export interface ExtractExpectation {
  articles: number;
  warnings: string[];
}

/** What the `ingestPage` mutation answers when a client sends the file read as UTF-8. */
export type MutationExpectation =
  /** A GraphQL error: HTTP status, extensions.code and message. */
  | { status: number; code: string; message: string }
  /** Refused by the HTTP server before GraphQL: status and the JSON body. */
  | { status: number; body: { error: string } }
  /** Loaded: the result's article count and warnings. */
  | { loaded: { articles: number; warnings: string[] } }
  /** The base seed's content: answered `unchanged`, same as the seed. */
  | { sameAsSeed: true };

export interface BadInputCase {
  /** Also the file name: `<name>.txt`. */
  name: string;
  /** One line for the catalogue table. */
  what: string;
  /** The file's bytes; absent for cases about paths. */
  bytes?: () => Buffer;
  /** For cases about paths: creates what is needed under `dir` and returns the argument to pass. */
  place?: (dir: string) => string;
  ingest: IngestExpectation;
  /** In-process extraction; null for path cases (nothing to extract). */
  extract: ExtractExpectation | null;
  /** null for path cases (there is no file to send). */
  mutation: MutationExpectation | null;
}

const NOT_UTF8_NOR_GB18030 = 'neither UTF-8 nor GB18030; undecodable bytes replaced with U+FFFD';
const REPLACEMENT_CHARACTERS = 'text contains U+FFFD replacement characters (undecodable bytes)';
const UNKNOWN_TOWN = "town 情满社区: not found in the division data for this page's area; kept as written";
const TOO_LARGE = 'page too large: 8,488,408 characters, more than the 1,000,000 one page may hold; not extracted';
const notATextPage = (n: number) => `not a text page (${n} control or undecodable characters; utf-8 tried)`;
const badInput = (message: string): MutationExpectation => ({ status: 200, code: 'BAD_USER_INPUT', message });

export const BAD_INPUT_CASES: readonly BadInputCase[] = [
  {
    name: 'empty',
    what: 'empty file (0 bytes)',
    bytes: () => Buffer.alloc(0),
    ingest: { refused: 'empty file' },
    extract: { articles: 0, warnings: [] },
    mutation: badInput('Invalid argument: text must not be empty'),
  },
  {
    name: 'whitespace-only',
    what: 'only spaces, tabs, ideographic spaces and newlines',
    bytes: () => utf8(' \n\n\t  \u3000\u3000\r\n   \n\n'),
    ingest: { refused: 'not a Chinese newspaper page (0 Chinese characters)' },
    extract: { articles: 0, warnings: [] },
    mutation: badInput('not a Chinese newspaper page (0 Chinese characters)'),
  },
  {
    name: 'binary-random',
    what: '4 KB of random bytes',
    bytes: () => randomBytes(4096, 20230620),
    ingest: { refused: notATextPage(2072) },
    extract: { articles: 1, warnings: [NOT_UTF8_NOR_GB18030, REPLACEMENT_CHARACTERS] },
    mutation: badInput(notATextPage(2072)),
  },
  {
    name: 'binary-png',
    what: 'a PNG image renamed .txt',
    bytes: () =>
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.from('\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0', 'latin1'),
        randomBytes(2048, 89),
      ]),
    ingest: { refused: notATextPage(1093) },
    extract: { articles: 1, warnings: [NOT_UTF8_NOR_GB18030, REPLACEMENT_CHARACTERS] },
    mutation: badInput(notATextPage(1093)),
  },
  {
    name: 'nul-bytes',
    what: '4 KB of zero bytes',
    bytes: () => Buffer.alloc(4096),
    ingest: { refused: notATextPage(4096) },
    extract: { articles: 1, warnings: [] },
    mutation: badInput(notATextPage(4096)),
  },
  {
    name: 'invalid-utf8',
    what: 'the seed page with four bytes that are no UTF-8 (FF FE C3 28) in the middle',
    bytes: () => {
      const b = seedBytes();
      const at = b.indexOf(utf8('志愿者们通过'));
      return Buffer.concat([b.subarray(0, at), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), b.subarray(at)]);
    },
    ingest: { loaded: { articles: 8, warnings: [NOT_UTF8_NOR_GB18030, REPLACEMENT_CHARACTERS] } },
    extract: { articles: 8, warnings: [NOT_UTF8_NOR_GB18030, REPLACEMENT_CHARACTERS] },
    mutation: { loaded: { articles: 8, warnings: [REPLACEMENT_CHARACTERS] } },
  },
  {
    name: 'truncated-utf8',
    what: 'the seed page cut in the middle of a character',
    bytes: () => {
      const b = seedBytes();
      // One byte into the three bytes of the page's last full stop.
      return b.subarray(0, b.lastIndexOf(utf8('。')) + 1);
    },
    ingest: { loaded: { articles: 8, warnings: [NOT_UTF8_NOR_GB18030, REPLACEMENT_CHARACTERS] } },
    extract: { articles: 8, warnings: [NOT_UTF8_NOR_GB18030, REPLACEMENT_CHARACTERS] },
    mutation: { loaded: { articles: 8, warnings: [REPLACEMENT_CHARACTERS] } },
  },
  {
    name: 'cesu-surrogates',
    what: 'the seed page with a lone surrogate written as CESU-8 bytes (ED A0 80)',
    bytes: () => {
      const b = seedBytes();
      const at = b.indexOf(utf8('志愿者们通过'));
      return Buffer.concat([b.subarray(0, at), Buffer.from([0xed, 0xa0, 0x80]), b.subarray(at)]);
    },
    ingest: { loaded: { articles: 8, warnings: [NOT_UTF8_NOR_GB18030, REPLACEMENT_CHARACTERS] } },
    extract: { articles: 8, warnings: [NOT_UTF8_NOR_GB18030, REPLACEMENT_CHARACTERS] },
    mutation: { loaded: { articles: 8, warnings: [REPLACEMENT_CHARACTERS] } },
  },
  {
    name: 'gb18030',
    what: 'the seed page in GB18030',
    bytes: () => iconv.encode(seedText(), 'gb18030'),
    ingest: { sameAsSeed: true },
    extract: { articles: BASE_ARTICLES, warnings: ['not valid UTF-8; decoded as GB18030'] },
    mutation: badInput(notATextPage(3992)),
  },
  {
    name: 'utf16le-bom',
    what: 'the seed page in UTF-16LE with a byte-order mark',
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText(), 'utf16le')]),
    ingest: { sameAsSeed: true },
    extract: { articles: BASE_ARTICLES, warnings: [] },
    mutation: badInput(notATextPage(3162)),
  },
  {
    name: 'utf16be-bom',
    what: 'the seed page in UTF-16BE with a byte-order mark',
    bytes: () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(seedText(), 'utf16le').swap16()]),
    ingest: { sameAsSeed: true },
    extract: { articles: BASE_ARTICLES, warnings: [] },
    mutation: badInput(notATextPage(3299)),
  },
  {
    name: 'utf16le-no-bom',
    what: 'the seed page in UTF-16LE without a byte-order mark',
    bytes: () => Buffer.from(seedText(), 'utf16le'),
    ingest: { sameAsSeed: true },
    extract: {
      articles: BASE_ARTICLES,
      warnings: ['no byte-order mark; decoded as utf-16le from the pattern of zero bytes'],
    },
    mutation: badInput(notATextPage(3160)),
  },
  {
    name: 'utf8-bom',
    what: 'the seed page in UTF-8 with a byte-order mark',
    bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seedBytes()]),
    ingest: { sameAsSeed: true },
    extract: { articles: BASE_ARTICLES, warnings: [] },
    mutation: { sameAsSeed: true },
  },
  {
    name: 'crlf',
    what: 'the seed page with Windows line ends (CR LF)',
    bytes: () => utf8(seedText().replace(/\n/g, '\r\n')),
    ingest: { sameAsSeed: true },
    extract: { articles: BASE_ARTICLES, warnings: [] },
    mutation: { sameAsSeed: true },
  },
  {
    name: 'cr-only',
    what: 'the seed page with old Mac line ends (CR only)',
    bytes: () => utf8(seedText().replace(/\n/g, '\r')),
    ingest: { sameAsSeed: true },
    extract: { articles: BASE_ARTICLES, warnings: [] },
    mutation: { sameAsSeed: true },
  },
  {
    name: 'huge-20mb',
    what: 'a 20 MB page (the seed page repeated)',
    bytes: () => utf8(repeatTo(seedText(), 20 * MB)),
    ingest: { refused: `no articles found (${TOO_LARGE})` },
    extract: { articles: 0, warnings: [TOO_LARGE] },
    mutation: { status: 413, body: { error: 'Request body larger than 2097152 bytes' } },
  },
  {
    name: 'one-line-1mb',
    what: 'one 1 MB line: seed pages with every line break and space lost',
    bytes: () => utf8(repeatTo(seedText().replace(/\s+/g, ''), MB)),
    ingest: { loaded: { articles: 1, warnings: [] } },
    extract: { articles: 1, warnings: [] },
    mutation: { loaded: { articles: 1, warnings: [] } },
  },
  {
    name: 'long-headline',
    what: 'a 5000-character headline line on the seed page',
    bytes: () => utf8(replaceOnce(seedText(), FIRST_HEADLINE, '同台竞技'.repeat(1250))),
    ingest: { loaded: { articles: 9, warnings: [] } },
    extract: { articles: 9, warnings: [] },
    mutation: { loaded: { articles: 9, warnings: [] } },
  },
  {
    name: 'unbalanced-quotes',
    what: 'the seed page with every closing quote removed and stray opening quotes added',
    bytes: () => utf8(seedText().replace(/[”’]/g, '').replace(/。/g, '。“')),
    ingest: { loaded: { articles: 8, warnings: [] } },
    extract: { articles: 8, warnings: [] },
    mutation: { loaded: { articles: 8, warnings: [] } },
  },
  {
    name: 'unbalanced-brackets',
    what: 'the seed page with every closing bracket removed and stray （《【( added',
    bytes: () =>
      utf8(
        seedText()
          .replace(/[）)》】]/g, '')
          .replace(/，/g, '，（《【('),
      ),
    ingest: { loaded: { articles: 8, warnings: [] } },
    extract: { articles: 8, warnings: [] },
    mutation: { loaded: { articles: 8, warnings: [] } },
  },
  {
    name: 'html-markup',
    what: 'the seed page saved as HTML (tags, entities, a script)',
    bytes: () =>
      utf8(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>县域</title>' +
          '<script>var x = "<p>";</script></head><body>\n' +
          seedText()
            .split('\n')
            .map((line) => `<p class="t">${line.replace(/ /g, '&nbsp;')}</p>`)
            .join('\n') +
          '\n</body></html>\n',
      ),
    ingest: { loaded: { articles: 1, warnings: [UNKNOWN_TOWN] } },
    extract: { articles: 1, warnings: [UNKNOWN_TOWN] },
    mutation: { loaded: { articles: 1, warnings: [UNKNOWN_TOWN] } },
  },
  {
    name: 'only-headlines',
    what: 'a page of only headlines (short lines, no story, no byline)',
    bytes: () =>
      utf8(
        [
          '同台竞技强素质',
          '以赛促学提能力',
          '警惕高息诱惑',
          '远离非法集资',
          '点亮微心愿',
          '温暖困难居民',
          '粽享端午',
          '情暖邻里',
        ].join('\n\n') + '\n',
      ),
    ingest: { loaded: { articles: 1, warnings: [] } },
    extract: { articles: 1, warnings: [] },
    mutation: { loaded: { articles: 1, warnings: [] } },
  },
  {
    name: 'byline-ten-names',
    what: 'the seed page with a byline crediting ten people',
    bytes: () =>
      utf8(replaceOnce(seedText(), FIRST_CREDIT, '本报讯（记者 张伟 王芳 李娜 刘洋 陈静 杨磊 赵敏 黄勇 周杰 吴婷）')),
    ingest: { loaded: { articles: 8, warnings: [] } },
    extract: { articles: 8, warnings: [] },
    mutation: { loaded: { articles: 8, warnings: [] } },
  },
  {
    name: 'hostile-names',
    what: 'the seed page with \' " \\ ` } in a headline, a byline and a unit name',
    bytes: () => {
      let text = replaceOnce(seedText(), FIRST_HEADLINE, `同台'竞"技\\强\`素}质`);
      text = replaceOnce(text, FIRST_CREDIT, `本报讯（通讯员 肖'宁 王"五 张\\三 李\`四 赵}六）`);
      return utf8(text.replace('双辽市财政局', `双辽市'财"政\\局\`}`));
    },
    ingest: { loaded: { articles: 8, warnings: [] } },
    extract: { articles: 8, warnings: [] },
    mutation: { loaded: { articles: 8, warnings: [] } },
  },
  {
    name: 'cypher-keywords',
    what: "the seed page with Cypher in a headline (MERGE局…'}) …) and a byline (MERGE DELETE $key {x: null})",
    bytes: () => {
      // A headline line of mostly Latin letters reads as a masthead and is dropped, so the
      // keyword goes where a title keeps it.
      let text = replaceOnce(seedText(), FIRST_HEADLINE, "MERGE局同台竞技'})强素质");
      text = replaceOnce(text, FIRST_CREDIT, '本报讯（通讯员 MERGE DELETE $key {x: null}）');
      return utf8(text);
    },
    ingest: { loaded: { articles: 8, warnings: [] } },
    extract: { articles: 8, warnings: [] },
    mutation: { loaded: { articles: 8, warnings: [] } },
  },
  {
    name: 'control-chars-few',
    what: 'the seed page with five control characters (BEL, ESC, backspace, NUL, DEL)',
    bytes: () => utf8(replaceOnce(seedText(), '志愿者们通过', '志愿者\x07们\x1b通\b过\0\x7f')),
    ingest: { loaded: { articles: 8, warnings: [] } },
    extract: { articles: 8, warnings: [] },
    mutation: { loaded: { articles: 8, warnings: [] } },
  },
  {
    name: 'control-chars-many',
    what: 'the seed page with a terminal colour code after every full stop',
    bytes: () => utf8(seedText().replace(/。/g, '。\x1b[31m\x07')),
    ingest: { refused: notATextPage(80) },
    extract: { articles: 8, warnings: [] },
    mutation: badInput(notATextPage(80)),
  },
  {
    name: 'zero-width',
    what: 'the seed page with zero-width spaces and byte-order marks inside names',
    bytes: () => utf8(seedText().replace(/双辽市/g, '双\u200b辽\ufeff市')),
    ingest: { loaded: { articles: 8, warnings: [] } },
    extract: { articles: 8, warnings: [] },
    mutation: { loaded: { articles: 8, warnings: [] } },
  },
  {
    name: 'astral-characters',
    what: 'the seed page with characters outside the BMP (𠮷, emoji) in names',
    bytes: () => utf8(replaceOnce(seedText(), FIRST_CREDIT, '本报讯（通讯员 𠮷野家 😀）')),
    ingest: { loaded: { articles: 8, warnings: [] } },
    extract: { articles: 8, warnings: [] },
    mutation: { loaded: { articles: 8, warnings: [] } },
  },
  {
    name: 'english-only',
    what: 'a page of English text (no Chinese)',
    bytes: () => utf8('Local news\n\nThe county held a sports day on Tuesday. Reporter: John Smith\n'.repeat(40)),
    ingest: { refused: 'not a Chinese newspaper page (0 Chinese characters)' },
    extract: { articles: 1, warnings: [] },
    mutation: badInput('not a Chinese newspaper page (0 Chinese characters)'),
  },
  {
    name: 'few-chinese',
    what: 'a short note with 19 Chinese characters',
    bytes: () => utf8('双辽市玻璃山镇开展主题宣传活动，远离非法\n'),
    ingest: { refused: 'not a Chinese newspaper page (19 Chinese characters)' },
    extract: { articles: 1, warnings: [] },
    mutation: badInput('not a Chinese newspaper page (19 Chinese characters)'),
  },
  {
    name: 'numbers-table',
    what: 'a table of figures with Chinese column names and no story',
    bytes: () =>
      utf8(
        [
          '双辽市二〇二三年五月主要经济指标',
          '指标名称 单位 本月 累计 同比增长',
          '地区生产总值 亿元 12.3 56.7 5.1%',
          '固定资产投资 亿元 3.2 14.8 7.4%',
          '社会消费品零售总额 亿元 4.1 19.9 6.2%',
          '城镇居民人均可支配收入 元 3120 15240 4.8%',
        ].join('\n') + '\n',
      ),
    ingest: { loaded: { articles: 1, warnings: [] } },
    extract: { articles: 1, warnings: [] },
    mutation: { loaded: { articles: 1, warnings: [] } },
  },
  {
    name: 'many-short-lines',
    what: '20,000 one-character lines',
    bytes: () => utf8('活\n'.repeat(20_000)),
    ingest: { loaded: { articles: 1, warnings: [] } },
    extract: { articles: 1, warnings: [] },
    mutation: { loaded: { articles: 1, warnings: [] } },
  },
  {
    name: 'missing-path',
    what: 'a path that does not exist',
    place: (dir) => join(dir, 'no-such-page.txt'),
    ingest: { refused: "ENOENT: no such file or directory, stat '{path}'" },
    extract: null,
    mutation: null,
  },
  {
    name: 'empty-directory',
    what: 'a directory with no .txt file',
    place: (dir) => {
      const path = join(dir, 'empty-directory');
      mkdirSync(path);
      return path;
    },
    ingest: { refused: 'no .txt files in the directory' },
    extract: null,
    mutation: null,
  },
  {
    name: 'dangling-symlink',
    what: 'a symbolic link to a file that is gone',
    place: (dir) => {
      const path = join(dir, 'dangling-symlink.txt');
      symlinkSync(join(dir, 'gone.txt'), path);
      return path;
    },
    ingest: { refused: "ENOENT: no such file or directory, stat '{path}'" },
    extract: null,
    mutation: null,
  },
  {
    name: 'named-pipe',
    what: 'a named pipe (FIFO) where a page should be: reading it would wait for ever',
    place: (dir) => {
      const path = join(dir, 'named-pipe.txt');
      execFileSync('mkfifo', [path]);
      return path;
    },
    ingest: { refused: 'not a regular file: a named pipe (FIFO); only page files are read' },
    extract: null,
    mutation: null,
  },
  {
    name: 'glob-matching-nothing',
    what: 'a glob that matches no file',
    place: (dir) => join(dir, 'zzz-*.txt'),
    ingest: { refused: 'no file matches' },
    extract: null,
    mutation: null,
  },
];

/** Cases that are files, with the bytes to write. */
export const FILE_CASES = BAD_INPUT_CASES.filter((c) => c.bytes !== undefined);
/** Cases about paths (nothing to read). */
export const PATH_CASES = BAD_INPUT_CASES.filter((c) => c.place !== undefined);
