/**
 * What text content may hold, in one place: no control characters, and sizes no real record
 * comes near. Also how content-derived text is printed to a terminal, so that a value can
 * never move the cursor, recolour or overwrite a line of the validator's output.
 */

/**
 * Characters no record needs and that can hide or fake text: C0 controls except tab and
 * newline (CR is normalised before this check), DEL, C1 controls, and the bidirectional
 * embeddings, overrides and isolates (U+202A–E, U+2066–9) that reorder how text is displayed
 * (the "Trojan Source" trick; Japanese and English never need them: the browser lays out
 * mixed text by itself).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Characters shown escaped in output: the forbidden ones plus invisible ones (zero-width, BOM). */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x1b: 'ESC, which starts terminal escape sequences',
  0x7f: 'DEL',
};

/** `\u200b` for an invisible or control character, so a reader sees it. */
function escapeChar(c: string): string {
  return `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

/** Text with every control and invisible character written as `\uXXXX`. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, escapeChar);
}

/** What the first forbidden character in `text` is, or undefined when there is none. */
export function forbiddenCharacter(text: string): string | undefined {
  const m = FORBIDDEN.exec(text);
  if (!m) return undefined;
  const code = m[0].codePointAt(0)!;
  const kind =
    NAMES[code] ?? (code >= 0x202a ? 'a bidirectional override that reorders displayed text' : 'a control character');
  return `contains ${escapeChar(m[0])} (${kind}); delete it (retype the text around it if you cannot see it)`;
}

/**
 * Size limits. Measured on content/ (2026-12-04, 156 records, `node scripts/content-sizes.ts`):
 * the largest file is 9,748 bytes, the longest body 972 characters, the longest single value
 * 2,343 characters. The limits are 8× to 50× that: no honest record comes near them, while a
 * runaway paste (a whole 約款 as text; a 5 MB body took Pagefind 91 s to index) is stopped.
 */
export const LIMITS = {
  /** Bytes in one record file. */
  fileBytes: 256 * 1024,
  /** Characters in the Markdown body. */
  bodyChars: 50_000,
  /** Characters in one front-matter value. */
  fieldChars: 20_000,
} as const;

const MEASURED = { fileBytes: 9_748, bodyChars: 972, fieldChars: 2_343 } as const;

/** The message for text over a limit: what was found, the limit, and why it exists. */
export function tooLong(what: keyof typeof LIMITS, size: number): string {
  const unit = what === 'fileBytes' ? 'bytes' : 'characters';
  const thing = { fileBytes: 'the file', bodyChars: 'the body', fieldChars: 'this value' }[what];
  return (
    `${thing} has ${size.toLocaleString('en')} ${unit}; the limit is ${LIMITS[what].toLocaleString('en')} ` +
    `(the largest real record has ${MEASURED[what].toLocaleString('en')}); ` +
    'summarise and link the source instead of copying it in'
  );
}
