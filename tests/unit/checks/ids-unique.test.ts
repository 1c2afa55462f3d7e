import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byRule, problemsWith, VALID } from '../../support/content.ts';

describe('ids-unique', () => {
  it('reports ids that differ only by letter case', () => {
    const copy = readFileSync(`${VALID}carriers/alpha.md`, 'utf8');
    const problems = byRule(problemsWith({ 'carriers/Alpha.md': copy }), 'ids-unique');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('clashes with');
  });
});
