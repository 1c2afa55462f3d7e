/** One schema per collection; the validator picks the schema by the file's folder. */
export { advisory } from './advisory.ts';
export { carrier } from './carrier.ts';
export { channel } from './channel.ts';
export { term } from './term.ts';
export { topic } from './topic.ts';

export const collections = ['carriers', 'topics', 'terms', 'channels', 'advisories'] as const;
export type CollectionName = (typeof collections)[number];
