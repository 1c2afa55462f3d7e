import { describe, expect, it } from 'vitest';
import { BETA, byRule, problemsWith } from '../../support/content.ts';

describe('values-sourced', () => {
  it('reports a value no source backs', () => {
    const [p] = byRule(
      problemsWith({
        [BETA]: (t) => t.replace('supports: [available, fee, policy, hours]', 'supports: [available, fee, policy]'),
      }),
      'values-sourced',
    );
    expect(p).toMatchObject({ field: 'values.hours' });
  });
});
