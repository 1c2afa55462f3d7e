import { describe, expect, it } from 'vitest';
import { byRule, problemsWith } from '../../support/content.ts';

describe('attribute-keys-unique', () => {
  it('reports a column defined twice', () => {
    const problems = byRule(
      problemsWith({ 'topics/intl-call-suspension.md': (t) => t.replace('  - key: fee', '  - key: available') }),
      'attribute-keys-unique',
    );
    expect(problems).toHaveLength(1);
  });
});
