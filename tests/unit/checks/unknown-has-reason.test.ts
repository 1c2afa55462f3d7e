import { describe, expect, it } from 'vitest';
import { BETA, byRule, problemsWith } from '../../support/content.ts';

describe('unknown-has-reason', () => {
  it.each(['unknown', '{ unknown: }', 'null'])('asks for a reason when a value is written %s', (written) => {
    const [p] = byRule(
      problemsWith({ [BETA]: (t) => t.replace(/ {2}leadTime:.*\n/, `  leadTime: ${written}\n`) }),
      'unknown-has-reason',
    );
    expect(p!.message).toContain('unknown: { ja:');
  });
  it('reports an unknown that also carries a value', () => {
    const [p] = byRule(
      problemsWith({
        [BETA]: (t) => t.replace(/ {2}leadTime:.*\n/, '  leadTime: { unknown: { ja: 未確認 }, kind: minutes }\n'),
      }),
      'unknown-has-reason',
    );
    expect(p!.message).toContain('remove "kind"');
  });
});
