/** The built "as of" tables: a record with history shows its earlier version in that period, and gaps say so. */
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { elements, text, type Node } from '../support/html.ts';

/** Each row's cells by carrier id: [data-as-of kind, text]. */
function table(path: string) {
  const els = [...elements(parse(readFileSync(`dist${path}index.html`, 'utf8')) as unknown as Node)];
  const rows = els.filter((e) => e.tagName === 'tr' && e.attrs?.some((a) => a.name === 'id'));
  return new Map(
    rows.map((r) => [
      r.attrs!.find((a) => a.name === 'id')!.value,
      [...elements(r)]
        .filter((e) => e.tagName === 'td')
        .map((td) => ({ kind: td.attrs!.find((a) => a.name === 'data-as-of')!.value, text: text(td) })),
    ]),
  );
}

describe('fraud compensation as of a date', () => {
  it('before 2015-07-06 NTT East shows its earlier policy, marked as the earlier version', () => {
    const [policy] = table('/compare/fraud-compensation/as-of/before-2015-07-06/').get('ntt-east')!;
    expect(policy!.kind).toBe('recorded');
    expect(policy!.text).toContain('補償なし');
    expect(policy!.text).toContain('旧版');
  });

  it('from 2015-07-06 it shows the current policy, and carriers with nothing recorded say so', () => {
    const rows = table('/compare/fraud-compensation/as-of/2015-07-06/');
    expect(rows.get('ntt-east')![0]!.text).toContain('個別対応');
    expect(rows.get('ntt-east')![0]!.text).not.toContain('旧版');
    expect(rows.get('softbank')!.map((c) => c.text)).toEqual(rows.get('softbank')!.map(() => 'この時点の記録なし'));
  });

  it('English pages say there is no record in English', () => {
    const rows = table('/en/compare/fraud-compensation/as-of/2015-07-06/');
    expect(rows.get('softbank')![0]!.text).toBe('No record for this date');
  });

  it('the period list links every period, newest first', () => {
    const html = readFileSync('dist/compare/fraud-compensation/as-of/index.html', 'utf8');
    const links = [...html.matchAll(/<a href="\/compare\/fraud-compensation\/as-of\/([^/"]+)\/"/g)].map((m) => m[1]);
    expect(links).toEqual(['2026-12-01', '2019-11-05', '2019-08-27', '2015-07-06', 'before-2015-07-06']);
  });
});
