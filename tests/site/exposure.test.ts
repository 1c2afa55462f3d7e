/**
 * The exposure tool and the guide as built (what a reader without JavaScript gets): the worked
 * example's table, ranked and costed, each row citing its cell; the guide's contacts and its
 * links into the tool.
 */
import { describe, expect, it } from 'vitest';
import { attr, builtPage, elements, text, type Node } from '../support/html.ts';

const page = (path: string) => builtPage(path);
const find = (els: Node[], name: string) => els.find((e) => attr(e, name) !== undefined);

/** Rows of the first exposure table: carrier, rank, takes effect, hours, cost, links. */
function exampleRows(path: string) {
  const table = page(path).find((e) => attr(e, 'data-exposure-table') !== undefined)!;
  return [...elements(table)]
    .filter((e) => e.tagName === 'tr' && attr(e, 'data-carrier'))
    .map((tr) => {
      const els = [...elements(tr)];
      const out = (name: string) => text(find(els, name)!).trim();
      return {
        carrier: attr(tr, 'data-carrier'),
        rank: out('data-rank'),
        effect: out('data-effect'),
        hours: out('data-hours'),
        cost: out('data-cost'),
        links: els.filter((e) => e.tagName === 'a').map((a) => attr(a, 'href')),
      };
    });
}

describe('exposure tool without JavaScript: the worked example', () => {
  it('says which request it works through: Friday 18:00 before 海の日', () => {
    const heading = page('/tools/exposure/').find((e) => attr(e, 'id') === 'result')!;
    expect(text(heading)).toBe('例: 2027年7月16日(金) 18:00に申し込んだ場合（2027年7月19日(月)は海の日）');
    expect(text(page('/en/tools/exposure/').find((e) => attr(e, 'id') === 'result')!)).toBe(
      'Example: asking on Fri 16 Jul 2027 18:00 (Mon 19 Jul 2027 is Marine Day)',
    );
  });

  it('ranks the carriers with a known lead time first, with times, hours and the 2015-rate cost', () => {
    const rows = exampleRows('/tools/exposure/');
    expect(rows.slice(0, 3).map((r) => [r.rank, r.carrier, r.effect, r.hours, r.cost])).toEqual([
      ['1', 'mineo', '2027年7月16日(金) 18:30ごろ', '0.5時間', '約13,000円'],
      ['2', 'ntt-east', '2027年7月16日(金)中（遅くとも24:00）', '6時間', '約156,200円'],
      ['3', 'ntt-west', '2027年7月16日(金)中（遅くとも24:00）', '6時間', '約156,200円'],
    ]);
  });

  it('lists the others as unknown with a reason, never a guessed time or cost', () => {
    const unknown = exampleRows('/tools/exposure/').slice(3);
    expect(unknown.length).toBeGreaterThan(0);
    for (const row of unknown) expect([row.rank, row.effect, row.hours, row.cost]).toEqual(['—', '不明', '—', '—']);
    const reasons = page('/tools/exposure/')
      .filter((e) => attr(e, 'data-reason-out') !== undefined)
      .map((e) => text(e).trim());
    expect(reasons.filter(Boolean).length).toBe(unknown.length);
    // The reason in a word, as the tables say it; how it was searched stays on the term page.
    for (const reason of reasons.filter(Boolean)) expect(reason).not.toMatch(/探した|確認したが|見つからな/);
  });

  it('links every row to the lead-time cell it comes from', () => {
    for (const row of exampleRows('/tools/exposure/')) {
      expect(row.links[0]).toBe(`/terms/${row.carrier}/intl-call-suspension/#leadTime`);
    }
  });

  it('states the 2015 figures it derives the rate from, and cites them', () => {
    const els = page('/tools/exposure/');
    const heading = els.findIndex((e) => attr(e, 'id') === 'case-2015');
    const paragraph = els.slice(heading).find((e) => e.tagName === 'p')!;
    expect(text(paragraph)).toContain('14,000回 ÷ 96時間 ≈ 145.8回');
    expect(text(paragraph)).toContain('2,500,000円 ÷ 14,000回 ≈ 178.6円');
    const links = [...elements(paragraph)].filter((e) => e.tagName === 'a').map((a) => attr(a, 'href'));
    expect(links).toContain('/advisories/2015-06-12-nhk-ip-phone-hijack-high-bills/');
  });

  it('keeps earlier rules out of the main table, in a labelled section', () => {
    const els = page('/tools/exposure/');
    const earlier = els.find((e) => attr(e, 'data-earlier') !== undefined)!;
    expect(earlier.tagName).toBe('details');
    expect(text([...elements(earlier)].find((e) => e.tagName === 'summary')!)).toContain('2015-07-07');
    expect(exampleRows('/tools/exposure/').filter((r) => r.carrier === 'ntt-east')).toHaveLength(1);
  });

  it('is linked from the home page and from the suspension table, which no longer carries a calculator', () => {
    const links = (path: string) =>
      page(path)
        .filter((e) => e.tagName === 'a')
        .map((a) => attr(a, 'href'));
    expect(links('/')).toContain('/tools/exposure/');
    expect(links('/en/')).toContain('/en/tools/exposure/');
    expect(links('/compare/intl-call-suspension/')).toContain('/tools/exposure/');
    const scripts = page('/compare/intl-call-suspension/').filter((e) => e.tagName === 'script');
    expect(scripts.map((s) => attr(s, 'src')).filter(Boolean)).toEqual(['/js/compare.js']);
  });
});

describe('guide', () => {
  it('lists a contact row for every carrier, each linking to its cell and to the tool for that carrier', () => {
    const els = page('/guide/');
    const rows = els.filter((e) => e.tagName === 'tr' && attr(e, 'id')?.startsWith('contact-'));
    expect(rows.length).toBe(10);
    const ntt = rows.find((r) => attr(r, 'id') === 'contact-ntt-east')!;
    const hrefs = [...elements(ntt)].filter((e) => e.tagName === 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(['/terms/ntt-east/incident-contact/', '/tools/exposure/?carrier=ntt-east#ntt-east']);
  });

  it('cites an advisory or a cell for every checklist step taken from the records', () => {
    const list = page('/en/guide/').find((e) => e.tagName === 'ol' && attr(e, 'class') === 'checklist')!;
    const steps = (list.childNodes ?? []).filter((e) => e.tagName === 'li');
    const cited = steps.map((li) =>
      [...elements(li)]
        .filter((e) => e.tagName === 'span' && attr(e, 'class') === 'cites')
        .flatMap((span) => [...elements(span)].filter((a) => a.tagName === 'a').map((a) => attr(a, 'href'))),
    );
    // The last step points to the tool and the contacts below it; every other one cites records.
    expect(cited.length).toBe(7);
    for (const links of cited.slice(0, -1)) {
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).toMatch(/^\/en\/(advisories|terms)\//);
    }
  });
});
