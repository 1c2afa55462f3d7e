/**
 * A fetched page's text: HTML through html-to-text (links and images dropped, headings left
 * as written), PDF through unpdf (PDF.js without a canvas or native binary). Japanese sites
 * still serve Shift_JIS and EUC-JP, so HTML is decoded by its declared charset.
 */
import { convert, type HtmlToTextOptions } from 'html-to-text';
import { extractText as extractPdfText, getDocumentProxy } from 'unpdf';

export type TextKind = 'html' | 'pdf' | 'text';

const HTML_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    // html-to-text upper-cases headings and header cells by default: a quote must match as written.
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

/** The charset named in a Content-Type header or in the page's first <meta> declarations. */
function charsetOf(bytes: Uint8Array, contentType: string): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // an unknown label: UTF-8 is the web's default
  }
}

export function isPdf(bytes: Uint8Array, contentType: string): boolean {
  return /application\/pdf/i.test(contentType) || new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '%PDF-';
}

/** The text a reader sees in the document, and what kind of document it was. */
export async function extractText(bytes: Uint8Array, contentType: string): Promise<{ text: string; kind: TextKind }> {
  if (isPdf(bytes, contentType)) {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractPdfText(pdf, { mergePages: true });
    return { text, kind: 'pdf' };
  }
  const decoded = decode(bytes, charsetOf(bytes, contentType));
  if (/html|xml/i.test(contentType) || /^\s*<(?:!doctype|html)/i.test(decoded)) {
    return { text: convert(decoded, HTML_OPTIONS), kind: 'html' };
  }
  return { text: decoded, kind: 'text' };
}
