import { didYouMean } from '../friendly-issues.ts';
import { at, type Check, type Loaded } from '../context.ts';
import { suggestId } from './id-format.ts';
import type { Problem } from '../problem.ts';
import { SLUG_PATTERN, type Source } from '../../schema/common.ts';

function unknownRef(
  record: Loaded<unknown>,
  path: PropertyKey[],
  kind: string,
  value: string,
  known: string[],
): Problem {
  const hint = didYouMean(value, known);
  return at(
    record,
    path,
    'references-resolve',
    `no ${kind} "${value}"${hint ? ` — did you mean "${hint}"?` : `; known: ${known.join(', ')}`}`,
  );
}

/** Every carrier, topic, channel and attribute a record names exists. */
export const referencesResolve: Check = {
  name: 'references-resolve',
  description: 'carriers, topics, channels and attribute keys that records name all exist',
  run: ({ records, files }) => {
    const problems: Problem[] = [];
    // A record whose own file is broken still exists: its schema problem is reported once, not at every reference.
    // A misnamed file ("kddi\u200b.md") is reported once by id-format; references to the id it
    // will have once renamed are not reported again, in every record that names it.
    const idsOf = (collection: string) =>
      files
        .filter((f) => f.collection === collection)
        .flatMap((f) => (SLUG_PATTERN.test(f.id) ? [f.id] : [f.id, suggestId(f.id)]));
    const carrierIds = idsOf('carriers');
    const topicIds = idsOf('topics');
    const channelIds = idsOf('channels');
    const topics = new Map(records.topics.map((t) => [t.id, t.data]));
    const channels = new Map(records.channels.map((c) => [c.id, c.data]));
    const attributeKeys = (topicId: string) => topics.get(topicId)?.attributes.map((a) => a.key) ?? [];

    for (const term of records.terms) {
      // A term outside content/terms/<carrier>/ is reported by id-format; comparing its
      // missing folder or file name with the data would only add noise.
      const [folder, file, ...deeper] = term.id.split('/');
      const laidOut = file !== undefined && deeper.length === 0;
      const { carrier, topic, channel } = term.data;
      if (!carrierIds.includes(carrier)) problems.push(unknownRef(term, ['carrier'], 'carrier', carrier, carrierIds));
      else if (laidOut && carrier !== folder)
        problems.push(
          at(
            term,
            ['carrier'],
            'references-resolve',
            `carrier is "${carrier}" but the file is in terms/${folder}/; make them the same`,
          ),
        );
      if (!topicIds.includes(topic)) problems.push(unknownRef(term, ['topic'], 'topic', topic, topicIds));
      else if (laidOut && topic !== file)
        problems.push(
          at(
            term,
            ['topic'],
            'references-resolve',
            `topic is "${topic}" but the file is ${file}.md; make them the same`,
          ),
        );
      const keys = attributeKeys(topic);
      if (topics.has(topic)) {
        for (const key of Object.keys(term.data.values)) {
          if (!keys.includes(key))
            problems.push(unknownRef(term, ['values', key], `attribute of topic ${topic}`, key, keys));
        }
        term.data.history?.forEach((h, i) => {
          for (const key of Object.keys(h.values ?? {})) {
            if (!keys.includes(key))
              problems.push(unknownRef(term, ['history', i, 'values', key], `attribute of topic ${topic}`, key, keys));
          }
        });
      }
      if (channel !== undefined) {
        const ch = channels.get(channel);
        if (!channelIds.includes(channel)) problems.push(unknownRef(term, ['channel'], 'channel', channel, channelIds));
        else if (ch) {
          if (!ch.participants.includes(carrier))
            problems.push(
              at(
                term,
                ['channel'],
                'references-resolve',
                `channel "${channel}" does not list ${carrier} in its participants; add it there or remove the channel`,
              ),
            );
          if (!ch.topics.includes(topic))
            problems.push(
              at(term, ['channel'], 'references-resolve', `channel "${channel}" does not cover topic ${topic}`),
            );
        }
      }
      // `supports` names columns of the topic, in the term's sources and in its history's.
      const supportLists: [readonly PropertyKey[], Source[]][] = [
        [['sources'], term.data.sources],
        ...(term.data.history ?? []).map((h, k): [readonly PropertyKey[], Source[]] => [
          ['history', k, 'sources'],
          h.sources,
        ]),
      ];
      for (const [path, sources] of supportLists) {
        sources.forEach((s, i) =>
          s.supports?.forEach((key, j) => {
            if (!keys.includes(key) && topics.has(topic))
              problems.push(
                unknownRef(
                  term,
                  [...path, i, 'supports', j] as PropertyKey[],
                  `attribute of topic ${topic}`,
                  key,
                  keys,
                ),
              );
          }),
        );
      }
    }

    for (const ch of records.channels) {
      ch.data.participants.forEach((c, i) => {
        if (!carrierIds.includes(c)) problems.push(unknownRef(ch, ['participants', i], 'carrier', c, carrierIds));
      });
      ch.data.topics.forEach((t, i) => {
        if (!topicIds.includes(t)) problems.push(unknownRef(ch, ['topics', i], 'topic', t, topicIds));
      });
      const keys = ch.data.topics.flatMap(attributeKeys);
      for (const key of Object.keys(ch.data.values)) {
        if (!keys.includes(key))
          problems.push(unknownRef(ch, ['values', key], "attribute of the channel's topics", key, keys));
      }
      ch.data.sources.forEach((s, i) =>
        s.supports?.forEach((key, j) => {
          if (!keys.includes(key))
            problems.push(
              unknownRef(ch, ['sources', i, 'supports', j], "attribute of the channel's topics", key, keys),
            );
        }),
      );
    }

    for (const adv of records.advisories) {
      adv.data.carriers?.forEach((c, i) => {
        if (!carrierIds.includes(c)) problems.push(unknownRef(adv, ['carriers', i], 'carrier', c, carrierIds));
      });
      adv.data.topics?.forEach((t, i) => {
        if (!topicIds.includes(t)) problems.push(unknownRef(adv, ['topics', i], 'topic', t, topicIds));
      });
      // An issuer written as an id (lowercase ASCII, e.g. kddi) must be a carrier id;
      // organisation names (総務省, TCA, NHK) are free text.
      const issuer = adv.data.issuer;
      if (SLUG_PATTERN.test(issuer) && !carrierIds.includes(issuer)) {
        problems.push(unknownRef(adv, ['issuer'], 'carrier', issuer, carrierIds));
      }
    }
    return problems;
  },
};
