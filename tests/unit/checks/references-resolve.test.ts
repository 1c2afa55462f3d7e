import { describe, expect, it } from 'vitest';
import { ALPHA, BETA, byRule, problemsWith } from '../../support/content.ts';

describe('references-resolve', () => {
  it('suggests the carrier id that was meant', () => {
    const [p] = byRule(
      problemsWith({
        'advisories/2015-06-12-alpha-warning.md': (t) => t.replace('carriers: [alpha]', 'carriers: [alpah]'),
      }),
      'references-resolve',
    );
    expect(p).toMatchObject({ field: 'carriers.0' });
    expect(p!.message).toContain('did you mean "alpha"');
  });
  it('reports an issuer that looks like a carrier id but is not one, and accepts organisation names', () => {
    const edit = (issuer: string) =>
      byRule(
        problemsWith({
          'advisories/2015-06-12-alpha-warning.md': (t) => t.replace('issuer: alpha', `issuer: ${issuer}`),
        }),
        'references-resolve',
      );
    const [p] = edit('alpah');
    expect(p).toMatchObject({ field: 'issuer' });
    expect(p!.message).toContain('did you mean "alpha"');
    expect(edit('総務省')).toEqual([]);
    expect(edit('TCA')).toEqual([]);
  });
  it('reports a "supports" key that is not a column, in a shared desk\'s sources too', () => {
    const [p] = byRule(
      problemsWith({
        [BETA]: (t) =>
          t.replace('supports: [available, fee, policy, hours]', 'supports: [available, fee, policy, hours, feee]'),
      }),
      'references-resolve',
    );
    expect(p).toMatchObject({ field: 'sources.0.supports.4' });
    expect(p!.message).toContain('did you mean "fee"');
    const [q] = byRule(
      problemsWith({
        'channels/shared-desk.md': (t) =>
          t.replace('    retrieved: 2026-11-30', '    supports: [houres]\n    retrieved: 2026-11-30'),
      }),
      'references-resolve',
    );
    expect(q).toMatchObject({ field: 'sources.0.supports.0' });
    expect(q!.message).toContain('did you mean "hours"');
  });
  it('reports a values key that is not a column of the topic', () => {
    const [p] = byRule(
      problemsWith({ [BETA]: (t) => t.replace('  policy: none', '  policy: none\n  leadtime: { kind: immediate }') }),
      'references-resolve',
    );
    expect(p!.message).toContain('did you mean "leadTime"');
  });
  it('reports a term whose carrier differs from its folder', () => {
    const [p] = byRule(
      problemsWith({ [BETA]: (t) => t.replace('carrier: beta', 'carrier: alpha') }),
      'references-resolve',
    );
    expect(p!.message).toContain('terms/beta/');
  });
  it('reports a channel that does not list the carrier', () => {
    const [p] = byRule(
      problemsWith({ 'channels/shared-desk.md': (t) => t.replace('participants: [alpha]', 'participants: [beta]') }),
      'references-resolve',
    );
    expect(p).toMatchObject({ file: ALPHA, field: 'channel' });
  });
  it('does not repeat a broken carrier file at every reference', () => {
    const problems = problemsWith({
      'carriers/alpha.md': (t) => t.replace('kinds: [fixed-line, ip-phone]', 'kinds: []'),
    });
    expect(byRule(problems, 'references-resolve')).toEqual([]);
    expect(byRule(problems, 'schema')).toHaveLength(1);
  });
});
