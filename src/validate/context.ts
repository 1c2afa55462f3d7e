import type { AdvisoryData } from '../schema/advisory.ts';
import type { CarrierData } from '../schema/carrier.ts';
import type { ChannelData } from '../schema/channel.ts';
import type { TermData } from '../schema/term.ts';
import type { TopicData } from '../schema/topic.ts';
import type { CollectionName } from '../schema/index.ts';
import type { Source } from '../schema/common.ts';
import type { Problem } from './problem.ts';

/** A record that passed its schema, with where it came from. */
export interface Loaded<T> {
  /** (fixed) Path below the collection folder without .md. */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: T;
  /** Markdown body (not yet rendered). */
  body: string;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Line of the file where the body starts (1-based), for problems found in the body. */
  bodyLine?: number;
}

export interface Records {
  carriers: Loaded<CarrierData>[];
  topics: Loaded<TopicData>[];
  terms: Loaded<TermData>[];
  channels: Loaded<ChannelData>[];
  advisories: Loaded<AdvisoryData>[];
}

export interface CheckContext {
  records: Records;
  /** Every record file found, valid or not: collection and id. */
  files: { collection: CollectionName; id: string; file: string }[];
  /** Today's date (YYYY-MM-DD, JST); nothing may be dated after it. */
  today: string;
}

/** A rule the schema cannot express, with its own name and test. */
export interface Check {
  name: string;
  /** One line: what the rule guarantees a reader. */
  description: string;
  run: (ctx: CheckContext) => Problem[];
}

/** A problem at a field of a loaded record. */
export function at(record: Loaded<unknown>, path: readonly PropertyKey[], rule: string, message: string): Problem {
  return { file: record.file, line: record.lineOf(path), field: path.map(String).join('.'), rule, message };
}

/**
 * Every source list in the records, with the path to it (sources, and each earlier version's
 * sources on terms): one walk for the checks that look at sources.
 */
export function* sourceLists(
  records: Records,
): Generator<{ record: Loaded<unknown>; path: PropertyKey[]; sources: Source[] | undefined }> {
  for (const c of records.carriers) yield { record: c, path: ['sources'], sources: c.data.sources };
  for (const t of records.terms) {
    yield { record: t, path: ['sources'], sources: t.data.sources };
    for (const [i, h] of (t.data.history ?? []).entries())
      yield { record: t, path: ['history', i, 'sources'], sources: h.sources };
  }
  for (const ch of records.channels) yield { record: ch, path: ['sources'], sources: ch.data.sources };
  for (const a of records.advisories) yield { record: a, path: ['sources'], sources: a.data.sources };
}
