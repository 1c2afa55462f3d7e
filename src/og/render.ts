/**
 * Renders an Open Graph card to a 1200×630 PNG with sharp (libvips + Pango) in BIZ UDPGothic,
 * a Japanese font the project installs from npm (@expo-google-fonts/biz-udpgothic, OFL). Why
 * sharp and not satori + resvg, and what each step costs, is in ADR 0008.
 */
import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './cards.ts';

const require = createRequire(import.meta.url);
const FAMILY = 'BIZ UDPGothic';
const FONT_FILES = [
  require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  require.resolve('@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf'),
];
const MARGIN = 72;
const TEXT_WIDTH = OG_WIDTH - 2 * MARGIN;
const TEXT_HEIGHT = OG_HEIGHT - 2 * MARGIN;
// Pango reads its text as markup: record text is escaped so it can only ever be text.
const { escapeHtml } = new MarkdownIt().utils;

let fontsRegistered: Promise<unknown> | undefined;
/**
 * libvips adds a `fontfile` to the process's font map once and keeps it, so after one call per
 * weight every later text call finds both weights by family name (and never a system font).
 */
function registerFonts(): Promise<unknown> {
  return (fontsRegistered ??= Promise.all(
    FONT_FILES.map((fontfile) =>
      sharp({ text: { text: 'あ', font: `${FAMILY} 8px`, fontfile } })
        .raw()
        .toBuffer(),
    ),
  ));
}

const span = (font: string, color: string, text: string) =>
  `<span font="${FAMILY} ${font}" foreground="${color}">${escapeHtml(text)}</span>`;

/** The card's text as Pango markup: kind and site name, a gap, the Japanese title, the English subtitle. */
function markup(card: OgCard): string {
  return [
    span('Bold 32px', '#0a6b4f', `約款比較 Yakkan ・ ${card.kind.ja} ${card.kind.en}`),
    span('96px', '#ffffff', ' '),
    span('Bold 64px', '#1a1a1a', card.title),
    ...(card.subtitle ? [span('40px', '#ffffff', ' '), span('36px', '#555555', card.subtitle)] : []),
  ].join('\n');
}

/** The card as PNG bytes. Text past the bottom margin (a very long title) is cut off. */
export async function renderCard(card: OgCard): Promise<Buffer> {
  await registerFonts();
  const { data: text, info } = await sharp({
    text: { text: markup(card), font: `${FAMILY} 32px`, width: TEXT_WIDTH, wrap: 'word-char', rgba: true, dpi: 72 },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Blending the text onto white here takes ~1.3 ms; sharp's composite/flatten work in floating
  // point and took 8–11 ms a card (measured, ADR 0008), which broke the build-time budget.
  const canvas = Buffer.alloc(OG_WIDTH * OG_HEIGHT * 3, 255);
  const pixels = info.width * Math.min(info.height, TEXT_HEIGHT);
  for (let p = 0; p < pixels; p++) {
    const alpha = text[p * 4 + 3]!;
    if (alpha === 0) continue;
    const y = Math.floor(p / info.width);
    const to = ((y + MARGIN) * OG_WIDTH + (p - y * info.width) + MARGIN) * 3;
    // Integer "over white": 255 − (255 − colour) × alpha / 255, rounded.
    for (let c = 0; c < 3; c++) canvas[to + c] = 255 - Math.floor(((255 - text[p * 4 + c]!) * alpha + 127) / 255);
  }
  return (
    sharp(canvas, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } })
      // zlib level 3: ~2 ms a card faster than the default 6, for ~8 % more bytes (~40 KB a card).
      .png({ compressionLevel: 3, adaptiveFiltering: false })
      .toBuffer()
  );
}
