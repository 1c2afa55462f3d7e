import type { Attribute } from '../../schema/topic.ts';
import type { CheckContext, Loaded } from '../context.ts';

/** One value written in a term, a term's history entry or a channel, with its column. */
export interface WrittenValue {
  record: Loaded<unknown>;
  path: PropertyKey[];
  key: string;
  value: unknown;
  attribute: Attribute;
}

/** Every value in the content whose attribute (column) is known. */
export function writtenValues({ records }: CheckContext): WrittenValue[] {
  const topics = new Map(records.topics.map((t) => [t.id, t.data]));
  const attributeOf = (topicIds: string[], key: string) =>
    topicIds.map((t) => topics.get(t)?.attributes.find((a) => a.key === key)).find(Boolean);
  const out: WrittenValue[] = [];
  const add = (record: Loaded<unknown>, prefix: PropertyKey[], values: Record<string, unknown>, topicIds: string[]) => {
    for (const [key, value] of Object.entries(values)) {
      const attribute = attributeOf(topicIds, key);
      if (attribute) out.push({ record, path: [...prefix, key], key, value, attribute });
    }
  };
  for (const term of records.terms) {
    add(term, ['values'], term.data.values, [term.data.topic]);
    term.data.history?.forEach((h, i) => add(term, ['history', i, 'values'], h.values ?? {}, [term.data.topic]));
  }
  for (const ch of records.channels) add(ch, ['values'], ch.data.values, ch.data.topics);
  return out;
}
