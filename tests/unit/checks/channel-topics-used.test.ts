import { describe, expect, it } from 'vitest';
import { ALPHA, byRule, problemsWith } from '../../support/content.ts';

describe('channel-topics-used', () => {
  it('accepts a channel whose topic a participant opts into', () => {
    expect(byRule(problemsWith(), 'channel-topics-used')).toEqual([]);
  });
  it('reports a listed topic no participant uses the channel for, naming the fix', () => {
    const [p] = byRule(
      problemsWith({ [ALPHA]: (t) => t.replace('channel: shared-desk\n', '') }),
      'channel-topics-used',
    );
    expect(p!.file).toContain('channels/shared-desk.md');
    expect(p!.message).toContain('remove intl-call-suspension from topics');
  });
});
