/**
 * A normalised page → its stories.
 *
 * Pages print several stories in columns, and the OCR reads them in an order
 * that is not the reading order of a person: one paper prints a news item's
 * headline *after* its body, a long feature may put its headline at the top of
 * the page and its body at the bottom. So the segmenter first cuts the page into
 * pieces by what each paragraph is (lead, headline, credit, caption, text), and
 * then gives each headline to the story whose text it talks about.
 */
import type { Article, Credit, NormalizedText, PageHeader } from './types.js';
import { locateHeader, type HeaderLayout } from './header.js';
import { TRAILING_CREDIT, dedupeCredits, isBareNameCredit, isBylineText, parseByline } from './byline.js';
import { surnameLength } from './text/surnames.js';
import { paragraphsOf, type Paragraph } from './text/paragraphs.js';
import { LEAD_PREFIX, REPORTED_BY } from './text/lineJoin.js';
import { inlinePhotoCredit, paragraphRoles, type ParagraphRole } from './text/layout.js';
import { isDashLine, readHeadline } from './text/headline.js';
import { matchHeadlines, type BodyPiece, type HeadlinePiece } from './text/attach.js';

/** Where a title, subtitle or byline of an article sits, for finding mentions outside the body. */
export interface ArticlePart {
  article: number;
  role: 'title' | 'subtitle' | 'byline';
  /** [start, end) in NormalizedText.text. */
  start: number;
  end: number;
}

export interface Segmentation {
  articles: Article[];
  /** The non-body text of each article (headline lines, credits), by position. */
  parts: ArticlePart[];
  warnings: string[];
}

/**
 * Accepts the header layout from `locateHeader` (or a plain PageHeader, or none:
 * the masthead lines to skip are then located again from the text).
 */
export function segmentPage(n: NormalizedText, header?: HeaderLayout | PageHeader): Article[] {
  return segmentPageDetailed(n, header).articles;
}

type Piece =
  | { kind: 'headline'; paras: Paragraph[]; credit: Paragraph | null; moreCredits?: Paragraph[] }
  | { kind: 'body'; paras: Paragraph[]; credits: Paragraph[] }
  | { kind: 'caption'; para: Paragraph; credit: Paragraph | null };

export function segmentPageDetailed(n: NormalizedText, header?: HeaderLayout | PageHeader): Segmentation {
  const warnings: string[] = [];
  const layout = header !== undefined && 'furniture' in header ? header : locateHeader(n);
  const inFurniture = (p: Paragraph): boolean => layout.furniture.some((r) => p.start < r.end && p.end > r.start);
  const paras = paragraphsOf(n).filter((p) => !inFurniture(p));
  const pieces = cutPieces(paras, paragraphRoles(paras));
  const { headlines, bodies } = indexPieces(pieces);
  const owner = matchHeadlines(headlines, bodies);
  mergeContinuations(pieces, bodies, owner);

  const drafts: Draft[] = [];
  pieces.forEach((piece, i) => {
    if (piece.kind === 'caption') drafts.push(captionDraft(n, piece));
    if (piece.kind !== 'body' || piece.paras.length === 0) return;
    const h = owner.get(i);
    drafts.push(storyDraft(n, piece, h === undefined ? null : (pieces[h] as Extract<Piece, { kind: 'headline' }>)));
  });
  headlines.forEach((h) => {
    if ([...owner.values()].includes(h.piece)) return;
    const piece = pieces[h.piece] as Extract<Piece, { kind: 'headline' }>;
    warnings.push(`headline without a story text: ${piece.paras[0]?.text ?? ''}`);
    drafts.push(storyDraft(n, { kind: 'body', paras: [], credits: [] }, piece));
  });
  creditFromSite(drafts, layout.siteCredits ?? []);
  shareSeriesCredit(drafts, n);
  return finish(n, drafts, warnings);
}

/** A caption's number in a series of photos (①…②…). */
const SERIES_NUMBER = /^\s*[①②③④⑤⑥⑦⑧⑨⑩]/u;

/**
 * `①学生清扫街道…` / `②学生领取… 本报记者 某某 摄`: the credit after the last photo of a
 * numbered series credits every photo of it that has none of its own.
 */
function shareSeriesCredit(drafts: Draft[], n: NormalizedText): void {
  const photos = drafts.filter((d) => d.kind === 'photo').sort((a, b) => a.bodyStart - b.bodyStart);
  let series: Draft[] = [];
  const close = (): void => {
    const credit = series.at(-1)?.bylines.at(-1);
    if (credit !== undefined) for (const d of series) if (d.bylines.length === 0) d.bylines.push(credit);
    series = [];
  };
  for (const d of photos) {
    if (!SERIES_NUMBER.test(n.text.slice(d.bodyStart, d.bodyStart + 3))) {
      close();
      continue;
    }
    series.push(d);
    if (d.bylines.length > 0) close();
  }
  close();
}

