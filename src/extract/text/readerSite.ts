/**
 * E-paper reader furniture: what a newspaper's reading site (or a portal reprinting a
 * story) prints around the story when its page is saved as text — navigation (版面导航,
 * 上一版/下一版, 返回目录, 放大 缩小), the list of the issue's pages (第01版 要闻 …), the
 * page's headlines as links, breadcrumbs (您当前的位置:首页 > …), site menus
 * (`焦作日报 | 焦作晚报 | 焦作网`), share buttons, adverts, copyright lines, and the
 * metadata lines some sites leave (`时间:2017-03-20 来源:某某日报`, `content_105015.html`).
 *
 * None of it is a story. The header still reads the page's date, number, section and
 * paper from it, so these paragraphs are handed to the header as its strip.
 */
import type { Paragraph } from './paragraphs.js';
import { LEAD_PREFIX } from './lineJoin.js';
import { DESK_ROLE, MEDIA_NAME, PAPER_NAME } from './furniture.js';
import { isBylineText } from '../byline.js';
import { boundedMemo } from '../memo.js';
import { ROLE_HEAD } from '../lexicon/credits.js';
import { isPlaceLabel } from './headline.js';

/** Words that only a reading site prints: navigation, view and share tools, link-list markers. */
const NAV_WORD = new RegExp(
  [
    '版面导航|标题导航|本版导航|本版标题|版面目录|版面概览|本期导航|上一版|下一版|前一版|后一版|上一期|下一期',
    '上一篇|下一篇|上篇|下篇|放大|缩小|默认|返回目录|返回首页|返回主页|返回顶部|返回版面|返回[\\u4e00-\\u9fff]{1,8}网|返回',
    '通版阅读|展开通版|收缩通版|当前版|请点击|发布日期|PDF版?|PDF下载|数字报纸?|电子报阅读机|电子报|电子版|数字版|推荐阅读|相关阅读|相关新闻|相关文章|相关推荐|新闻推荐',
    '热点推荐|往期回顾|往期|朗读|分享到|分享按钮|打印本页|打印|关闭窗口|收藏本页|字号|网站首页|首页|本期共\\d+版|版面|版次',
    '搜\\s*索|大字|中字|小字|A\\+|A-|微信|朋友圈|微博|QQ空间|反侵权|网站地图|广告服务|关于我们|联系我们|网站公告',
    '精彩图片|权威发布|便民信息|图吧|焦点图片|[«»]|<<|>>',
    '用户名|密码|注册|找回密码|登录|登陆|退出|文章搜索|今日',
  ].join('|'),
  'gu',
);

/** What is left of a navigation line once its words, numbers and page marks are gone. */
const NAV_FILLER =
  /\d{4}\s*[-年.]\s*\d{1,2}\s*[-月.]\s*\d{1,2}\s*日?|(?:星期|周)\s*[一二三四五六日天]?|第\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2}版?|\d+|[|｜│:：·•\-—_~～/\\()（）[\]【】<>《》、,，.。\s=+*]|[大中小]/gu;

/** Site furniture that is not navigation: adverts, copyright and report lines, page metadata. */
const SITE_LINE =
  /天气预报|国内统一连续出版物号|国内统一刊号|邮发代号|CN\s*\d{2}\s*-\s*\d{4}|[旧新]版入口|欢迎(?:来到|访问|光临|阅读)[\u4e00-\u9fff]{0,12}?(?:网站|数字报纸?|电子报|电子版)|版权均属|版权归|署名文字|人生就是博|即可订阅|发送短信|官方微博|扫一扫|二维码|版权所有|Copyright|ICP备|技术支持[:：]|举报邮箱|举报电话|content_\d+\.html?|enpproperty|<!--|-->|^原标题[:：]|^\d+人点赞$|^您(?:当前|所在)的?位置|^当前位置[:：]|^当前报纸名称[:：]|^日期[:：]\s*\d{1,2}-\d{1,2}$|^联系电话[:：]|^关键词[:：]|^(?:知识出处|网站声明|免责声明|关注[\u4e00-\u9fff]{2,4}热点|新闻|资讯)$|^(?:https?:)?\/\/[\w.-]+\S*(?:\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?$/iu;

/**
 * A line that is a date and nothing else (`2026-01-23`, `2018年6月22日 星期`, `2022-08-27 09:53`,
 * `发布时间:2017-04-19 08:46:58`) or a weekday.
 */
const DATE_LINE =
  /^(?:(?:发布时间|发布日期|更新时间|时间|日期)[:：]\s*)?(?:\d{4}\s*[-年.]\s*\d{1,2}\s*[-月.]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:星期|周)?[一二三四五六日天]?|(?:星期|周)[一二三四五六日天])$/u;

