/** Every UI string, in one dictionary. Japanese is the default and authoritative language. */
import type { LocalizedText } from '../schema/common.ts';

export const langs = ['ja', 'en'] as const;
export type Lang = (typeof langs)[number];

const dict = {
  siteName: { ja: 'Yakkan（約款）', en: 'Yakkan' },
  tagline: {
    ja: '通信事業者の契約約款を、出典つきで横並びに比べる',
    en: "Japanese carriers' contract terms side by side, with a source behind every cell",
  },
  home: { ja: 'ホーム', en: 'Home' },
  compare: { ja: '比較', en: 'Compare' },
  carriers: { ja: '事業者', en: 'Carriers' },
  topics: { ja: 'テーマ', en: 'Topics' },
  advisories: { ja: '注意喚起・事案', en: 'Advisories' },
  search: { ja: '検索', en: 'Search' },
  searchPlaceholder: { ja: '例: 翌営業日、国際電話 止める', en: 'e.g. next business day, block international calls' },
  about: { ja: 'このサイトについて', en: 'About' },
  otherLang: { ja: 'English', en: '日本語' },
  skip: { ja: '本文へ移動', en: 'Skip to content' },
  unknown: { ja: '不明', en: 'Unknown' },
  unknownWhy: { ja: '不明の理由', en: 'Why unknown' },
  yes: { ja: 'はい', en: 'Yes' },
  no: { ja: 'いいえ', en: 'No' },
  evidence: { ja: '根拠', en: 'Evidence' },
  'evidence.tariff': { ja: '約款', en: 'Tariff' },
  'evidence.official': { ja: '公式', en: 'Official' },
  'evidence.press': { ja: '報道', en: 'Press' },
  'evidence.secondary': { ja: '二次情報', en: 'Secondary' },
  stale: { ja: '確認から12か月超', en: 'Checked over 12 months ago' },
  verified: { ja: '確認日', en: 'Verified' },
  sources: { ja: '出典', en: 'Sources' },
  retrieved: { ja: '閲覧日', en: 'Retrieved' },
  published: { ja: '公表日', en: 'Published' },
  archived: { ja: 'アーカイブ', en: 'Archived copy' },
  reasonMore: { ja: '続きを読む', en: 'Read more' },
  // A quote is labelled by what it is (the evidence of the source it comes from).
  'quote.tariff': { ja: '約款の条文', en: 'Tariff clause' },
  'quote.official': { ja: '公式発表・案内の記述', en: 'Official statement' },
  'quote.press': { ja: '報道', en: 'Press report' },
  'quote.secondary': { ja: '二次情報', en: 'Secondary source' },
  noArchive: { ja: 'アーカイブ未取得', en: 'No archived copy yet' },
  recheck: { ja: '要再確認', en: 'Needs recheck' },
  recheckWhy: {
    ja: 'の自動確認で、この引用が出典の現在のページに見つかりませんでした。',
    en: ': the automatic check did not find this quote on the current page of its source.',
  },
  reportError: { ja: '誤りを報告', en: 'Report an error' },
  editRecord: { ja: 'この記録を編集', en: 'Edit this record' },
  clause: { ja: '条項', en: 'Clause' },
  effective: { ja: '施行・適用日', en: 'Effective' },
  services: { ja: '対象サービス', en: 'Services' },
  summary: { ja: '要約', en: 'Summary' },
  history: { ja: '過去の版', en: 'Earlier versions' },
  changes: { ja: '変更点', en: 'Changes' },
  until: { ja: 'まで', en: 'until' },
  since: { ja: 'から', en: 'from' },
  notes: { ja: '補足', en: 'Notes' },
  relatedAdvisories: { ja: '関連する注意喚起・事案', en: 'Related advisories' },
  viaChannel: { ja: '共同窓口', en: 'Shared desk' },
  cite: { ja: 'この項目を引用', en: 'Cite this' },
  citeValue: { ja: 'この値を引用', en: 'Cite this value' },
  copyLink: { ja: 'リンクをコピー', en: 'Copy link' },
  moreFormats: { ja: 'ほかの形式（BibTeX・CSL-JSON・HTML）', en: 'More formats (BibTeX, CSL-JSON, HTML)' },
  researchNotes: { ja: '調査メモ', en: 'Research notes' },
  researchNotesWhy: { ja: '不明の理由（調査メモ）', en: 'Why unknown (research notes)' },
  quoteFrom: { ja: '引用元', en: 'Quoted from' },
  copy: { ja: 'コピー', en: 'Copy' },
  copied: { ja: 'コピーしました', en: 'Copied' },
  permalink: { ja: 'パーマリンク', en: 'Permalink' },
  citeJa: { ja: '日本語', en: 'Japanese' },
  citeEn: { ja: '英語', en: 'English' },
  jaGoverns: { ja: '', en: 'The Japanese text governs; this quote is shown in the original.' },
  jaOnly: { ja: '', en: '(Japanese only)' },
  carrier: { ja: '事業者', en: 'Carrier' },
  topic: { ja: 'テーマ', en: 'Topic' },
  kind: { ja: '種類', en: 'Kind' },
  year: { ja: '年', en: 'Year' },
  date: { ja: '日付', en: 'Date' },
  issuer: { ja: '発表者', en: 'Issuer' },
  figures: { ja: '数字', en: 'Figures' },
  formerNames: { ja: '旧社名', en: 'Former names' },
  website: { ja: 'ウェブサイト', en: 'Website' },
  tariffIndex: { ja: '契約約款の一覧', en: 'Tariff index' },
  positions: { ja: '各テーマでの位置づけ', en: 'Position on every topic' },
  filter: { ja: '絞り込み', en: 'Filter' },
  filterText: { ja: '文字で絞り込み', en: 'Filter by text' },
  allKinds: { ja: 'すべての種類', en: 'All kinds' },
  all: { ja: 'すべて', en: 'All' },
  sortBy: { ja: '並べ替え', en: 'Sort' },
  rowsShown: { ja: '件表示', en: 'shown' },
  overview: { ja: '全テーマ一覧', en: 'All topics at a glance' },
  sideBySide: { ja: '事業者を並べて比較', en: 'Carriers side by side' },
  pickCarriers: { ja: '比べる事業者を2〜4社選ぶ', en: 'Pick 2 to 4 carriers' },
  show: { ja: '比較する', en: 'Compare' },
  differs: { ja: '違いあり', en: 'Differs' },
  same: { ja: '同じ', en: 'Same' },
  cannotCompare: { ja: '比較できない（不明あり）', en: 'Cannot compare (unknown)' },
  noResults: { ja: '該当なし', en: 'No results' },
  openTerm: { ja: '詳細', en: 'Details' },
  madeFrom: {
    ja: '出典は各項目に記載。日本語の約款・原文が優先します。',
    en: 'Every value links to its source. The Japanese tariff text governs.',
  },
  feed: { ja: 'フィード', en: 'Feed' },
  openData: { ja: 'オープンデータ', en: 'Open data' },
  changeLog: { ja: '変更履歴', en: 'Changes' },
  coverage: { ja: '収録状況', en: 'Coverage' },
  'kind.fixed-line': { ja: '固定電話', en: 'Fixed line' },
  'kind.ip-phone': { ja: 'IP電話', en: 'IP phone' },
  'kind.mobile': { ja: '携帯電話', en: 'Mobile' },
  'kind.mvno': { ja: 'MVNO', en: 'MVNO' },
  'kind.isp': { ja: 'ISP', en: 'ISP' },
  'kind.cloud-pbx': { ja: 'クラウドPBX', en: 'Cloud PBX' },
  'kind.payments': { ja: '決済', en: 'Payments' },
  'advisoryKind.advisory': { ja: '注意喚起', en: 'Advisory' },
  'advisoryKind.press-release': { ja: '報道発表', en: 'Press release' },
  'advisoryKind.incident': { ja: '事案', en: 'Incident' },
  'advisoryKind.regulation': { ja: '行政', en: 'Regulation' },
  'advisoryKind.statement': { ja: '声明', en: 'Statement' },
  'recordKind.term': { ja: '条項', en: 'Term' },
  'recordKind.advisory': { ja: '注意喚起', en: 'Advisory' },
  'recordKind.carrier': { ja: '事業者', en: 'Carrier' },
  'recordKind.topic': { ja: 'テーマ', en: 'Topic' },
  'recordKind.channel': { ja: '共同窓口', en: 'Shared desk' },
} satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof dict;

export function t(lang: Lang, key: UiKey): string {
  return dict[key][lang];
}

/** A localized text in the page's language, and whether it fell back to Japanese. */
export function pick(text: LocalizedText, lang: Lang): { text: string; lang: Lang; fallback: boolean } {
  if (lang === 'en' && text.en) return { text: text.en, lang: 'en', fallback: false };
  return { text: text.ja, lang: 'ja', fallback: lang !== 'ja' };
}

/** A site path in the given language (`/compare/x/` → `/en/compare/x/`). */
export function href(lang: Lang, path: string): string {
  return lang === 'en' ? `/en${path}` : path;
}

/** The same page in the other language. */
export function switchLangPath(lang: Lang, path: string): string {
  return lang === 'en' ? path.replace(/^\/en(?=\/)/, '') || '/' : `/en${path}`;
}
