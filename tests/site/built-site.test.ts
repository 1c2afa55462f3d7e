/**
 * Checks on the built site in dist/ (built by `npm test` before vitest runs): every page
 * has its language and a strict CSP, pages that need no JS ship none, internal links and
 * anchors resolve, and gzipped sizes stay within the budgets in tests/budgets.json.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';
type Node = {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? walk(join(dir, e)) : [join(dir, e)]));
}
function* elements(node: Node): Generator<Node> {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;

const pages = walk(DIST).filter((f) => f.endsWith('.html'));
const docs = new Map(pages.map((f) => [f, [...elements(parse(readFileSync(f, 'utf8')) as unknown as Node)]]));
const urlOf = (file: string) => `/${file.slice(DIST.length + 1).replace(/index\.html$/, '')}`;
const ids = new Map([...docs].map(([f, els]) => [urlOf(f), new Set(els.map((e) => attr(e, 'id')).filter(Boolean))]));

/** The page type a URL belongs to, for budgets. */
function pageType(url: string): string {
  const path = url.replace(/^\/en(?=\/)/, '');
  if (path.startsWith('/terms/')) return 'term';
  if (/^\/compare\/carriers\/./.test(path)) return 'carrier-pair';
  if (path === '/compare/carriers/') return 'carriers-side-by-side';
  if (path === '/compare/') return 'overview';
  if (path.startsWith('/compare/')) return 'compare';
  if (path === '/carriers/') return 'carrier-list';
  if (path.startsWith('/carriers/')) return 'carrier';
  if (path === '/advisories/') return 'advisory-list';
  if (path.startsWith('/advisories/')) return 'advisory';
  if (path.startsWith('/search/')) return 'search';
  if (path.startsWith('/tools/')) return 'tool';
  if (path === '/guide/') return 'guide';
  return 'other';
}

