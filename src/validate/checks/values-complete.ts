import { at, type Check } from '../context.ts';

/** Every column of a term's topic is filled (by the term or its channel): no blank cells. */
export const valuesComplete: Check = {
  name: 'values-complete',
  description: 'every column of a row has a value or an explicit unknown — no blank cells',
  run: ({ records }) => {
    const topics = new Map(records.topics.map((t) => [t.id, t.data]));
    const channels = new Map(records.channels.map((c) => [c.id, c.data]));
    return records.terms.flatMap((term) => {
      const topic = topics.get(term.data.topic);
      if (!topic) return [];
      const fromChannel = term.data.channel ? (channels.get(term.data.channel)?.values ?? {}) : {};
      return topic.attributes
        .filter((a) => !(a.key in term.data.values) && !(a.key in fromChannel))
        .map((a) =>
          at(
            term,
            ['values'],
            'values-complete',
            `no value for "${a.key}" (${a.label.ja}); give a ${a.type} value or { unknown: { ja: 理由, en: reason } }`,
          ),
        );
    });
  },
};