/** Groups paragraphs into headline groups, story text runs and captions. */
function cutPieces(paras: readonly Paragraph[], roles: readonly ParagraphRole[]): Piece[] {
  const pieces: Piece[] = [];
  const lastBody = (): Extract<Piece, { kind: 'body' }> | null => {
    const last = pieces[pieces.length - 1];
    return last?.kind === 'body' ? last : null;
  };
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const role = roles[i]!;
    if (role === 'caption') {
      const credit = roles[i + 1] === 'credit' ? paras[++i]! : null;
      pieces.push({ kind: 'caption', para: p, credit });
    } else if (role === 'heading') {
      const group = [p];
      // A picture printed inside a headline (title, photo and caption, subtitle, story):
      // the caption is a photo of its own, the headline lines around it are one.
      const inset: Piece[] = [];
      for (;;) {
        while (roles[i + 1] === 'heading') group.push(paras[++i]!);
        // One caption or a numbered run of them (①…, ②… 某某 摄), each with its credit line if any.
        let j = i + 1;
        while (roles[j] === 'caption') j += roles[j + 1] === 'credit' ? 2 : 1;
        const resume = roles[j];
        if (j === i + 1 || (resume !== 'heading' && resume !== 'lead')) break;
        while (i + 1 < j) {
          const caption = paras[++i]!;
          inset.push({ kind: 'caption', para: caption, credit: roles[i + 1] === 'credit' ? paras[++i]! : null });
        }
        if (resume === 'lead') break;
      }
      const credit = roles[i + 1] === 'credit' ? paras[++i]! : null;
      const next = roles[i + 1];
      const previous = pieces[pieces.length - 1];
      const closing = previous?.kind === 'body' ? closingHeadline(group) : [];
      if (closing.length > 0) {
        // `…讲授种植技术。` / `乡村振兴大讲堂开讲` / `为民服务“零距离”` / `——记…`: the first
        // block is the story above's headline, printed after it; the rest heads the next one.
        pieces.push({ kind: 'headline', paras: closing, credit: null });
        group.splice(0, closing.length);
      }
      if (inset.length > 0 || isStoryHeadline(group, credit, next, pieces[pieces.length - 1])) {
        pieces.push(...inset, { kind: 'headline', paras: group, credit });
      } else {
        // A section heading inside a long story: it stays in the story's text.
        const body = lastBody() ?? pushBody(pieces);
        body.paras.push(...group);
        if (credit) body.credits.push(credit);
      }
    } else if (role === 'credit') {
      const last = pieces[pieces.length - 1];
      if (last?.kind === 'headline' && last.credit !== null) {
        // `□本报记者 付生` / `通讯员 于明鹏 郭雅靖`: a byline printed on two lines.
        (last.moreCredits ??= []).push(p);
        continue;
      }
      // A credit under a story's text closes that story (`记者 王伟 通讯员 林芳`).
      const body = lastBody();
      if (body) body.credits.push(p);
      else pieces.push({ kind: 'headline', paras: [], credit: p });
    } else {
      const body = lastBody();
      const closed = body !== null && body.credits.length > 0;
      if (role === 'lead' || body === null || closed) pushBody(pieces).paras.push(p);
      else body.paras.push(p);
    }
  }
  return pieces;
}

/**
 * A headline group with a —— subtitle reads title, then subtitle; a second block of
 * title lines before the title is no kicker but another story's headline. Returns
 * that first block (empty when the group is one headline).
 */
function closingHeadline(group: readonly Paragraph[]): Paragraph[] {
  const dash = group.findIndex((p) => isDashLine(p.text));
  if (dash < 0) return [];
  const blockStarts = group.slice(1, dash).filter((p) => p.gapBefore > 0);
  if (blockStarts.length === 0) return [];
  return group.slice(0, group.indexOf(blockStarts[0]!));
}

function pushBody(pieces: Piece[]): Extract<Piece, { kind: 'body' }> {
  const body: Extract<Piece, { kind: 'body' }> = { kind: 'body', paras: [], credits: [] };
  pieces.push(body);
  return body;
}

/**
 * A heading group heads a story (rather than a section of one) when it has the
 * furniture of a story: a subtitle or —— line, its own byline, a news lead right
 * under it, or nothing but other stories' ends and page edges around it.
 */