describe('every page', () => {
  it('was built (ja and en)', () => {
    expect(pages.length).toBeGreaterThan(200);
    expect(existsSync(join(DIST, 'en/compare/intl-call-suspension/index.html'))).toBe(true);
  });

  it('declares its language: lang="en" under /en/, lang="ja" elsewhere', () => {
    for (const [file, els] of docs) {
      const html = els.find((e) => e.tagName === 'html')!;
      expect(attr(html, 'lang'), file).toBe(urlOf(file).startsWith('/en/') ? 'en' : 'ja');
    }
  });

  it('has a strict CSP and no inline script, inline style or event handler', () => {
    for (const [file, els] of docs) {
      const csp = els.find((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy');
      expect(attr(csp!, 'content'), file).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
      expect(attr(csp!, 'content')).not.toContain('unsafe-inline');
      for (const e of els) {
        // JSON-LD is data the browser never runs (checked in tests/site/previews.test.ts).
        if (e.tagName === 'script' && attr(e, 'type') !== 'application/ld+json')
          expect(attr(e, 'src'), `${file}: inline <script>`).toBeDefined();
        expect(e.tagName, `${file}: <style>`).not.toBe('style');
        expect(
          e.attrs?.some((a) => a.name.startsWith('on') || a.name === 'style'),
          `${file}: ${e.tagName} has on*/style`,
        ).toBe(false);
      }
    }
  });

  it('sends the same policy as an HTTP header for hosts that read _headers, with frame-ancestors', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    const metaPolicy = attr(
      docs
        .get(join('dist', 'index.html'))!
        .find((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy')!,
      'content',
    );
    expect(headers).toMatch(/^\/\*\n/);
    expect(headers).toContain(`Content-Security-Policy: ${metaPolicy}; frame-ancestors 'none'`);
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });

  it('ships JavaScript only on pages with an island (search, tables, citations, filters, the exposure tool)', () => {
    const withJs = new Set(['term', 'compare', 'carriers-side-by-side', 'advisory-list', 'search', 'tool']);
    for (const [file, els] of docs) {
      const scripts = els.filter((e) => e.tagName === 'script' && attr(e, 'type') !== 'application/ld+json');
      if (!withJs.has(pageType(urlOf(file)))) expect(scripts, file).toEqual([]);
    }
  });

  it('links only to pages and #anchors that exist', () => {
    const broken: string[] = [];
    for (const [file, els] of docs) {
      const from = urlOf(file);
      for (const e of els) {
        const href = e.tagName === 'a' ? attr(e, 'href') : undefined;
        if (!href || /^(https?:|mailto:)/.test(href)) continue;
        const target = new URL(href, `http://x${from}`);
        const path = decodeURIComponent(target.pathname);
        const exists = ids.has(path) || existsSync(join(DIST, path));
        if (!exists) broken.push(`${from} → ${href}`);
        else if (target.hash && ids.has(path) && !ids.get(path)!.has(decodeURIComponent(target.hash.slice(1))))
          broken.push(`${from} → ${href} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('writes external citation links as well-formed http(s) URLs', () => {
    for (const [, els] of docs) {
      for (const e of els) {
        const href = e.tagName === 'a' ? attr(e, 'href') : undefined;
        if (href && /^[a-z]+:/i.test(href)) expect(() => new URL(href)).not.toThrow();
        if (href) expect(href).not.toMatch(/^(javascript|data|vbscript):/i);
      }
    }
  });
});

describe('advisories per carrier', () => {
  /** The timeline's advisory items, by id, with the carriers its filter matches on. */
  const timelineItems = (url: string) =>
    new Map(
      docs
        .get(join(DIST, url, 'index.html'))!
        .filter((e) => e.tagName === 'li' && attr(e, 'data-year'))
        .map((e) => [attr(e, 'id')!, (attr(e, 'data-carriers') ?? '').split(' ').filter(Boolean)]),
    );

  it('a carrier page lists exactly the advisories the timeline shows when filtered to that carrier', () => {
    const timeline = timelineItems('advisories');
    const carrierPages = [...docs.keys()].filter((f) => /^dist\/carriers\/[^/]+\/index\.html$/.test(f));
    expect(carrierPages.length).toBeGreaterThanOrEqual(10);
    for (const file of carrierPages) {
      const carrier = file.split('/')[2];
      const onCarrierPage = [...timelineItems(`carriers/${carrier}`).keys()].sort();
      const filtered = [...timeline].filter(([, carriers]) => carriers.includes(carrier)).map(([id]) => id);
      expect(onCarrierPage, carrier).toEqual(filtered.sort());
    }
  });
});

describe('archived copies of sources', () => {
  const anchors = (url: string) => docs.get(join(DIST, url, 'index.html'))!.filter((e) => e.tagName === 'a');
  const textOf = (node: Node): string => node.value ?? (node.childNodes ?? []).map(textOf).join('');

  it('links the archived copy on record with its capture date', () => {
    const copy = anchors('advisories/2015-06-12-nhk-ip-phone-hijack-high-bills').find(
      (a) =>
        attr(a, 'href') ===
        'https://megalodon.jp/ref/2015-0612-1805-41/www3.nhk.or.jp/news/html/20150612/k10010112621000.html',
    );
    expect(copy && textOf(copy)).toBe('アーカイブ (2015-06-12)');
    const en = anchors('en/advisories/2015-06-12-nhk-ip-phone-hijack-high-bills').map(textOf);
    expect(en).toContain('Archived copy (2015-06-12)');
  });

  it('never presents a search of an archive as a copy; without a copy, says there is none yet', () => {
    const all = [...docs.values()].flatMap((els) =>
      els.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href') ?? ''),
    );
    expect(all.filter((h) => /^https:\/\/web\.archive\.org\/web\/[^/]*\*/.test(h))).toEqual([]);
    const term = readFileSync(join(DIST, 'terms/ntt-east/intl-call-suspension/index.html'), 'utf8');
    expect(term).toContain('アーカイブ未取得');
    expect(readFileSync(join(DIST, 'en/terms/ntt-east/intl-call-suspension/index.html'), 'utf8')).toContain(
      'No archived copy yet',
    );
  });
});

describe('corrections and rechecks without configuration', () => {
  it.skipIf(process.env.YAKKAN_REPO)(
    'shows no correction links when YAKKAN_REPO is not set (a placeholder repository would send readers nowhere)',
    () => {
      const html = readFileSync(join(DIST, 'terms/ntt-east/intl-call-suspension/index.html'), 'utf8');
      expect(html).not.toContain('誤りを報告');
      expect(html).not.toContain('class="note corrections');
    },
  );
});

describe('at-a-glance tables (overview, carrier page)', () => {
  const otherKnownLinks = (url: string) =>
    docs
      .get(join(DIST, url, 'index.html'))!
      .filter((e) => e.tagName === 'span' && attr(e, 'class')?.includes('other-known'))
      .flatMap((n) => [...elements(n)].filter((e) => e.tagName === 'a').map((a) => attr(a, 'href')!));

  it("point to sourced columns when a row's main column is unknown, and only then", () => {
    // SoftBank's nonpayment row has no suspension period but a sourced basis; Rakuten
    // Communications' row has nothing sourced; KDDI's main column is known.
    for (const url of ['compare', 'carriers/softbank']) {
      expect(otherKnownLinks(url), url).toContain('/terms/softbank/nonpayment-suspension/');
    }
    const overview = otherKnownLinks('compare');
    expect(overview).not.toContain('/terms/rakuten-communications/nonpayment-suspension/');
    expect(overview).not.toContain('/terms/kddi/intl-call-suspension/');
  });
});

describe('unknown reasons', () => {
  const text = (n: Node): string => (n.value ?? '') + (n.childNodes ?? []).map(text).join('');

  it('a table shows 不明 with the reason in a word, linking to the whole reason on the term page', () => {
    const els = docs.get(join(DIST, 'compare/nonpayment-suspension', 'index.html'))!;
    const td = els.find((e) => attr(e, 'id') === 'mineo-suspendAfter')!;
    const link = [...elements(td)].find((e) => e.tagName === 'a')!;
    expect(text(link)).toBe('不明');
    expect(attr(link, 'href')).toBe('/terms/mineo/nonpayment-suspension/#why-suspendAfter');
    expect(text([...elements(td)].find((e) => attr(e, 'class') === 'reason')!)).toBe('公式の記載なし');
    const termEls = docs.get(join(DIST, 'terms/mineo/nonpayment-suspension', 'index.html'))!;
    const row = termEls.find((e) => attr(e, 'id') === 'suspendAfter')!;
    // The term page row gives the same word before the link to the whole reason in the collapsed research notes.
    const valueCell = [...elements(row)].find((e) => e.tagName === 'td')!;
    expect(text(valueCell)).toMatch(/^不明 · 公式の記載なし不明の理由/);
    expect([...elements(row)].some((e) => attr(e, 'href') === '#why-suspendAfter')).toBe(true);
    const notes = termEls.find((e) => e.tagName === 'details' && attr(e, 'id') === 'research-notes')!;
    expect([...elements(notes)].some((e) => e.tagName === 'dt' && attr(e, 'id') === 'why-suspendAfter')).toBe(true);
    expect(text(notes)).toContain('探したが見つからなかった');
    // The research log stays on the term page: the cell holds none of it.
    expect(text(td)).not.toContain('探した');
  });
});

describe('numbered notes under tables', () => {
  const tablePages = [...docs.keys()].filter((f) =>
    /^dist\/(en\/)?(compare\/[^/]+|carriers\/[^/]+)\/index\.html$/.test(f),
  );

  it('link both ways: a cell to its note, and the note back to every cell that cites it', () => {
    let refs = 0;
    for (const file of tablePages) {
      const els = docs.get(file)!;
      const byId = new Map(els.map((e) => [attr(e, 'id'), e]));
      for (const cell of els.filter((e) => e.tagName === 'td' || e.tagName === 'th')) {
        for (const ref of [...elements(cell)].filter((e) => attr(e, 'class') === 'note-ref')) {
          refs++;
          const note = byId.get(attr(ref, 'href')!.slice(1));
          expect(note?.tagName, `${file} ${attr(ref, 'href')}`).toBe('li');
          const backs = [...elements(note!)].filter((e) => attr(e, 'class') === 'back').map((a) => attr(a, 'href'));
          expect(backs, `${file} ${attr(ref, 'href')}`).toContain(`#${attr(cell, 'id')}`);
        }
      }
    }
    expect(refs).toBeGreaterThan(20);
  });
});

describe('citing one value', () => {
  it("every value's citation names a source listed for that value (never another row's source)", () => {
    const termPages = [...docs.keys()].filter((f) => /^dist\/terms\/[^/]+\/[^/]+\/index\.html$/.test(f));
    expect(termPages.length).toBeGreaterThanOrEqual(90);
    let checked = 0;
    for (const file of termPages) {
      const rows = docs
        .get(file)!
        .filter((e) => e.tagName === 'tr' && [...elements(e)].some((d) => d.tagName === 'details'));
      for (const row of rows) {
        const inRow = [...elements(row)];
        const details = inRow.find((e) => e.tagName === 'details')!;
        const listed = inRow
          .filter(
            (e) =>
              e.tagName === 'a' &&
              !(e.attrs ?? []).some((a) => a.name === 'class') &&
              /^https?:/.test(attr(e, 'href') ?? ''),
          )
          .map((a) => attr(a, 'href')!);
        const ja = [...elements(details)].find((e) => e.tagName === 'pre' && attr(e, 'id')?.endsWith('-ja'))!;
        const cited = ((ja.childNodes ?? [])[0]?.value ?? '').match(/https?:\/\/[^（\s]+/)?.[0];
        expect(listed, `${file} ${attr(row, 'id')}`).toContain(cited);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('gaps on /about/', () => {
  const text = (n: Node): string => (n.value ?? '') + (n.childNodes ?? []).map(text).join('');

  it('lists exactly the carrier × topic pairs with no sourced value, each linking to its record', () => {
    const els = docs.get(join(DIST, 'about', 'index.html'))!;
    const list = els.find((e) => e.tagName === 'ul' && attr(e, 'class') === 'gaps')!;
    const linked = [...elements(list)]
      .filter((e) => e.tagName === 'a' && attr(e, 'href')!.startsWith('/terms/'))
      .map((a) => attr(a, 'href')!);
    // As many as the coverage sentence on the same page says are entirely unknown.
    const stated = Number(
      els
        .filter((e) => e.tagName === 'p')
        .map(text)
        .join(' ')
        .match(/すべて不明 (\d+)/)![1],
    );
    expect(linked).toHaveLength(stated);
    // A row with nothing sourced is listed; one with a sourced value is not.
    expect(linked).toContain('/terms/mineo/usage-alerts/');
    expect(linked).not.toContain('/terms/mineo/intl-call-suspension/');
  });
});

describe('size budgets (gzipped bytes, tests/budgets.json)', () => {
  const budgets = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as Record<
    string,
    { html: number; js: number; css: number }
  >;
  const gz = (file: string) => gzipSync(readFileSync(file)).length;
  const largest = new Map<string, { html: number; js: number; css: number; page: string }>();
  for (const [file, els] of docs) {
    const type = pageType(urlOf(file));
    const js = els
      .filter((e) => e.tagName === 'script' && attr(e, 'src'))
      .reduce((sum, e) => sum + gz(join(DIST, attr(e, 'src')!)), 0);
    const css = els
      .filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'stylesheet')
      .reduce((sum, e) => sum + gz(join(DIST, attr(e, 'href')!)), 0);
    const sizes = { html: gz(file), js, css, page: urlOf(file) };
    const prev = largest.get(type);
    largest.set(type, {
      html: Math.max(prev?.html ?? 0, sizes.html),
      js: Math.max(prev?.js ?? 0, js),
      css: Math.max(prev?.css ?? 0, css),
      page: sizes.page,
    });
  }
  it.each([...largest.keys()])('%s pages stay within budget', (type) => {
    const budget = budgets[type];
    expect(budget, `add a budget for ${type}`).toBeDefined();
    const actual = largest.get(type)!;
    expect(actual.html, `${type} html`).toBeLessThanOrEqual(budget!.html);
    expect(actual.js, `${type} js`).toBeLessThanOrEqual(budget!.js);
    expect(actual.css, `${type} css`).toBeLessThanOrEqual(budget!.css);
  });
});

describe('sources whose headline is unconfirmed', () => {
  it('are shown by site and date: no page carries our placeholder (［見出し未確認］, （表題未確認）)', () => {
    const withPlaceholder = pages.filter((f) => /見出し未確認|表題未確認/.test(readFileSync(f, 'utf8')));
    expect(withPlaceholder).toEqual([]);
    // The source list names such a source by its site and date.
    const advisory = readFileSync(join(DIST, 'advisories/2003-02-13-au-iridium-calls-suspended/index.html'), 'utf8');
    expect(advisory).toContain('>ケータイWatch（2003年2月13日）</a>');
  });
});
