import { describe, expect, it } from 'vitest';
import { ALPHA, byRule, problemsWith } from '../../support/content.ts';

describe('dates-in-order', () => {
  it('reports a page read before it was published', () => {
    const [p] = byRule(
      problemsWith({
        [ALPHA]: (t) =>
          t
            .replace('published: 2015-07-01', 'published: 2026-11-30\n    # later')
            .replace('retrieved: 2026-11-30\nverified', 'retrieved: 2026-11-29\nverified'),
      }),
      'dates-in-order',
    );
    expect(p!.message).toContain('after retrieved');
  });
  it('reports a date in the future', () => {
    const [p] = byRule(
      problemsWith({ [ALPHA]: (t) => t.replace('verified: 2026-11-30', 'verified: 2027-01-01') }),
      'dates-in-order',
    );
    expect(p!.message).toContain('in the future');
  });
  it('reports a source retrieved after the term was verified', () => {
    const [p] = byRule(
      problemsWith({ [ALPHA]: (t) => t.replace('verified: 2026-11-30', 'verified: 2026-11-01') }),
      'dates-in-order',
    );
    expect(p).toMatchObject({ field: 'sources.0.retrieved' });
  });
});
