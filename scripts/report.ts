/**
 * `npm run report`: the coverage of the knowledge base — carriers × topics with each cell's
 * state (sourced with its strongest evidence, or unknown with the reason), advisories per year, and how many
 * terms were verified in the last 12 months.
 */
import { loadSite } from '../src/model/load.ts';
import { coverage } from '../src/model/coverage.ts';
import { strongestEvidence } from '../src/model/evidence.ts';
import { hasPlaceholderTitle } from '../src/model/source-title.ts';
import type { Term } from '../src/model/site.ts';
import { loadCheckStatus, recheckSince } from '../src/sources/status.ts';

const site = loadSite();
const cov = coverage(site);
const short = { tariff: 'T', official: 'O', press: 'P', secondary: 'S' } as const;
/** A cell's label: the strongest evidence behind any of its known values. */
const bestEvidence = (term: Term) => strongestEvidence(term.cells.filter((c) => !c.unknown).flatMap((c) => c.sources));
const width = 24;
console.log(
  `Coverage matrix (cell = strongest evidence of its sourced values and known/total values; ? = all unknown)`,
);
console.log(`${''.padEnd(width)}${site.topics.map((t) => t.id.slice(0, 12).padEnd(13)).join('')}`);
for (const carrier of site.carriers) {
  const row = site.topics.map((topic) => {
    const term = site.term(carrier.id, topic.id);
    if (!term) return 'missing'.padEnd(13);
    const known = term.cells.filter((c) => !c.unknown);
    if (known.length === 0) return `? 0/${term.cells.length}`.padEnd(13);
    return `${short[bestEvidence(term)!]} ${known.length}/${term.cells.length}`.padEnd(13);
  });
  console.log(`${carrier.id.padEnd(width)}${row.join('')}`);
}
console.log("\nCells with no sourced value, and why (the first value's reason; every reason is on the term page):");
for (const { carrier, topic, term } of cov.gaps) {
  // A pair with no term file is a gap too (coverage counts it), so it is listed like one.
  const reason = term ? term.cells[0]!.unknown!.ja.replace(/\s+/g, ' ') : '（記録なし: terms/ にファイルがない）';
  console.log(`  ${`${carrier.id}/${topic.id}`.padEnd(50)} ${reason.length > 90 ? `${reason.slice(0, 89)}…` : reason}`);
}
console.log(`\nCells: ${cov.cells} — sourced ${cov.sourced} (${cov.percent} %), unknown ${cov.unknown}`);
console.log(`Attribute values: ${cov.knownValues} of ${cov.values} sourced (${cov.valuesPercent} %)`);
const strongest: Record<string, number> = {};
for (const term of site.terms) {
  const known = term.cells.filter((c) => !c.unknown);
  if (known.length === 0) continue;
  const best = bestEvidence(term)!;
  strongest[best] = (strongest[best] ?? 0) + 1;
}
console.log(
  `Strongest evidence per sourced cell: ${Object.entries(strongest)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
const perYear: Record<string, number> = {};
for (const a of site.advisories) perYear[a.year] = (perYear[a.year] ?? 0) + 1;
console.log(
  `Advisories per year (${site.advisories.length} in all): ${Object.entries(perYear)
    .sort()
    .map(([y, n]) => `${y}: ${n}`)
    .join(', ')}`,
);
console.log(`Terms verified in the last 12 months: ${cov.verifiedLastYear} of ${cov.cells}`);
const allSources = [
  ...site.terms.flatMap((t) => [...t.data.sources, ...(t.data.history ?? []).flatMap((h) => h.sources)]),
  ...site.advisories.flatMap((a) => a.data.sources),
  ...site.channels.flatMap((c) => c.data.sources),
  ...site.carriers.flatMap((c) => c.data.sources ?? []),
];
const placeholders = allSources.filter(hasPlaceholderTitle).length;
console.log(
  `Sources: ${allSources.length}; with an archived copy ${allSources.filter((s) => s.archived).length}; ` +
    `title still a placeholder (［見出し未確認］/（表題未確認）) ${placeholders}`,
);
const checks = loadCheckStatus();
const recheck = Object.keys(checks.records).filter((file) => recheckSince(checks, file));
console.log(
  checks.checked
    ? `Quotes to recheck (not found on their source by npm run sources:check; last run ${checks.checked}): ${recheck.length}` +
        recheck.map((file) => `\n  ${file} (${checks.records[file]!.checked})`).join('')
    : 'Quotes to recheck: not known — npm run sources:check has not been run (no status.json in the snapshot store)',
);
