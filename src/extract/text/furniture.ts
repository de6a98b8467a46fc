/**
 * Page furniture: the masthead strip a page prints above (or below) its stories —
 * page number, section, date, editor and proof-reader credits, the paper's name.
 * Normalisation must not glue these lines to story text, and the header parser
 * reads them; both ask the same question here.
 */

/** 2023年6月20日 (also with OCR spaces, already removed by the time this runs). */
export const PRINTED_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** Credit markers of the desk, never of a story: 编辑|, 责任编辑：, 校对|, 美编… */
export const DESK_ROLE = /(责任编辑|责编|编辑|美编|校对|审读|组版|版式|制图|终审)\s*[|｜:：]/;

/** A romanised masthead, e.g. "S I P ING R IBAO": six or more capitals, OCR-spaced or not. */
export const ROMANISED_MASTHEAD = /[A-Z](?:\s?[A-Z]){5,}/;

/** A paper's name: place + kind of paper (洛阳日报, 齐鲁晚报, 华西都市报). */
export const PAPER_NAME = /([\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|晨报|都市报|商报|法治报|农民报))/;

/**
 * The name of a paper or its site as a story's dateline or credit prints it:
 * `江门日报`, `玉林新闻网-玉林日报`, `新天水·天水日报`, `咸宁日报`. Chained names
 * (site, then paper) count as one.
 */
export const MEDIA_NAME =
  /(?:[\u4e00-\u9fff]{2,10}?(?:日报|晚报|时报|晨报|都市报|商报|新闻网|融媒体中心|新闻传媒集团|传媒集团|网|报)[-—·]?){1,2}/;

/** A masthead printed in Chinese on a line of its own: nothing but the paper's name. */
const PAPER_LINE = new RegExp(`^${PAPER_NAME.source}$`);

/** A page number line: 第3版, A5, A5版, B2 (alone or with the section after it). */
export const PAGE_NUMBER = /^[·•\s]*(?:第\s*(\d{1,3})\s*版|([A-H]\d{1,2})版?(?![\dA-Za-z]))/;

export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 80) return false;
  if (DESK_ROLE.test(t)) return true;
  if (PRINTED_DATE.test(t) && (/星期|周[一二三四五六日天]/.test(t) || t.length <= 30)) return true;
  if (/第\s*\d{1,3}\s*版/.test(t) && t.length <= 30) return true;
  if (PAGE_NUMBER.test(t) && t.length <= 16) return true;
  if (/^[A-H]?\d{1,2}$/u.test(t)) return true; // the page number alone at the top (`03`)
  if (PAPER_LINE.test(t)) return true;
  if (ROMANISED_MASTHEAD.test(t) && !/[\u4e00-\u9fff]{12,}/.test(t)) return true;
  return false;
}
