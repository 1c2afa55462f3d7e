import { evidenceKinds, type Evidence, type Source } from '../schema/common.ts';

/** 0 = strongest (tariff). */
export const evidenceRank = (e: Evidence) => evidenceKinds.indexOf(e);

/** The source with the strongest evidence (the first listed among equals), or undefined for none. */
export function strongestSource(sources: readonly Source[]): Source | undefined {
  return [...sources].sort((a, b) => evidenceRank(a.evidence) - evidenceRank(b.evidence))[0];
}

/** The strongest evidence among sources, or undefined for none. */
export function strongestEvidence(sources: readonly Source[]): Evidence | undefined {
  return strongestSource(sources)?.evidence;
}

/** The sources that back a values key (a source without `supports` backs all). */
export function sourcesFor(key: string, sources: readonly Source[]): Source[] {
  return sources.filter((s) => !s.supports || s.supports.includes(key));
}
