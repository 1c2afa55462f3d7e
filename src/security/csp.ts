/**
 * The Content-Security-Policy, in one place. Pages carry it in a <meta> tag (works on any
 * static host); the build also writes it as a real HTTP header in dist/_headers (Netlify /
 * Cloudflare Pages format), where `frame-ancestors` can be added: browsers ignore that
 * directive in <meta>.
 */

// No inline script or style anywhere, so the policy can forbid both. Pagefind needs wasm.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * Embed cards (/embed/…) are made to be framed by any site: the same policy with
 * `frame-ancestors *`. `! Content-Security-Policy` first detaches the site-wide header (Cloudflare
 * Pages syntax), since two policies would both apply and 'none' would win.
 */
const EMBED_HEADERS = `/embed/*
  ! Content-Security-Policy
  Content-Security-Policy: ${CSP}; frame-ancestors *
`;

/** dist/_headers: the same policy as an HTTP header, plus what only headers can say. */
export const HEADERS_FILE = `/*
  Content-Security-Policy: ${CSP}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
${EMBED_HEADERS}`;
