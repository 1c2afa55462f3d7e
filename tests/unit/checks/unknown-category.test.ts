import { describe, expect, it } from 'vitest';
import { BETA, byRule, problemsWith } from '../../support/content.ts';

const withCategory = (category: string) => ({
  [BETA]: (t: string) =>
    t.replace(
      / {2}leadTime:.*\n/,
      `  leadTime: { unknown: { ja: 公式ページに記載なし, en: Not stated }, category: ${category} }\n`,
    ),
});

describe('unknown-category', () => {
  it('accepts a category from the list', () => {
    const problems = problemsWith(withCategory('no-official-statement'));
    expect(byRule(problems, 'unknown-category')).toEqual([]);
    expect(byRule(problems, 'unknown-has-reason')).toEqual([]);
  });
  it('names the file, the field and the words it accepts for a category not in the list', () => {
    const [p, ...rest] = byRule(problemsWith(withCategory('not-found')), 'unknown-category');
    expect(rest).toEqual([]);
    expect(p!.file).toContain(BETA);
    expect(p!.field).toBe('values.leadTime.category');
    expect(p!.message).toContain('"not-found" is not a category');
    expect(p!.message).toContain('tariff-not-read');
  });
});
