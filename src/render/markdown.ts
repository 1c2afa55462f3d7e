/**
 * The only way content becomes HTML. markdown-it with raw HTML off, so content can never
 * put markup or script into a page; links are limited to http(s), mailto and relative.
 */
import MarkdownIt from 'markdown-it';
import anchor from 'markdown-it-anchor';
import cjkBreaks from 'markdown-it-cjk-breaks';

const SAFE_LINK = /^(?:https?:|mailto:|\/|#|\.\.?\/)/i;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.validateLink = (url: string) => SAFE_LINK.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim());
// A line break inside Japanese text is not a space: drop soft breaks between CJK characters
// (bodies are written with hard-wrapped lines), as a Japanese reader expects.
md.use(cjkBreaks);
md.use(anchor, { slugify: (s: string) => encodeURIComponent(s.trim().toLowerCase().replace(/\s+/g, '-')) });

// External links open normally but tell the browser not to leak the referrer chain.
const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx]!.attrGet('href') ?? '';
  if (/^https?:/i.test(href)) tokens[idx]!.attrSet('rel', 'noopener');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** A record body (block Markdown) as safe HTML. */
export function renderBody(markdown: string): string {
  return md.render(markdown);
}

/** A one-line text field (summary, note) as safe inline HTML. */
export function renderInline(markdown: string): string {
  return md.renderInline(markdown);
}
