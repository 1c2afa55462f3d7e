/**
 * The model pages are built from: validated records joined together (a term knows its
 * carrier, topic, channel, cells and advisories). Pages never read content/ directly.
 */
import type { AdvisoryData } from '../schema/advisory.ts';
import type { CarrierData } from '../schema/carrier.ts';
import type { ChannelData } from '../schema/channel.ts';
import type { Evidence, LocalizedText, Source } from '../schema/common.ts';
import type { TermData } from '../schema/term.ts';
import type { Attribute, TopicData } from '../schema/topic.ts';
import { isUnknown, type UnknownCategory } from '../schema/values.ts';
import type { Records } from '../validate/context.ts';
import { addDays } from './business-days.ts';
import { sourcesFor, strongestEvidence } from './evidence.ts';

export interface Carrier {
  id: string;
  data: CarrierData;
  body: string;
}
export interface Topic {
  id: string;
  data: TopicData;
  body: string;
}
export interface Channel {
  id: string;
  data: ChannelData;
  body: string;
}
export interface Advisory {
  id: string;
  data: AdvisoryData;
  body: string;
  year: string;
  /** Carriers it concerns: those it names plus its issuer when the issuer is a carrier. One rule for carrier pages, the timeline filter and term pages. */
  carrierIds: string[];
}

/** One cell of a comparison table. */
export interface Cell {
  attribute: Attribute;
  /** The known value, when there is one. */
  value?: unknown;
  /** Why it is unknown, when it is. */
  unknown?: LocalizedText;
  /** The reason in a word (公式の記載なし…), when the record gives one. */
  unknownCategory?: UnknownCategory;
  /** Sources backing the value (for unknowns: none). */
  sources: Source[];
  evidence?: Evidence;
  /** Set when the value comes from a shared channel. */
  channel?: Channel;
  /** Verified more than 12 months before the build. */
  stale: boolean;
  verified: string;
}

export interface Term {
  id: string;
  data: TermData;
  body: string;
  carrier: Carrier;
  topic: Topic;
  channel?: Channel;
  cells: Cell[];
  /** Advisories that concern this carrier (named, or issued by it) and name this topic. */
  advisories: Advisory[];
}

export interface Site {
  today: string;
  carriers: Carrier[];
  topics: Topic[];
  terms: Term[];
  channels: Channel[];
  advisories: Advisory[];
  carrier(id: string): Carrier | undefined;
  topic(id: string): Topic | undefined;
  term(carrierId: string, topicId: string): Term | undefined;
}

export const STALE_AFTER_DAYS = 365;

export function buildSite(records: Records, today: string): Site {
  const carriers = records.carriers.map(({ id, data, body }) => ({ id, data, body }));
  carriers.sort((a, b) => CARRIER_ORDER(a.id) - CARRIER_ORDER(b.id) || a.id.localeCompare(b.id));
  const topics = records.topics
    .map(({ id, data, body }) => ({ id, data, body }))
    .sort((a, b) => a.data.order - b.data.order);
  const channels = records.channels.map(({ id, data, body }) => ({ id, data, body }));
  const carrierIdSet = new Set(carriers.map((c) => c.id));
  const advisories = records.advisories
    .map(({ id, data, body }) => ({
      id,
      data,
      body,
      year: data.date.slice(0, 4),
      carrierIds: [...new Set([...(data.carriers ?? []), ...(carrierIdSet.has(data.issuer) ? [data.issuer] : [])])],
    }))
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  const staleBefore = addDays(today, -STALE_AFTER_DAYS);

  // Lookups by id are maps: with 1,000 carriers and 10,000 terms a linear find per term (and
  // per page, in `site.term`) was quadratic (issue 16).
  const carrierById = new Map(carriers.map((c) => [c.id, c]));
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const channelById = new Map(channels.map((c) => [c.id, c]));
  const advisoriesByCarrier = new Map<string, Advisory[]>();
  for (const a of advisories)
    for (const id of a.carrierIds) (advisoriesByCarrier.get(id) ?? advisoriesByCarrier.set(id, []).get(id)!).push(a);

  const terms: Term[] = records.terms.flatMap(({ id, data, body }) => {
    const carrier = carrierById.get(data.carrier);
    const topic = topicById.get(data.topic);
    if (!carrier || !topic) return [];
    const channel = data.channel === undefined ? undefined : channelById.get(data.channel);
    const cells = topic.data.attributes.map((attribute): Cell => {
      const own = attribute.key in data.values;
      return own
        ? makeCell(attribute, data, staleBefore)
        : channel
          ? makeCell(attribute, channel.data, staleBefore, channel)
          : makeCell(attribute, { values: {}, sources: [], verified: data.verified }, staleBefore);
    });
    const related = (advisoriesByCarrier.get(carrier.id) ?? []).filter((a) => a.data.topics?.includes(topic.id));
    return [{ id, data, body, carrier, topic, channel, cells, advisories: related }];
  });
  terms.sort(
    (a, b) => a.topic.data.order - b.topic.data.order || CARRIER_ORDER(a.carrier.id) - CARRIER_ORDER(b.carrier.id),
  );

  const termByKey = new Map(terms.map((t) => [`${t.carrier.id}/${t.topic.id}`, t]));
  return {
    today,
    carriers,
    topics,
    terms,
    channels,
    advisories,
    carrier: (id) => carrierById.get(id),
    topic: (id) => topicById.get(id),
    term: (c, t) => termByKey.get(`${c}/${t}`),
  };
}

interface ValueHolder {
  values: Record<string, unknown>;
  sources: Source[];
  verified: string;
}

/** One cell from a record's values (a term's own, or a shared channel's). */
function makeCell(attribute: Attribute, holder: ValueHolder, staleBefore: string, channel?: Channel): Cell {
  const raw = holder.values[attribute.key];
  const base = { attribute, verified: holder.verified, stale: holder.verified < staleBefore, channel };
  if (raw === undefined || isUnknown(raw)) {
    return {
      ...base,
      unknown: raw ? raw.unknown : { ja: '未調査', en: 'Not researched yet' },
      unknownCategory: raw?.category,
      sources: [],
    };
  }
  const sources = sourcesFor(attribute.key, holder.sources);
  return { ...base, value: raw, sources, evidence: strongestEvidence(sources) };
}

/** A shared channel's values, per topic it serves, as cells (for its own page). */
export function channelCells(site: Site, channel: Channel): { topic: Topic; cells: Cell[] }[] {
  const staleBefore = addDays(site.today, -STALE_AFTER_DAYS);
  return site.topics
    .filter((topic) => channel.data.topics.includes(topic.id))
    .map((topic) => ({
      topic,
      cells: topic.data.attributes
        .filter((a) => a.key in channel.data.values)
        .map((a) => makeCell(a, channel.data as ValueHolder, staleBefore)),
    }));
}

/** Fixed lines first, then mobile, then the rest: the order readers expect in a table. */
const ORDER = [
  'ntt-east',
  'ntt-west',
  'ntt-docomo-business',
  'kddi',
  'softbank',
  'rakuten-communications',
  'ntt-docomo',
  'rakuten-mobile',
  'mineo',
  'iij',
];
function CARRIER_ORDER(id: string): number {
  const i = ORDER.indexOf(id);
  return i === -1 ? ORDER.length : i;
}
