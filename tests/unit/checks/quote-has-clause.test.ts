import { describe, expect, it } from 'vitest';
import { ALPHA, byRule, problemsWith } from '../../support/content.ts';

describe('quote-has-clause', () => {
  it('reports a quote without the clause it quotes', () => {
    const [p] = byRule(problemsWith({ [ALPHA]: (t) => t.replace(/clause:.*\n/, '') }), 'quote-has-clause');
    expect(p).toMatchObject({ field: 'quote' });
  });
  it('asks for the article of a tariff quote', () => {
    const [p] = byRule(problemsWith({ [ALPHA]: (t) => t.replace(' article: 第48条,', '') }), 'quote-has-clause');
    expect(p!.message).toContain('第48条');
  });
});