/** `来源:某某日报`, `时间:2017-03-20 来源:…`, `某某新闻网-某某日报 2019-03-18`, `某某日报 2018-04-12 01:42`, `2020-09-23 15:09 某某日报`, `2025年03月04日 某某日报 版次:A10 …`. */
const SOURCE_LINE = new RegExp(
  `^(?:作者[:：][^:：]{1,24}\\s+)?(?:(?:时间|发布时间|日期)[:：]\\s*\\S+(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*)?(?:来源|稿件来源)[:：]|^(?:\\d{4}-\\d{2}-\\d{2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*)?来源[:：]|^(?:${MEDIA_NAME.source})\\s*(?:[|｜]\\s*)?\\d{4}\\s*[-年]\\s*\\d{1,2}\\s*[-月]\\s*\\d{1,2}|^\\d{4}\\s*[-年]\\s*\\d{1,2}\\s*[-月]\\s*\\d{1,2}\\s*日?\\s+(?:${MEDIA_NAME.source})(?:\\s|$)|^\\d{4}-\\d{2}-\\d{2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:${MEDIA_NAME.source})$`,
  'u',
);

/** `刊发时间:2020-09-18 A3版 作者:某某`: when and where the story was printed, and by whom. */
const PUBLISHED_LINE =
  /^(?:刊发时间|刊发日期|见报时间|见报日期|发稿时间|出版日期)[:：]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[A-Z]?\d{1,3}版)?(?:\s+作者[:：].{1,40})?$/u;

/** A site's name on a line of its own: `松花江网`, `广元日报`, `辽阳新闻网官方新闻门户-权威媒体 辽阳门户`. */
const SITE_NAME_LINE = new RegExp(`^(?:${MEDIA_NAME.source})(?:\\S{0,12}门户)?(?:[-—\\s]\\S{0,8}){0,3}$`, 'u');

/** A page of the issue as the page list names it: `第01版`, `第03版:综合新闻`, `01版:日报一版`. */
const PAGE_ITEM = /^(?:版面[:：]\s*)?(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：]?\s*[\u4e00-\u9fff/、·\s]{0,12}$/u;

/**
 * What a portal prints under its story (`新闻推荐`, `相关推荐:`, `猜你喜欢`, `版权声明:`): once
 * one stands below story text, the rest of the page is other stories' teasers or the site's terms.
 */
const PAGE_CLOSER =
  /^(?:新闻推荐|相关推荐|相关新闻|相关阅读|推荐阅读|延伸阅读|猜你喜欢|热点推荐|频道推荐|精彩推荐|版权声明|免责声明)[:：]?$/u;

/** A link list opens with one of these, and every short line after it is a link. */
const LIST_MARKER =
  /^(?:标题导航|本版标题|本版导航|推荐阅读|相关阅读|相关新闻|相关文章|相关推荐|新闻推荐|热点推荐|往期回顾|版面导航|权威发布|精彩图片|图片新闻)/u;

const squashed = (t: string): string => t.replace(/\s+/gu, '');

/** A line made of navigation words, dates, numbers and page marks, with at most a section name left over. */
export function isNavigationLine(text: string): boolean {
  const t = squashed(text);
  if (t.length === 0 || t.length > 80) return false;
  const words = t.match(NAV_WORD);
  if (words === null) return false;
  const rest = t.replace(NAV_WORD, '').replace(NAV_FILLER, '');
  return rest.length <= 8 || (words.length >= 3 && rest.length <= 16);
}

