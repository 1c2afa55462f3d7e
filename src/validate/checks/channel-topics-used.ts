import { at, type Check } from '../context.ts';

/**
 * Every topic a shared channel lists is used by at least one of its participants' terms
 * (`channel:` in that topic's term). A channel's values are keyed by attribute name, so a topic
 * listed but never opted into would show the channel's values under a question they were not
 * written for (e.g. an incoming-call block shown as an outgoing-call block).
 */
export const channelTopicsUsed: Check = {
  name: 'channel-topics-used',
  description: "each topic a channel lists is opted into by a participant's term",
  run: ({ records, files }) =>
    records.channels.flatMap((channel) =>
      channel.data.topics.flatMap((topic, i) =>
        // A term of this topic that failed its schema is reported on its own; do not guess.
        files.some(
          (f) => f.collection === 'terms' && f.id.endsWith(`/${topic}`) && !records.terms.some((t) => t.id === f.id),
        ) ||
        records.terms.some(
          (term) =>
            term.data.channel === channel.id &&
            term.data.topic === topic &&
            channel.data.participants.includes(term.data.carrier),
        )
          ? []
          : [
              at(
                channel,
                ['topics', i],
                'channel-topics-used',
                `no participant's ${topic} term says "channel: ${channel.id}"; add it to a term that uses this desk, or remove ${topic} from topics`,
              ),
            ],
      ),
    ),
};
