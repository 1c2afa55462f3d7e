/**
 * Turns the date spellings contributors actually type (平成27年6月12日, ２０１５/６/１２,
 * 2015年6月12日, 2015/6/12, 2015-6-12) into the ISO date to write instead.
 * Returns undefined when the text cannot be read as a date at all.
 */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867 };

export function suggestIsoDate(raw: string): string | undefined {
  // Full-width digits and separators → ASCII.
  const text = raw
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[／]/g, '/')
    .replace(/[－ー―]/g, '-')
    .replace(/元年/, '1年');
  let y: number, m: number, d: number;
  const era = /^(令和|平成|昭和|大正|明治)\s*(\d{1,2})年\s*(\d{1,2})月\s*(\d{1,2})日$/.exec(text);
  const western = /^(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})日?$/.exec(text);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (era) {
    y = ERAS[era[1]!]! + Number(era[2]);
    m = Number(era[3]);
    d = Number(era[4]);
  } else if (western) {
    [y, m, d] = [Number(western[1]), Number(western[2]), Number(western[3])];
  } else if (compact) {
    [y, m, d] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
  } else {
    return undefined;
  }
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return iso;
}