/** `焦作日报 | 焦作晚报 | 焦作网 | 网上投稿`, `婺江 | 八面来风 |`, `关于我们│广告服务`: a menu or a row of links. */
function isLinkRow(text: string): boolean {
  const t = text.trim();
  if (/[。！？]/u.test(t)) return false;
  const bars = (t.match(/[|｜│]/gu) ?? []).length;
  return bars >= 2 || (bars === 1 && /[|｜│]\s*$/u.test(t));
}

/** A line a link list can hold: a headline, never a sentence of story text. */
function isLinkLike(p: Paragraph): boolean {
  const t = p.text.trim();
  return t.length > 0 && t.length <= 40 && !/[。！？；]$/u.test(t) && !LEAD_PREFIX.test(t);
}

/**
 * Headlines of a list above the navigation, where normalisation may have joined several
 * short links into one long line: no sentence ends anywhere in it.
 */
function isHeadlineRun(p: Paragraph): boolean {
  const t = p.text.trim();
  return t.length > 0 && t.length <= 240 && !/[。！？；]/u.test(t) && !LEAD_PREFIX.test(t);
}

/** Story text: a lead (本报讯…) or a long line of sentences. */
function isStoryText(p: Paragraph): boolean {
  const t = p.text;
  return LEAD_PREFIX.test(t) || (t.length >= 40 && /[。！？]/u.test(t));
}

/** Lines that move a reader between pages and stories: what the top of a site's page ends with. */
function isNavigating(text: string): boolean {
  const t = text.trim();
  return isNavigationLine(t) || isLinkRow(t) || PAGE_ITEM.test(t);
}

/**
 * `拂晓报 2016-10-25 21:57 大字`, `发布时间:2017-04-19 放大 缩小`: the story's source or date
 * line, with the site's view tools on it. It stands between a headline and its story.
 */
function isStoryMeta(text: string): boolean {
  const t = text.trim();
  return SOURCE_LINE.test(t) || DATE_LINE.test(t.replace(NAV_WORD, ' ').trim());
}

/** `编辑:高登科 责任编辑:李 娟`: the desk's credits, on a line of their own. */
function isDeskLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && DESK_ROLE.test(t) && !/[。！？]/u.test(t) && !/(?:记者|通讯员)/u.test(t);
}

