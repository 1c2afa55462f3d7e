/**
 * How a quote is matched against a page's text. The only differences forgiven are the ones
 * a page's layout introduces without changing a word: whitespace (line breaks in a PDF,
 * indentation in HTML) and full/half width (Ａ vs A, ｶﾞ vs ガ, the ideographic space).
 * Nothing else is folded: a changed character is a changed quote.
 */

/** The Halfwidth and Fullwidth Forms block: fullwidth ASCII, halfwidth katakana and symbols. */
const WIDTH_FORMS = /[\uFF01-\uFFEE]+/g;
/** Japanese script (kana, kanji, CJK punctuation): text written without spaces between words. */
const CJK = '\\u3000-\\u303F\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

/**
 * The text as compared: width-folded (NFKC applied to the width-forms block only, so ｶﾞ → ガ
 * and Ａ → A but ① and ㈱ stay as written), whitespace runs collapsed to one space, and no
 * whitespace next to Japanese characters (a PDF line break inside a Japanese sentence is not a word gap).
 */
export function normalizeForMatch(text: string): string {
  return text
    .replace(WIDTH_FORMS, (run) => run.normalize('NFKC'))
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(SPACE_NEXT_TO_CJK, '')
    .trim();
}

/** Whether `quote` appears in `text`, up to whitespace and width. */
export function containsQuote(text: string, quote: string): boolean {
  const needle = normalizeForMatch(quote);
  return needle.length > 0 && normalizeForMatch(text).includes(needle);
}
