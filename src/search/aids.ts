/**
 * Words added to a page's search index (hidden from view) so that readings, nicknames,
 * English words and digit-only phone numbers find the Japanese records. Pagefind's
 * query-time segmenter can split a compound differently from the index (upstream #1237);
 * indexing the compound's reading and parts gives the query something to match.
 */
/** Each glossary word and what else a reader may type for it: readings, synonyms, English. */
export const GLOSSARY: Record<string, string[]> = {
  約款: ['やっかん', 'ヤッカン', 'yakkan', 'tariff', '契約約款'],
  国際電話: ['こくさいでんわ', '国際通話', 'international call', 'international calls'],
  発信休止: ['はっしんきゅうし', '発信停止', '発信規制', '利用休止', '止める', 'block', 'suspend'],
  着信: ['ちゃくしん', '着信拒否', '着信休止', 'incoming'],
  責任の制限: ['せきにんのせいげん', '責任制限', '免責', 'liability', 'limitation of liability'],
  翌営業日: ['よくえいぎょうび', '翌日', 'next business day'],
  当日中: ['とうじつ', '即日', 'same day'],
  不正利用: ['ふせいりよう', '乗っ取り', 'ハッキング', 'fraud', 'hijack', 'hacked'],
  利用停止: ['りようていし', '未払い', '滞納', 'nonpayment', 'suspension'],
  シエラレオネ: ['Sierra Leone', '232'],
  補償: ['ほしょう', '返金', 'compensation', 'refund'],
  受付センター: ['国際電話不取扱受付センター', 'うけつけせんたー'],
  PBX: ['IP-PBX', 'ピービーエックス', '交換機', 'ビジネスフォン'],
};

const PHONE = /\b0\d{1,4}-\d{1,4}-\d{3,4}\b/g;

/** The extra words for a page whose visible text is `text`. */
export function searchAids(text: string): string {
  const words = new Set<string>();
  for (const [word, extras] of Object.entries(GLOSSARY)) {
    if (text.includes(word) || extras.some((e) => text.includes(e))) {
      words.add(word);
      for (const e of extras) words.add(e);
    }
  }
  for (const phone of text.match(PHONE) ?? []) words.add(phone.replace(/-/g, ''));
  return [...words].join(' ');
}

// Pagefind splits metadata at spaces but segments a Japanese query with Intl.Segmenter, so
// よくえいぎょうび is looked up as よく / えい / ぎょうび: give the metadata the same segments.
// One segmenter per build, and each distinct text segmented once: most pages share the same few
// aid strings, and a Segmenter per page was ~4 % of a 3,000-term build (issue 16).
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const segments = new Map<string, string>();

/** `text` as Pagefind will segment a query for it, words joined by spaces. */
export function segmented(text: string): string {
  let words = segments.get(text);
  if (words === undefined) {
    words = [...segmenter.segment(text)]
      .filter((s) => s.isWordLike)
      .map((s) => s.segment)
      .join(' ');
    if (segments.size < 10_000) segments.set(text, words);
  }
  return words;
}
