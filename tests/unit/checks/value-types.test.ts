import { describe, expect, it } from 'vitest';
import { BETA, byRule, problemsWith } from '../../support/content.ts';

describe('value-types', () => {
  it('reports a lead time written as free text, with an example', () => {
    const [p] = byRule(
      problemsWith({ [BETA]: (t) => t.replace(/ {2}leadTime:.*\n/, '  leadTime: 翌営業日\n') }),
      'value-types',
    );
    expect(p!.message).toContain('{ kind: business-days, value: 1 }');
  });
  it('reports an enum value that is not an option', () => {
    const [p] = byRule(
      problemsWith({ [BETA]: (t) => t.replace('policy: none', 'policy: none-at-all') }),
      'value-types',
    );
    expect(p!.message).toContain('use one of: full, none');
  });
  it('reports a yen amount without tax status', () => {
    const [p] = byRule(problemsWith({ [BETA]: (t) => t.replace('tax: exempt, ', '') }), 'value-types');
    expect(p!.field).toMatch(/^values\.fee/);
    expect(p!.message).toContain('tax: included');
  });
});