/** `今日桂林 今日临桂 今日阳朔 …`: a menu, several short items set apart by spaces. */
function isMenuRow(text: string): boolean {
  const items = text.trim().split(/\s+/u);
  // OCR spaces every character of some lines (`为 深 入 开 展`): a menu's items are words.
  return (
    items.filter((w) => w.length >= 2).length >= 4 &&
    !/[。！？，,]/u.test(text) &&
    items.every((w) => w.length <= 6) &&
    !/记者|通讯员|本报|[（(]/u.test(text) &&
    !isBylineText(text)
  );
}

/** `地方网 > 广西 > 桂林市 > 正文`: where the page sits on the site. */
const BREADCRUMB = /^[^。！？，,]{0,40}>[^。！？，,]{0,40}>/u;

/**
 * A paper's own page line: `A2:综合*新闻总第3307期 >2018-09-14编印`,
 * `03版:综合 总第1168期 …编印`: issue numbers and 编印 never stand in a story.
 */
const ISSUE_LINE = /总第\s*\d+\s*期|编印$|阅读次数|语音阅读/u;

/**
 * Lines judged recently: normalisation asks about each line twice (as the end of one
 * pair and the start of the next), and the header and segmenter ask again.
 */
const JUDGED_LIMIT = 2048;

/** A line a reading site prints whatever the story is. */
export const isReaderFurnitureLine: (text: string) => boolean = boundedMemo(JUDGED_LIMIT, judgeLine);

/**
 * A character every furniture rule below needs (a digit, a mark, or a character of its
 * words: 版 篇 期 返 放 缩 默 荐 源 编 网 报 星 …). Most lines of story text have none
 * and, unless spaces set them out as a menu, are done with at once.
 */
const FURNITURE_SIGNAL =
  /[0-9A-Za-z|｜│:：>«»<+~～\-版篇期航返放缩默荐关源作编校位首网报星周字享微搜索印题录读收朋反广联精图权便预订短扫码技举闻处讯]/u;

function judgeLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  if (!FURNITURE_SIGNAL.test(t) && !/\s/u.test(t)) return false;
  if (isNavigating(t) || isDeskLine(t)) return true;
  if (isMenuRow(t) || (t.length <= 120 && BREADCRUMB.test(t))) return true;
  if (t.length <= 120 && ISSUE_LINE.test(t) && !/[。！？]/u.test(t)) return true;
  if (DATE_LINE.test(t)) return true;
  if (/^[a-z]{2,8}$/u.test(t)) return true; // a site's short code name (`dlrb`)
  if (t === '头版') return true; // the page's name on its own line
  if (PUBLISHED_LINE.test(t)) return true;
  // `(责任编辑 某某)`: the desk's credit in brackets, on a line of its own.
  if (/^[（(]\s*(?:责任编辑|责编|编辑)\s*[\u4e00-\u9fff\s]{2,12}[）)]$/u.test(t)) return true;
  // A site's headline list run together into one line, the cut ones ending in `......`.
  if (t.length > 60 && (t.match(/\.{3,}|…+/gu)?.length ?? 0) >= 2 && !/[。！？，,]/u.test(t)) return true;
  // `01版: 一版要闻 02版: 专版 03版: 专版`: the issue's page list.
  if (/^(?:\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：]\s*[\u4e00-\u9fff]{1,8}){2,}\s*$/u.test(t)) return true;
  if (/^[\w.-]{1,80}\.(?:jpe?g|png|gif|webp|bmp)$/iu.test(t)) return true; // a picture's file name, left where it stood
  // `◎ 《某某日报》某某日报社`: the site's footer naming the paper and its publisher.
  if (/^[◎©]?\s*《[\u4e00-\u9fff]{2,10}报》\s*[\u4e00-\u9fff]{0,12}?(?:报社|报业集团|传媒集团)?$/u.test(t)) return true;
  if (/^[~～]{2,}|[~～]{3,}$/u.test(t)) return true; // a reading site's link bullet (`~~~某镇开展…`, `某镇开展…~~~`)
  // A site's menu run together: `网站首页新闻中心今日婺城婺城网视图库…`.
  if (/^(?:网站首页|首页)/u.test(t) && !/[，。！？,]/u.test(t)) return true;
  if (t.length <= 60 && !/[。！？]/u.test(t) && (SOURCE_LINE.test(t) || SITE_NAME_LINE.test(t))) return true;
  return t.length <= 200 && SITE_LINE.test(t);
}

/** A bullet a site sets before each link of a list (`•  银川市取消…`). */
const BULLET = /^[•·●◆▪]/u;

/**
 * The paragraphs of a page that are reader furniture, by index. Besides the lines that
 * are furniture on their own:
 * - at the top, a run of two or more short lines above the last navigation line before
 *   the story's text is the page's headline list (a single line there is the story's
 *   own headline, which some sites print above their navigation, when it is the last
 *   line of the kind there and no headline stands below the navigation);
 * - a link list after a marker (推荐阅读, 相关推荐) runs to the next furniture or story text;
 * - below the last story text, bulleted short lines are links.
 */