function isStoryHeadline(
  group: readonly Paragraph[],
  credit: Paragraph | null,
  next: ParagraphRole | undefined,
  previous: Piece | undefined,
): boolean {
  if (credit || group.some((p) => isDashLine(p.text))) return true;
  if (readHeadline(group).parts >= 2) return true;
  if (next === 'lead' || next === undefined) return true;
  if (previous === undefined || previous.kind !== 'body') return true;
  // A short news item (本报讯…) has no section headings: a heading after one starts a story.
  if (previous.paras[0] && LEAD_PREFIX.test(previous.paras[0].text)) return true;
  return previous.credits.length > 0;
}

function indexPieces(pieces: readonly Piece[]): { headlines: HeadlinePiece[]; bodies: BodyPiece[] } {
  const headlines: HeadlinePiece[] = [];
  const bodies: BodyPiece[] = [];
  pieces.forEach((p, i) => {
    if (p.kind === 'headline' && p.paras.length > 0) {
      const h = readHeadline(p.paras);
      headlines.push({
        piece: i,
        text: `${h.title ?? ''}${h.subtitle ?? ''}`,
        feature: p.credit !== null || p.paras.some((q) => isDashLine(q.text)),
      });
    }
    if (p.kind === 'body' && p.paras.length > 0) {
      const lead = LEAD_PREFIX.exec(p.paras[0]!.text);
      bodies.push({
        piece: i,
        text: p.paras.map((q) => q.text).join('\n'),
        hasLead: lead !== null,
        creditedLead: lead !== null && /[（(]/.test(lead[0]),
      });
    }
  });
  return { headlines, bodies };
}

/**
 * A story text without a lead or headline of its own, separated from the story
 * before it only by photo captions, is that story going on around a picture.
 */
function mergeContinuations(pieces: Piece[], bodies: readonly BodyPiece[], owner: Map<number, number>): void {
  for (const b of bodies) {
    if (b.hasLead || owner.has(b.piece)) continue;
    let j = b.piece - 1;
    while (j >= 0 && pieces[j]!.kind === 'caption') j--;
    const target = pieces[j];
    if (j === b.piece - 1 || target?.kind !== 'body' || target.paras.length === 0) continue;
    const piece = pieces[b.piece] as Extract<Piece, { kind: 'body' }>;
    target.paras.push(...piece.paras);
    target.credits.push(...piece.credits);
    piece.paras = [];
  }
}

interface Draft {
  kind: Article['kind'];
  title: string | null;
  subtitle: string | null;
  bylines: Array<{ text: string; start: number; end: number }>;
  bodyStart: number;
  bodyEnd: number;
  headline: Paragraph[];
  extent: Array<{ start: number; end: number }>;
}

function storyDraft(
  n: NormalizedText,
  body: Extract<Piece, { kind: 'body' }>,
  headline: Extract<Piece, { kind: 'headline' }> | null,
): Draft {
  const first = body.paras[0];
  const last = body.paras[body.paras.length - 1];
  const lead = first ? LEAD_PREFIX.exec(first.text) : null;
  const bylines: Draft['bylines'] = [];
  if (headline?.credit) bylines.push(rangeOf(headline.credit));
  bylines.push(...(headline?.moreCredits ?? []).map(rangeOf));
  if (first && lead)
    bylines.push({ text: lead[0].trim(), start: first.start, end: first.start + lead[0].trimEnd().length });
  bylines.push(...body.credits.map(rangeOf));
  for (const p of body.paras) {
    const reported = REPORTED_BY.exec(p.text);
    if (reported) bylines.push({ text: reported[0], start: p.start, end: p.start + reported[0].length });
  }
  const bodyStart = first ? first.start + (lead?.[0].length ?? 0) : (headline?.paras.at(-1)?.end ?? 0);
  let bodyEnd = last ? last.end : bodyStart;
  const found = last ? (TRAILING_CREDIT.exec(last.text) ?? closingCredit(last.text)) : null;
  // Names alone in the brackets must read as names (`(秦融)`, not `(左图)`).
  const trailing = found && (/记者|通讯员|实习生/u.test(found[1]!) || isBareNameCredit(found[1]!)) ? found : null;
  if (last && trailing) {
    // `…法治课。（记者 孙磊）`: the credit closes the story's text, it is not part of it.
    const start = last.start + trailing.index + trailing[0].indexOf(trailing[1]!);
    bylines.push({ text: trailing[1]!, start, end: start + trailing[1]!.length });
    bodyEnd = Math.max(bodyStart, last.start + trailing.index);
  }
  const h = headline && headline.paras.length > 0 ? readHeadline(headline.paras) : null;
  const feature = headline !== null && (headline.credit !== null || headline.paras.some((p) => isDashLine(p.text)));
  return {
    kind: feature && !lead ? 'feature' : 'news',
    title: h?.title ?? leadSentence(n.text.slice(bodyStart, bodyEnd)),
    subtitle: h?.subtitle ?? null,
    bylines,
    bodyStart,
    bodyEnd,
    headline: headline?.paras ?? [],
    extent: [
      ...(headline?.paras ?? []).map(rangeOf),
      ...(headline?.credit ? [rangeOf(headline.credit)] : []),
      ...(headline?.moreCredits ?? []).map(rangeOf),
      ...body.paras.map(rangeOf),
      ...body.credits.map(rangeOf),
    ],
  };
}

function captionDraft(n: NormalizedText, piece: Extract<Piece, { kind: 'caption' }>): Draft {
  const p = piece.para;
  const inline = inlinePhotoCredit(p.text);
  const bodyEnd = inline ? p.start + inline.index : p.end;
  const bylines = piece.credit ? [rangeOf(piece.credit)] : [];
  if (inline) bylines.push({ text: inline[1]!, start: p.end - inline[1]!.length, end: p.end });
  return {
    kind: 'photo',
    title: leadSentence(n.text.slice(p.start, bodyEnd)),
    subtitle: null,
    bylines,
    bodyStart: p.start,
    bodyEnd,
    headline: [],
    extent: [rangeOf(p), ...(piece.credit ? [rangeOf(piece.credit)] : [])],
  };
}

function rangeOf(p: Paragraph): { text: string; start: number; end: number } {
  return { text: p.text, start: p.start, end: p.end };
}

/** First sentence without its closing mark: a caption's title, or an untitled item's. */
export function leadSentence(text: string): string | null {
  // `①日前，…`: a caption's number in a series of photos is no part of its title.
  const m = /^[^。！？!?\n]+/.exec(text.trim().replace(/^[?？!！、，,.。·•\s①②③④⑤⑥⑦⑧⑨⑩]+/u, ''));
  return m ? m[0].trim() : null;
}

/**
 * `…建设。记者 柴琳琳 通讯员 薛新芳 文/图`: credits written as the last words of a story's
 * last paragraph, without brackets. Shaped like TRAILING_CREDIT's match (group 1 is the credit).
 */
function closingCredit(text: string): RegExpExecArray | null {
  const m = /(?<=[。！？!?”])\s*((?:本报)?(?:记者|通讯员)[^。！？，,]{2,40})$/u.exec(text);
  return m !== null && isBylineText(m[1]!) ? m : null;
}

/** A site's `作者:` line credits the first story below it that has no byline of its own. */
function creditFromSite(drafts: Draft[], credits: NonNullable<HeaderLayout['siteCredits']>): void {
  for (const c of credits) {
    const next = drafts.filter((d) => d.bodyStart >= c.end).sort((a, b) => a.bodyStart - b.bodyStart)[0];
    // `作者:本通` abbreviates the desk; only personal names credit the story.
    const named = parseByline(c.text).every((credit) => surnameLength(credit.name) > 0);
    if (named && next !== undefined && next.bylines.every((b) => parseByline(b.text).length === 0))
      next.bylines.push(c);
  }
}

function finish(n: NormalizedText, drafts: Draft[], warnings: string[]): Segmentation {
  drafts.sort((a, b) => a.bodyStart - b.bodyStart);
  const parts: ArticlePart[] = [];
  const articles = drafts.map((d, index): Article => {
    const reporters: Credit[] = dedupeCredits(d.bylines.flatMap((b) => parseByline(b.text)));
    for (const b of d.bylines) parts.push({ article: index, role: 'byline', start: b.start, end: b.end });
    d.headline.forEach((p) => {
      parts.push({ article: index, role: isDashLine(p.text) ? 'subtitle' : 'title', start: p.start, end: p.end });
    });
    const start = Math.min(...d.extent.map((e) => e.start), d.bodyStart);
    const end = Math.max(...d.extent.map((e) => e.end), d.bodyEnd);
    return {
      index,
      kind: d.kind,
      title: d.title,
      subtitle: d.subtitle,
      byline: d.bylines.map((b) => b.text).join(' ') || null,
      reporters,
      body: n.text.slice(d.bodyStart, d.bodyEnd),
      bodyOffset: d.bodyStart,
      span: n.spanToOriginal(start, end),
    };
  });
  return { articles, parts, warnings };
}
