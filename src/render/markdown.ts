/**
 * The only way content becomes HTML. markdown-it with raw HTML off, so content can never
 * put markup or script into a page; links are limited to http(s), mailto and relative.
 */
import MarkdownIt from 'markdown-it';
import anchor from 'markdown-it-anchor';
import cjkBreaks from 'markdown-it-cjk-breaks';

/**
 * Why a link or image address in Markdown is not published, or undefined when it is. Links may
 * be http(s), mailto or site-relative; images only the site's own files (an outside image
 * would track readers, and the CSP's img-src 'self' blocks it anyway). The renderer turns a
 * refused link into plain text; the validator (safe-urls) reports it, naming file and line.
 */
export function markdownUrlProblem(url: string, kind: 'link' | 'image'): string | undefined {
  const u = url.trim();
  // Browsers read "//host", "\\host" and "/\host" as another site, with the page's scheme.
  if (/^[/\\]{2}/.test(u)) return 'is protocol-relative (//host…); write the full https:// URL';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u)?.[1]?.toLowerCase();
  if (kind === 'image' && scheme)
    return "is an image on another site; images must be files of this site (the CSP allows img-src 'self' only)";
  if (scheme && !['http', 'https', 'mailto'].includes(scheme))
    return `uses the "${scheme}:" scheme; links may be http(s), mailto or site-relative`;
  return undefined;
}

/** The site's Markdown: raw HTML off; `validateLink` decides which addresses become links. */
function createMarkdown(validateLink: (url: string) => boolean, { forInspection = false } = {}): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = validateLink;
  // A line break inside Japanese text is not a space: drop soft breaks between CJK characters
  // (bodies are written with hard-wrapped lines), as a Japanese reader expects. Inspection
  // keeps them: it counts them to know a link's line, and they change no link.
  if (!forInspection) md.use(cjkBreaks);
  md.use(anchor, { slugify: (s: string) => encodeURIComponent(s.trim().toLowerCase().replace(/\s+/g, '-')) });
  return md;
}

const md = createMarkdown((url) => markdownUrlProblem(url, 'link') === undefined);
// Same configuration, but keeping every address, so the validator sees what the site drops.
const inspector = createMarkdown(() => true, { forInspection: true });

// External links open normally but tell the browser not to leak the referrer chain.
const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx]!.attrGet('href') ?? '';
  if (/^https?:/i.test(href)) tokens[idx]!.attrSet('rel', 'noopener');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** A link or image address in Markdown, with its 0-based line in that Markdown. */
export interface MarkdownUrl {
  url: string;
  kind: 'link' | 'image';
  line: number;
}

/** Every link and image address in `markdown`, as the site's parser reads it (block or inline). */
export function markdownUrls(markdown: string, inline = false): MarkdownUrl[] {
  const found: MarkdownUrl[] = [];
  const tokens = inline ? inspector.parseInline(markdown, {}) : inspector.parse(markdown, {});
  for (const block of tokens) {
    let line = block.map?.[0] ?? 0;
    for (const t of block.children ?? []) {
      if (t.type === 'softbreak' || t.type === 'hardbreak') line++;
      else if (t.type === 'link_open') found.push({ url: t.attrGet('href') ?? '', kind: 'link', line });
      else if (t.type === 'image') found.push({ url: t.attrGet('src') ?? '', kind: 'image', line });
    }
  }
  return found;
}

/** A record body (block Markdown) as safe HTML. */
export function renderBody(markdown: string): string {
  return md.render(markdown);
}

/** A one-line text field (summary, note) as safe inline HTML. */
export function renderInline(markdown: string): string {
  return md.renderInline(markdown);
}