export function readerFurniture(paras: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  paras.forEach((p) => {
    if (isReaderFurnitureLine(p.text)) out.add(p.index);
  });
  if (out.size === 0 && !paras.some((p) => PAGE_CLOSER.test(p.text.trim()))) return out;
  const firstStory = paras.findIndex((p) => !out.has(p.index) && isStoryText(p));
  const top = firstStory < 0 ? paras.length : firstStory;
  // Only navigation ends the list region: a date or source line sits between a headline and its story.
  let lastNav = -1;
  for (let i = 0; i < top; i++) if (isNavigating(paras[i]!.text) && !isStoryMeta(paras[i]!.text)) lastNav = i;
  // A single line above the navigation may be the story's own headline, which some sites
  // print there: only the last such line, and only with no headline below the navigation.
  // (A place's name alone there, `毕节市`, labels the story: it is no headline.)
  const headlineBelow = paras
    .slice(lastNav + 1, top)
    .some((p) => !out.has(p.index) && isHeadlineRun(p) && !isBylineText(p.text) && !isPlaceLabel(p.text));
  const runs: Paragraph[][] = [];
  for (let i = 0; i < lastNav;) {
    let end = i;
    while (end < lastNav && !out.has(paras[end]!.index) && isHeadlineRun(paras[end]!)) end++;
    if (end > i) runs.push(paras.slice(i, end));
    // A section name under a page of the page list (`第01版` / `要闻`).
    if (end === i + 1 && i > 0 && PAGE_ITEM.test(paras[i - 1]!.text.trim()) && paras[i]!.text.trim().length <= 8) {
      out.add(paras[i]!.index);
    }
    i = Math.max(end, i + 1);
  }
  runs.forEach((run, r) => {
    // Two links or more, or one line that holds several (joined by normalisation); a
    // headline with its byline under it is the story's own head, never a link list.
    const credited = run.some((p) => isBylineText(p.text));
    const mayBeHeadline = r === runs.length - 1 && !headlineBelow && run[0]!.text.length <= 40;
    if (!credited && (run.length >= 2 || !mayBeHeadline)) run.forEach((p) => out.add(p.index));
  });
  // The line right above the story's source line is its headline; short lines above that
  // at the top of the page (a site's slogan, `看家乡事,品故乡情`) are the site's.
  const meta = paras.findIndex((p, i) => i < top && isStoryMeta(p.text));
  if (meta > 0 && lastNav < meta && isHeadlineRun(paras[meta - 1]!)) {
    for (let i = lastNav + 1; i < meta - 1; i++)
      if (isHeadlineRun(paras[i]!) && !isBylineText(paras[i]!.text)) out.add(paras[i]!.index);
  }
  const furniture = new Set(out);
  paras.forEach((p, i) => {
    if (!LIST_MARKER.test(p.text.trim())) return;
    for (let j = i + 1; j < paras.length; j++) {
      const q = paras[j]!;
      if (furniture.has(q.index) || !isLinkLike(q) || isStoryText(q)) break;
      out.add(q.index);
    }
  });
  // A portal's `新闻推荐` below its story: every line after it is furniture.
  const seenStory = (i: number): boolean => paras.slice(0, i).some((p) => !out.has(p.index) && isStoryText(p));
  const closer = paras.findIndex((p, i) => PAGE_CLOSER.test(p.text.trim()) && seenStory(i));
  if (closer >= 0) {
    for (let i = closer; i < paras.length; i++) out.add(paras[i]!.index);
    // A short line right above it (`大美綦江`) is the site's slogan, no headline: no story follows.
    for (let i = closer - 1; i >= 0 && isLinkLike(paras[i]!) && !isBylineText(paras[i]!.text); i--) {
      if (out.has(paras[i]!.index)) break;
      out.add(paras[i]!.index);
    }
  }
  let lastStory = -1;
  paras.forEach((p, i) => {
    if (!out.has(p.index) && isStoryText(p)) lastStory = i;
  });
  // Below the last story text: bulleted links, and once a furniture line (编辑:…, 相关新闻)
  // has closed the story, whatever else the site prints there that is no story text.
  // (Short sentences, captions and credits stay: a page of photos has no long story text.)
  let closed = false;
  for (let i = lastStory + 1; i < paras.length; i++) {
    const p = paras[i]!;
    const link = isHeadlineRun(p) && !isBylineText(p.text);
    if (out.has(p.index)) closed = lastStory >= 0;
    else if ((BULLET.test(p.text.trim()) && isLinkLike(p)) || (closed && link && !isStoryText(p))) out.add(p.index);
  }
  return out;
}

