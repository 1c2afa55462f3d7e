/**
 * Hostile and broken input (issue 11): each case is one edit to the valid fixture and the
 * problem a contributor must see — file, line, rule and the words of the message — never a
 * stack trace, never silence. Adding a rule adds a row to CASES.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HEADERS_FILE } from '../../src/security/csp.ts';
import { validateContent } from '../../src/validate/index.ts';
import { formatProblem, type Problem } from '../../src/validate/problem.ts';
import { LIMITS } from '../../src/validate/safe-text.ts';
import { ALPHA, fixtureWith, type Edit } from '../support/content.ts';

const ADVISORY = 'advisories/2015-06-12-alpha-warning.md';
const outside = mkdtempSync(join(tmpdir(), 'yakkan-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

/** Appends Markdown to ALPHA's body, whose first line is line 35: the appended text starts at 36. */
const body = (markdown: string) => (t: string) => `${t}${markdown}\n`;
/** Replaces text in a file, failing loudly if the fixture changed and the text is gone. */
const swap = (from: string | RegExp, to: string) => (t: string) => {
  if (typeof from === 'string' ? !t.includes(from) : !from.test(t)) throw new Error(`fixture has no ${from}`);
  return t.replace(from, to);
};
/** An alias bomb: each level repeats the one before nine times (9^9 values). */
const bomb = Array.from('bcdefghi').reduce(
  (yaml, name, i) => `${yaml}${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]\n`,
  'a: &a [x, x, x, x, x, x, x, x, x]\n',
);
const ESC = '\u001b';

interface Case {
  /** The defect of issue 11 it guards. */
  defect: number;
  what: string;
  edits?: Record<string, Edit>;
  /** Changes an edit cannot express (links, renames), in the fixture copy. */
  setup?: (dir: string) => void;
  /** The problem expected; `message` parts must all appear. */
  expected: { file: string; line?: number; column?: number; field?: string; rule: string; message: string[] };
  /** The only problem reported (no follow-on noise). */
  alone?: boolean;
  /** Must appear in the printed line, e.g. an invisible character made visible. */
  printed?: string;
}

