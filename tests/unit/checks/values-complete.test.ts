import { describe, expect, it } from 'vitest';
import { BETA, byRule, problemsWith } from '../../support/content.ts';

describe('values-complete', () => {
  it('reports a column left blank', () => {
    const [p] = byRule(problemsWith({ [BETA]: (t) => t.replace(/ {2}hours:.*\n/, '') }), 'values-complete');
    expect(p!.message).toContain('no value for "hours"');
  });
  it('accepts a column filled by the shared channel', () => {
    // alpha has no `hours` of its own; the channel provides it.
    expect(byRule(problemsWith(), 'values-complete')).toEqual([]);
  });
});
