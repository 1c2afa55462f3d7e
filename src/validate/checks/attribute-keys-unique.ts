import { at, type Check } from '../context.ts';

/** A topic's columns have distinct keys, and an enum's options distinct values. */
export const attributeKeysUnique: Check = {
  name: 'attribute-keys-unique',
  description: 'a topic does not define the same column or enum option twice',
  run: ({ records }) =>
    records.topics.flatMap((topic) => {
      const seen = new Set<string>();
      return topic.data.attributes.flatMap((a, i) => {
        const problems = [];
        if (seen.has(a.key))
          problems.push(
            at(
              topic,
              ['attributes', i, 'key'],
              'attribute-keys-unique',
              `attribute key "${a.key}" is defined twice; rename one`,
            ),
          );
        seen.add(a.key);
        const values = a.options?.map((o) => o.value) ?? [];
        values.forEach((v, j) => {
          if (values.indexOf(v) !== j)
            problems.push(
              at(topic, ['attributes', i, 'options', j], 'attribute-keys-unique', `option "${v}" is listed twice`),
            );
        });
        return problems;
      });
    }),
};
