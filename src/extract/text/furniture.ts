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

export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 80) return false;
  if (DESK_ROLE.test(t)) return true;
  if (PRINTED_DATE.test(t) && (/星期|周[一二三四五六日天]/.test(t) || t.length <= 30)) return true;
  if (/第\s*\d{1,3}\s*版/.test(t) && t.length <= 30) return true;
  if (ROMANISED_MASTHEAD.test(t) && !/[\u4e00-\u9fff]{12,}/.test(t)) return true;
  return false;
}
