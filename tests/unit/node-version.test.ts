import { expect, it } from 'vitest';

it('runs on Node 22 or newer (npm silently falls back to the machine Node 20 if the pinned one is missing)', () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
});