const CASES: Case[] = [
  // 3. Symlinks out of content/ would publish files from elsewhere.
  {
    defect: 3,
    what: 'a symlink to a file outside content/',
    setup: (dir) => {
      writeFileSync(join(outside, 'secret.md'), readFileSync(join(dir, 'carriers/beta.md')));
      symlinkSync(join(outside, 'secret.md'), join(dir, 'carriers/gamma.md'));
    },
    expected: { file: 'carriers/gamma.md', rule: 'layout', message: ['symbolic link to', 'outside content/', 'copy'] },
    alone: true,
  },
  // 4. Crashes that must become messages.
  {
    defect: 4,
    what: 'a broken symlink (ENOENT)',
    setup: (dir) => symlinkSync('nowhere.md', join(dir, 'carriers/gamma.md')),
    expected: { file: 'carriers/gamma.md', rule: 'layout', message: ['file that does not exist'] },
    alone: true,
  },
  {
    defect: 4,
    what: 'a symlink loop (ELOOP)',
    setup: (dir) => symlinkSync('gamma.md', join(dir, 'carriers/gamma.md')),
    expected: { file: 'carriers/gamma.md', rule: 'layout', message: ['loops back on itself'] },
    alone: true,
  },
  {
    defect: 4,
    what: 'a folder symlink to its own parent',
    setup: (dir) => symlinkSync('..', join(dir, 'terms/alpha/again')),
    expected: { file: 'terms/alpha/again', rule: 'layout', message: ['folder already read'] },
    alone: true,
  },
  {
    defect: 4,
    what: 'a YAML alias bomb',
    edits: { 'carriers/alpha.md': swap('aliases: [アルファ]\n', `aliases: [アルファ]\n${bomb}`) },
    expected: {
      file: 'carriers/alpha.md',
      line: 2,
      rule: 'yaml',
      message: ['aliases expand too far', 'write the values out'],
    },
    alone: true,
  },
  // 5. Messages that named the wrong thing or nothing.
  {
    defect: 5,
    what: 'a term directly under content/terms/',
    edits: { 'terms/stray.md': readFileSync(join('tests/fixtures/valid', ALPHA), 'utf8') },
    expected: { file: 'terms/stray.md', rule: 'id-format', message: ['content/terms/<carrier-id>/<topic-id>.md'] },
    alone: true,
  },
  {
    defect: 5,
    what: 'a file name with a zero-width space',
    setup: (dir) => renameSync(join(dir, 'carriers/alpha.md'), join(dir, 'carriers/alpha\u200b.md')),
    expected: {
      file: 'carriers/alpha\u200b.md',
      rule: 'id-format',
      message: ['invisible characters', '(e.g. "alpha")'],
    },
    alone: true,
    printed: 'carriers/alpha\\u200b.md (file) — "alpha\\u200b" is not a valid id',
  },
  {
    defect: 5,
    what: 'NaN as a number',
    edits: { [ADVISORY]: swap('value: 191', 'value: .nan') },
    expected: { file: ADVISORY, line: 10, field: 'figures.0.value', rule: 'schema', message: ['got NaN (YAML .nan'] },
    alone: true,
  },
  {
    defect: 5,
    what: 'Infinity as a number',
    edits: { [ADVISORY]: swap('value: 191', 'value: .inf') },
    expected: {
      file: ADVISORY,
      line: 10,
      rule: 'schema',
      message: ['expected a finite number, got Infinity (YAML .inf)'],
    },
    alone: true,
  },
  {
    defect: 5,
    what: 'a well-written date that does not exist',
    edits: { [ALPHA]: swap('published: 2015-07-01', 'published: 2025-02-30') },
    expected: {
      file: ALPHA,
      line: 19,
      field: 'sources.0.published',
      rule: 'schema',
      message: ['"2025-02-30" is written correctly but is not a real date: month 2 of 2025 has 28 days'],
    },
    alone: true,
  },
  {
    defect: 5,
    what: 'a duplicate YAML key',
    edits: { 'carriers/alpha.md': swap('kinds:', 'website: https://x.example.jp/\nkinds:') },
    expected: { file: 'carriers/alpha.md', line: 6, rule: 'yaml', message: ['duplicate key "website"', 'keep one'] },
    alone: true,
  },
  {
    defect: 5,
    what: 'a YAML syntax error: an unquoted ": " in a value',
    edits: { [ALPHA]: swap('title: 契約約款', 'title: 契約約款: 第1条') },
    expected: { file: ALPHA, line: 16, column: 12, rule: 'yaml', message: ['YAML syntax error', 'must be quoted'] },
    printed: `${ALPHA}:16:12 (file) — YAML syntax error`,
  },
  {
    defect: 5,
    what: 'a YAML syntax error: a tab as indentation',
    edits: { [ALPHA]: swap('  available: true', '\tavailable: true') },
    expected: { file: ALPHA, line: 7, column: 1, rule: 'yaml', message: ['indent with spaces, not tabs'] },
  },
  // 6. Body and summary links the site would not publish.
  ...['javascript:alert(1)', 'data:text/html,hi', 'vbscript:msgbox(1)', 'file:///etc/passwd'].map((url): Case => ({
    defect: 6,
    what: `a body link to ${url}`,
    edits: { [ALPHA]: body(`詳細は[こちら](${url})。`) },
    expected: {
      file: ALPHA,
      line: 36,
      field: 'body',
      rule: 'safe-urls',
      message: [`uses the "${url.split(':')[0]}:" scheme`],
    },
    alone: true,
  })),
  {
    defect: 6,
    what: 'a protocol-relative body link, on the second line of a paragraph',
    edits: { [ALPHA]: body('一行目\n[二行目](//evil.example/x)') },
    expected: { file: ALPHA, line: 37, field: 'body', rule: 'safe-urls', message: ['protocol-relative'] },
    alone: true,
  },
  {
    defect: 6,
    what: 'a body image from another site',
    edits: { [ALPHA]: body('\n\n![図](https://evil.example/pixel.png)') },
    expected: { file: ALPHA, line: 38, field: 'body', rule: 'safe-urls', message: ['image on another site'] },
    alone: true,
  },
  {
    defect: 6,
    what: 'a javascript: link in a summary (rendered as Markdown)',
    edits: { [ALPHA]: swap('ja: 翌営業日に止まる。', 'ja: "[止まる](javascript:alert(1))"') },
    expected: { file: ALPHA, line: 13, field: 'summary.ja', rule: 'safe-urls', message: ['"javascript:" scheme'] },
    alone: true,
  },
  // 7. Control characters: a fake success line, NUL, bidi overrides, C1, DEL.
  {
    defect: 7,
    what: 'terminal escapes painting a fake success line',
    edits: { [ALPHA]: swap('title: 契約約款', `title: "契約約款${ESC}[2K\\r${ESC}[32m✓ 156 records valid"`) },
    expected: {
      file: ALPHA,
      line: 16,
      field: 'sources.0.title',
      rule: 'control-characters',
      message: ['\\u001b (ESC'],
    },
    alone: true,
  },
  {
    defect: 7,
    what: 'NUL in the body',
    edits: { [ALPHA]: body('一行目\n二行目\u0000') },
    expected: { file: ALPHA, line: 37, field: 'body', rule: 'control-characters', message: ['\\u0000 (NUL)'] },
    alone: true,
  },
  {
    defect: 7,
    what: 'a right-to-left override in a quote',
    edits: { [ALPHA]: swap('text: 当社は責任を負いません。', 'text: 当社は責任を\u202e負いません。') },
    expected: {
      file: ALPHA,
      line: 12,
      field: 'quote.text',
      rule: 'control-characters',
      message: ['\\u202e', 'reorders'],
    },
    alone: true,
  },
  {
    defect: 7,
    what: 'a C1 control (NEL) in a value',
    edits: { [ALPHA]: swap('publisher: アルファ通信', 'publisher: "アルファ\\x85通信"') },
    expected: { file: ALPHA, line: 17, field: 'sources.0.publisher', rule: 'control-characters', message: ['\\u0085'] },
    alone: true,
  },
  {
    defect: 7,
    what: 'DEL in a field name',
    edits: { [ALPHA]: swap('fee: free', '"fee\u007f": free') },
    expected: {
      file: ALPHA,
      line: 6,
      field: 'values.fee\u007f',
      rule: 'control-characters',
      message: ['field name', '\\u007f (DEL)'],
    },
    printed: 'values.fee\\u007f',
  },
  // 8. Size limits.
  {
    defect: 8,
    what: 'a body longer than the limit',
    edits: { [ALPHA]: body('あ'.repeat(LIMITS.bodyChars + 1)) },
    expected: {
      file: ALPHA,
      line: 35,
      field: 'body',
      rule: 'size-limits',
      message: ['the body has 50,0', 'characters; the limit is 50,000', 'the largest real record has 972'],
    },
    alone: true,
  },
  {
    defect: 8,
    what: 'a value longer than the limit',
    edits: { [ALPHA]: swap('ja: 翌営業日に止まる。', `ja: ${'あ'.repeat(LIMITS.fieldChars + 1)}`) },
    expected: { file: ALPHA, line: 13, field: 'summary.ja', rule: 'size-limits', message: ['the limit is 20,000'] },
    alone: true,
  },
  {
    defect: 8,
    what: 'a file larger than the limit (not even parsed)',
    edits: { [ALPHA]: body('a'.repeat(LIMITS.fileBytes)) },
    expected: { file: ALPHA, rule: 'size-limits', message: ['the file has', 'bytes; the limit is 262,144'] },
    alone: true,
  },
];

