import { describe, expect, it } from 'vitest';
import { byRule, problemsWith } from '../../support/content.ts';

describe('advisory-date-matches-file', () => {
  it('reports a date that differs from the file name', () => {
    const [p] = byRule(
      problemsWith({
        'advisories/2015-06-12-alpha-warning.md': (t) => t.replace('date: 2015-06-12', 'date: 2015-06-13'),
      }),
      'advisory-date-matches-file',
    );
    expect(p!.message).toContain('2015-06-12');
  });
});
