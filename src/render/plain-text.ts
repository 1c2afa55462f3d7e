/**
 * Content as plain text, for places that are not HTML pages (feeds, link previews): Markdown
 * marks are dropped and what looks like markup stays as the characters written.
 */
import MarkdownIt from 'markdown-it';
import cjkBreaks from 'markdown-it-cjk-breaks';
import type Token from 'markdown-it/lib/token.mjs';

// Same parsing as the pages (src/render/markdown.ts), so a line break inside Japanese is no space here either.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(cjkBreaks);

/** The text a reader sees of a one-line Markdown field (summary, note, title): `**a** [b](u)` → `a b`. */
export function inlineText(markdown: string): string {
  const text = (tokens: Token[]): string =>
    tokens
      .map((token) =>
        token.type === 'text' || token.type === 'code_inline'
          ? token.content
          : token.type === 'softbreak' || token.type === 'hardbreak'
            ? ' '
            : token.children
              ? text(token.children)
              : '',
      )
      .join('');
  return text(md.parseInline(markdown, {})).trim();
}

/** Text made safe to place where a reader decodes HTML (an Atom `type="html"` element). */
export const escapeHtml = (text: string): string => md.utils.escapeHtml(text);