/**
 * A reading site's page line: `第03版:综合新闻 3上一版 4下一版`, `版面:第02版:综合新闻`,
 * `版面:rb05 美丽青城 文明花开`, `当前版:02版`. The section is what follows the page
 * number, navigation words taken out (null when nothing is left: `第06版:06`).
 */
export function readerPageLine(text: string): { pageNo: string; section: string | null } | null {
  const t = text.trim();
  const issue = /^([A-Z]?\d{1,3})\s*版?\s*[:：]\s*([^总>]+?)\s*总第/u.exec(t);
  if (issue) return { pageNo: issue[1]!, section: issue[2]!.replace(/[*＊·\s]/gu, '') || null };
  const m =
    /^版面[:：]\s*(?:第\s*)?([A-Za-z]{0,3}\d{1,3})\s*版?\s*[:：]?\s*(.*)$/u.exec(t) ??
    /(?:^|[:：\s])第?\s*([A-Z]?\d{1,3})\s*版(?:\s*[:：]\s*(.*))?$/u.exec(t);
  if (m === null || !/第\s*[A-Z]?\d{1,3}\s*版|当前版|^版面[:：]|^[A-Z]?\d{1,3}版/u.test(t)) return null;
  const rest = (m[2] ?? '').replace(NAV_WORD, ' ').replace(/\d+/gu, ' ').replace(/\s+/gu, ' ').trim();
  const section = /[\u4e00-\u9fff]/u.test(rest) ? rest.replace(/^[/、·\s:：-]+|[/、·\s:：-]+$/gu, '') : null;
  return { pageNo: m[1]!, section };
}

const COPYRIGHT_OWNER = new RegExp(`版权(?:均)?(?:属|归)于?${PAPER_NAME.source}`, 'u');
const PAPER_NAMES = new RegExp(PAPER_NAME.source, 'gu');

/** `当前报纸名称:武汉晚报`, `来源:东北网-哈尔滨日报`: the paper a site names, if this line names one. */
export function readerPaperName(text: string): string | null {
  const t = text.trim();
  const named = /^当前报纸名称[:：]\s*(\S+)/u.exec(t);
  if (named) return named[1]!;
  // `凡本报记者署名文字、图片，版权均属某某晚报社`: a copyright line names its paper.
  const owner = COPYRIGHT_OWNER.exec(t);
  if (owner) return owner[1]!;
  if (!SOURCE_LINE.test(t) && !SITE_NAME_LINE.test(t)) return null;
  const papers = [...t.matchAll(PAPER_NAMES)].map((m) => m[1]!);
  return papers.at(-1) ?? null;
}

/** A reader application's own date line (`电子报阅读机` then today's date): the day it was read, not printed. */
export function isViewerDate(paras: readonly Paragraph[], i: number): boolean {
  const before = paras.slice(Math.max(0, i - 2), i).map((p) => p.text.trim());
  return before.some((t) => /^电子报阅读机$/u.test(t)) && DATE_LINE.test(paras[i]!.text.trim());
}

/** A credit at the end of a site's metadata line, after a space or a page mark (`A10记者`: normalising drops that space). */
const CLOSING_CREDIT = new RegExp(`(?:\\s|(?<=[0-9A-Za-z]))((?:${ROLE_HEAD})\\s*[\\u4e00-\\u9fff].*)$`, 'u');

/**
 * `2007-08-16 10:11:20 来源:东北网-哈尔滨日报 作者:王兴佳 季佳莹`: the writers a site's
 * source line credits (the text after 作者:, or a credit closing the line), or null.
 */
export function siteCredit(text: string): string | null {
  const m = /作者\s*[:：]\s*(.+?)(?:\s+(?:语音阅读|阅读次数|来源|编辑)[:：].*)?$/u.exec(text.trim());
  if (m) return m[1]!.trim();
  // `2025年03月04日  某某日报  版次:A10  记者 某某 通讯员 某某`: the credit closing the line.
  const closing = CLOSING_CREDIT.exec(text.trim());
  return closing && isBylineText(closing[1]!) ? closing[1]!.trim() : null;
}
