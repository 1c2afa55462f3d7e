import { describe, expect, it } from 'vitest';
import {
  citation,
  citationRecord,
  clauseName,
  formatBibtex,
  formatCslJson,
  formatHtml,
  formatJa,
  formatMarkdown,
  quoteKind,
  citedSource,
  citeBibtex,
  citeCslJson,
  citeEn,
  citeJa,
  type CitationRecord,
} from '../../src/model/citation.ts';
import { loadSite } from '../../src/model/load.ts';

const record: CitationRecord = {
  id: 'yakkan-ntt-west-customer-equipment-responsibility',
  publisher: { ja: '西日本電信電話株式会社', en: 'NTT West' },
  document: { ja: 'IP通信網サービス契約約款', en: 'IP通信網サービス契約約款' },
  article: '第48条',
  effective: '2015-07-06',
  url: 'https://www.ntt-west.co.jp/tariff/yakkan/ip_n/ip_n-04.html',
  retrieved: '2026-12-01',
};

describe('citations from one record', () => {
  it('Japanese: publisher, 約款名, 条, 施行日, URL, 閲覧日', () => {
    expect(citeJa(record)).toBe(
      '西日本電信電話株式会社「IP通信網サービス契約約款」第48条（2015年7月6日施行）、https://www.ntt-west.co.jp/tariff/yakkan/ip_n/ip_n-04.html（2026年12月1日閲覧）',
    );
  });
  it('English', () => {
    expect(citeEn(record)).toBe(
      'NTT West. “IP通信網サービス契約約款”, 第48条, effective 6 July 2015. https://www.ntt-west.co.jp/tariff/yakkan/ip_n/ip_n-04.html (accessed 1 December 2026).',
    );
  });
  it('BibTeX has a key, author, title, year, url and urldate, and escapes specials', () => {
    const bib = citeBibtex({ ...record, document: { ja: 'A & B_{x}', en: 'A & B_{x}' } });
    expect(bib).toMatch(/^@misc\{yakkan-ntt-west-customer-equipment-responsibility,/);
    expect(bib).toContain('title = {{A \\& B\\_\\{x\\}}}');
    expect(bib).toContain('year = {2015}');
    expect(bib).toContain('urldate = {2026-12-01}');
  });
  it('CSL-JSON parses and carries the article as section and dates as date-parts', () => {
    const [item] = JSON.parse(citeCslJson(record));
    expect(item).toMatchObject({
      type: 'legislation',
      section: '第48条',
      URL: record.url,
      accessed: { 'date-parts': [[2026, 12, 1]] },
      issued: { 'date-parts': [[2015, 7, 6]] },
    });
  });
});

describe('citations of the real records', () => {
  const site = loadSite();

  it('take author, title and URL from one and the same source', () => {
    for (const term of site.terms) {
      const c = citationRecord(term);
      const source = term.data.sources.find((s) => s.url === c.url)!;
      expect(source, term.id).toBeDefined();
      expect(c.publisher.ja, term.id).toBe(source.publisher);
      if (source.evidence !== 'tariff' && c.document) expect(c.document.ja, term.id).toBe(source.title);
    }
  });

  it('name the carrier only for the carrier’s own pages, in English by its English name', () => {
    const term = site.term('ntt-west', 'customer-equipment-responsibility')!;
    const c = citationRecord(term);
    expect(c.publisher.ja).toMatch(/西日本/);
    expect(c.publisher.en).toMatch(/^[ -~]+$/); // ASCII only
    const thirdParty = site.terms.filter((t) => {
      const source = citedSource(t);
      return ![t.carrier.data.name.ja, t.carrier.data.legalName?.ja].includes(source.publisher);
    });
    expect(thirdParty.length).toBeGreaterThan(0);
    for (const t of thirdParty) expect(citationRecord(t).publisher.ja, t.id).toBe(citedSource(t).publisher);
  });

  it('cite a source that backs a value, not one kept only for context', () => {
    for (const term of site.terms) {
      const source = citedSource(term);
      const backing = term.data.sources.some((s) => !s.supports || s.supports.length > 0);
      if (backing) expect(source.supports === undefined || source.supports.length > 0, term.id).toBe(true);
    }
  });

  it('cite one value under its own key, from its own source where the record cites another', () => {
    let mismatchesWithRecordCitation = 0;
    for (const term of site.terms) {
      for (const cell of term.cells.filter((c) => !c.unknown)) {
        const c = citationRecord(term, cell);
        expect(c.id).toBe(`yakkan-${term.id.replace('/', '-')}-${cell.attribute.key}`);
        if (c.url !== citationRecord(term).url) mismatchesWithRecordCitation++;
      }
    }
    // The reason this exists: for some values the record's citation names another value's source.
    expect(mismatchesWithRecordCitation).toBeGreaterThan(0);
  });

  it('give no BibTeX year when the page shows no date', () => {
    expect(citeBibtex({ ...record, effective: undefined, published: undefined })).not.toContain('year =');
  });
});

describe('citing one value: every source behind it and its permalink', () => {
  const site = loadSite();
  const term = site.term('ntt-east', 'intl-call-suspension')!;
  const leadTime = term.cells.find((c) => c.attribute.key === 'leadTime')!;
  const where = { site: 'https://example.org', lang: 'ja' as const };
  const c = citation(term, where, leadTime);

  it("names all of NTT East lead time's sources, strongest first, and the row's absolute permalink", () => {
    expect(leadTime.sources.length).toBe(3);
    const text = formatJa(c);
    for (const s of leadTime.sources) expect(text).toContain(s.url);
    expect(c.sources[0]!.url).toBe('https://www.ntt-west.co.jp/news/1507/150706a.html');
    expect(c.permalink).toBe('https://example.org/terms/ntt-east/intl-call-suspension/#leadTime');
    expect(text.split('\n').at(-1)).toContain(c.permalink);
    expect(citation(term, { ...where, lang: 'en' }, leadTime).permalink).toBe(
      'https://example.org/en/terms/ntt-east/intl-call-suspension/#leadTime',
    );
  });

  it('cites an unconfirmed headline by its publisher and date, never by our bracketed placeholder', () => {
    const text = [formatJa(c), formatMarkdown(c, 'ja'), formatHtml(c, 'en'), formatBibtex(c), formatCslJson(c)].join();
    expect(text).not.toMatch(/見出し未確認|表題未確認/);
    expect(formatJa(c)).toContain('日経BP ITpro（2015年7月6日）、http://itpro.nikkeibp.co.jp/');
  });

  it('Markdown: one linked line per source and a last line linking the value on Yakkan', () => {
    const lines = formatMarkdown(c, 'ja').split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^- .+「\[.+\]\(https:\/\/www\.ntt-west\.co\.jp\/news\/1507\/150706a\.html\)」（2026年12月1日閲覧）$/,
    );
    expect(lines[3]).toBe(
      '- [Yakkan（約款）: NTT東日本：国際電話の発信休止（申込から休止まで）](https://example.org/terms/ntt-east/intl-call-suspension/#leadTime)',
    );
  });

  it('Markdown escapes brackets in titles so a link stays one link', () => {
    const tricky = { ...c, sources: [{ ...c.sources[0]!, document: { ja: 'a [b](c)', en: 'a [b](c)' } }] };
    expect(formatMarkdown(tricky, 'en')).toContain('[a \\[b\\](c)](https://www.ntt-west.co.jp/');
  });

  it('HTML: a list of links with every text escaped', () => {
    const tricky = {
      ...c,
      sources: [{ ...c.sources[0]!, document: { ja: '<script>x</script>', en: '<script>x</script>' } }],
    };
    const html = formatHtml(tricky, 'ja');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(formatHtml(c, 'ja').match(/<li>/g)).toHaveLength(4);
    expect(formatHtml(c, 'ja')).toContain(`<a href="${c.permalink}">`);
  });

  it('BibTeX and CSL-JSON carry one entry per source plus the Yakkan page', () => {
    expect(formatBibtex(c).match(/^@misc\{/gm)).toHaveLength(4);
    const items = JSON.parse(formatCslJson(c)) as { URL: string }[];
    expect(items.map((i) => i.URL)).toEqual([...c.sources.map((s) => s.url), c.permalink]);
  });
});

describe('quote labels follow the evidence of the quoted source', () => {
  const site = loadSite();
  it('labels a press-release sentence as an official statement and a numbered tariff article as a tariff clause', () => {
    expect(site.term('ntt-east', 'intl-call-suspension')!.data.quote).toBeDefined();
    expect(quoteKind(site.term('ntt-east', 'intl-call-suspension')!)).toBe('official');
    const tariffClauses = site.terms.filter((t) => t.data.quote && quoteKind(t) === 'tariff');
    expect(tariffClauses.length).toBeGreaterThan(0);
    for (const t of tariffClauses) expect(t.data.clause?.document, t.id).toMatch(/約款/);
  });
});

describe('the quoted document as readers see it', () => {
  const site = loadSite();
  it('names the site and date, not our placeholder, when the clause document is an unconfirmed headline', () => {
    const term = site.term('kddi', 'fraud-compensation')!;
    expect(term.data.clause!.document).toMatch(/^（表題未確認）/);
    expect(clauseName(term, 'ja')).not.toMatch(/表題未確認/);
    expect(clauseName(term, 'ja')).toMatch(/^KDDI/);
    expect(clauseName(site.term('ntt-east', 'intl-call-suspension')!, 'ja')).toBe(
      site.term('ntt-east', 'intl-call-suspension')!.data.clause!.document,
    );
  });
});