function problemsOf(c: Case): Problem[] {
  const dir = fixtureWith(c.edits);
  try {
    c.setup?.(dir);
    return validateContent(dir, { root: dir, today: '2026-12-01' }).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const defect of [3, 4, 5, 6, 7, 8]) {
  describe(`defect ${defect}`, () => {
    it.each(CASES.filter((c) => c.defect === defect).map((c) => [c.what, c] as const))('%s', (_what, c) => {
      const problems = problemsOf(c);
      const { message, ...where } = c.expected;
      const found = problems.find((p) => p.rule === where.rule && p.file === where.file);
      expect(found, problems.map(formatProblem).join('\n')).toMatchObject(where);
      for (const part of message) expect(found!.message).toContain(part);
      if (c.alone) expect(problems.map(formatProblem)).toEqual([formatProblem(found!)]);
      if (c.printed) expect(formatProblem(found!)).toContain(c.printed);
    });
  });
}

describe('defect 7: what the validator prints', () => {
  it('never lets content write control characters to the terminal', () => {
    const dir = fixtureWith({
      [ALPHA]: swap('title: 契約約款', `title: "契約約款${ESC}[2K\\r${ESC}[32m✓ 156 records valid"`),
      'carriers/alpha.md': swap('aliases: [アルファ]\n', `aliases: [アルファ]\n${bomb}`),
      // File names are content too, and are quoted in messages.
      [`topics/${ESC}[2K\r${ESC}[32m✓ 156 records valid.md`]: 'x',
    });
    const result = spawnSync(process.execPath, ['src/validate/cli.ts', dir], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(result.stdout).toContain('\\u001b[2K');
    expect(result.stdout).toContain('topics/\\u001b[2K\\u000d\\u001b[32m✓ 156 records valid.md');
    expect(result.stdout).toMatch(/✗ \d+ problems in 3 files/);
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m); // no stack trace
  });

  it('accepts tabs and newlines, which real text has', () => {
    expect(problemsOf({ ...CASES[0]!, setup: undefined, edits: { [ALPHA]: body('一\t二\n三') } })).toEqual([]);
  });
});

describe('defect 9: HTTP headers', () => {
  const headers = Object.fromEntries(
    HEADERS_FILE.split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) =>
        l
          .trim()
          .split(/: (.*)/s)
          .slice(0, 2),
      ),
  );
  it('asks browsers to use HTTPS and denies features the site never uses', () => {
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{7,}/);
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(headers['Permissions-Policy']).toContain('geolocation=()');
    expect(headers['Permissions-Policy']).not.toContain('clipboard-write'); // the copy buttons need it
  });

  it('allows images only from the site itself, and the built site needs no data: image', () => {
    expect(headers['Content-Security-Policy']).toContain("img-src 'self';");
    const pages = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? (e.name === 'pagefind' ? [] : pages(join(d, e.name))) : [join(d, e.name)],
      );
    const files = pages('dist').filter((f) => /\.(html|css|js|svg)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/data:image\//);
    expect(readFileSync('dist/_headers', 'utf8')).toBe(HEADERS_FILE);
  });
});

// Keeps the table honest: every defect of issue 11 handled here has at least one case.
it('covers defects 3 to 8', () => {
  expect(new Set(CASES.map((c) => c.defect))).toEqual(new Set([3, 4, 5, 6, 7, 8]));
});
