/**
 * The Content-Security-Policy, in one place. Pages carry it in a <meta> tag (works on any
 * static host); the build also writes it as a real HTTP header in dist/_headers (Netlify /
 * Cloudflare Pages format), where `frame-ancestors` can be added: browsers ignore that
 * directive in <meta>.
 */

// No inline script or style anywhere, so the policy can forbid both. Pagefind needs wasm.
// Images are the site's own files only: nothing uses data: URIs (the favicon is /favicon.svg;
// Pagefind's own UI stylesheets have some, but no page loads them), and a data: image could
// smuggle content past review.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * Powerful browser features a reference site never uses, denied for the site and anything it
 * might embed. The clipboard is not listed: the copy buttons write to it (allowed for 'self'
 * by default).
 */
export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), ' +
  'payment=(), usb=(), browsing-topics=()';

/**
 * Embed cards (/embed/…) are made to be framed by any site: the same policy with
 * `frame-ancestors *`. `! Content-Security-Policy` first detaches the site-wide header (Cloudflare
 * Pages syntax), since two policies would both apply and 'none' would win.
 */
const EMBED_HEADERS = `/embed/*
  ! Content-Security-Policy
  Content-Security-Policy: ${CSP}; frame-ancestors *
`;

/**
 * dist/_headers: the same policy as an HTTP header, plus what only headers can say.
 * HSTS for one year, without includeSubDomains or preload: the site may be deployed on a
 * subdomain it does not own the parent of, and preload is hard to undo.
 */
export const HEADERS_FILE = `/*
  Content-Security-Policy: ${CSP}; frame-ancestors 'none'
  Strict-Transport-Security: max-age=31536000
  Permissions-Policy: ${PERMISSIONS_POLICY}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
${EMBED_HEADERS}`;
