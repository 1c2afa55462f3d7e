/**
 * Builds small sites from fixture content: hostile text in every field type never becomes
 * markup, and a failed build leaves the previous site in place.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { ALPHA, fixtureDist, fixtureWith } from '../support/content.ts';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(1)><iframe src=x></iframe><style>*{}</style>';
const out = fixtureDist('build');
afterAll(() => rmSync(out, { recursive: true, force: true }));

function build(content: string, dist: string) {
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, YAKKAN_CONTENT: content, YAKKAN_DIST: dist, YAKKAN_TODAY: '2026-12-01' },
  });
}
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((e) => (statSync(join(d, e)).isDirectory() ? walk(join(d, e)) : [join(d, e)]));
type Node = {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
};
const textOf = (n: Node): string => n.value ?? (n.childNodes ?? []).map(textOf).join('');
function* elements(node: Node): Generator<Node> {
  if (node.tagName) yield node;
  for (const c of node.childNodes ?? []) yield* elements(c);
  if (node.content) yield* elements(node.content);
}

describe('hostile content in every field type', () => {
  const hostile = (t: string) =>
    t
      .replace(
        /\b(ja|en|text|title|publisher|document|article): ([^\n,{}[][^\n,}]*)/g,
        (_m, k, v) => `${k}: ${JSON.stringify(HOSTILE + v)}`,
      )
      .replace(/services: \[.*\]/, `services: [${JSON.stringify(HOSTILE)}]`)
      // A Markdown javascript: link is refused by the validator (tests/hostile); raw HTML is text.
      .replace(/\n---\n/, `\n---\n${HOSTILE}\n<a href="javascript:alert(4)">x</a>\n`);
  const dir = fixtureWith({
    [ALPHA]: hostile,
    'terms/beta/intl-call-suspension.md': hostile,
    'carriers/alpha.md': hostile,
    'topics/intl-call-suspension.md': hostile,
    'channels/shared-desk.md': hostile,
    'advisories/2015-06-12-alpha-warning.md': hostile,
  });
  const dist = join(out, 'hostile');
  const result = build(dir, dist);

  it('builds', () => {
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('shows the text but never creates the elements, handlers or links', () => {
    const pages = walk(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const term = readFileSync(join(dist, 'terms/alpha/intl-call-suspension/index.html'), 'utf8');
    expect(term).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const page of pages) {
      for (const e of elements(parse(readFileSync(page, 'utf8')) as unknown as Node)) {
        if (e.tagName === 'script' && e.attrs?.find((a) => a.name === 'type')?.value === 'application/ld+json')
          // Data only: it must stay one JSON value (hostile text cannot close the element).
          expect(() => JSON.parse(textOf(e)), page).not.toThrow();
        else if (e.tagName === 'script')
          expect(e.attrs?.find((a) => a.name === 'src')?.value, page).toMatch(/^\/js\/[a-z-]+\.js$/);
        expect(['iframe', 'style', 'img'], page).not.toContain(e.tagName);
        for (const a of e.attrs ?? []) {
          expect(a.name, page).not.toMatch(/^on/);
          if (a.name === 'href') expect(a.value, page).not.toMatch(/^javascript:/i);
        }
      }
    }
  });
});

describe('atomic build', () => {
  it('leaves the previous dist/ untouched when validation fails', () => {
    const dist = join(out, 'atomic');
    expect(build(fixtureWith(), dist).status).toBe(0);
    const before = readFileSync(join(dist, 'index.html'), 'utf8');
    writeFileSync(join(dist, 'marker.txt'), 'previous build');
    const broken = fixtureWith({
      'carriers/alpha.md': (t) => t.replace('kinds: [fixed-line, ip-phone]', 'kinds: [fixed-lin]'),
    });
    const result = build(broken, dist);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain('carriers/alpha.md');
    expect(result.stdout + result.stderr).toContain('did you mean "fixed-line"');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(before);
    expect(existsSync(join(dist, 'marker.txt'))).toBe(true);
    expect(readdirSync(out).filter((e) => e.includes('staging'))).toEqual([]);
  });
});
