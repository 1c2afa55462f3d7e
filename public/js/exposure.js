// @ts-check
// Exposure arithmetic: after a business asks each carrier to block international calls, when
// does the block take effect, how many hours can fraud keep running until then, and what could
// that cost at a given rate? One pure module, imported by the build (the worked example on
// /tools/exposure/) and by the exposure-tool island, so both show the same numbers.
// Dates are JST calendar dates 'YYYY-MM-DD', times 'HH:MM' (Japan has no daylight saving).
import { effectiveAt } from './lead-time.js';

/**
 * @typedef {object} Effect
 * @property {string} date JST date the block takes effect.
 * @property {string} time JST time; '24:00' when the rule names only the day (counted to its end).
 * @property {'at' | 'about' | 'after' | 'by-end-of-day'} bound How the time is meant:
 *   'at' immediate; 'about' a counted estimate (約30分); 'after' the source says "from this time
 *   on" (9:15以降); 'by-end-of-day' the rule names a day (当日中, 翌営業日), so the whole day counts.
 * @property {number} hours Hours from the request to the effect: how long fraud can keep running.
 */

/**
 * @typedef {object} Rate
 * @property {number} callsPerHour Fraudulent calls per hour.
 * @property {number} yenPerCall Average charge per call, in yen.
 */

/**
 * Minutes since 1970-01-01 00:00 of a JST date and time ('24:00' is the end of the day).
 * @param {string} date
 * @param {string} [time]
 */
export function minuteOf(date, time = '00:00') {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d) / 60000 + h * 60 + min;
}

/**
 * When a block requested at (date, time) takes effect under `leadTime`, and the hours of
 * exposure until then; `null` when the lead time is unknown (never guessed).
 * @param {unknown} leadTime a lead-time value from the data, or an `{ unknown }` value
 * @param {string} date
 * @param {string} time
 * @param {Set<string>} closed weekdays on which carriers are closed (holidays, 12/29–1/3)
 * @returns {Effect | null}
 */
export function exposure(leadTime, date, time, closed) {
  const effect = effectiveAt(leadTime, date, time, closed);
  if (!effect) return null;
  const kind = /** @type {{ kind: string }} */ (leadTime).kind;
  /** @type {Effect['bound']} */
  const bound = !effect.time ? 'by-end-of-day' : effect.after ? 'after' : kind === 'immediate' ? 'at' : 'about';
  const until = effect.time ?? '24:00';
  return { date: effect.date, time: until, bound, hours: (minuteOf(effect.date, until) - minuteOf(date, time)) / 60 };
}

/**
 * Estimated charges for `hours` of fraud at `rate`: hours × calls per hour × yen per call;
 * `null` when no complete rate is given (the cost is then not shown rather than guessed).
 * @param {number} hours
 * @param {Partial<Rate> | undefined} rate
 */
export function estimatedCost(hours, rate) {
  const calls = rate?.callsPerHour;
  const yen = rate?.yenPerCall;
  if (typeof calls !== 'number' || typeof yen !== 'number' || !(calls >= 0) || !(yen >= 0)) return null;
  return hours * calls * yen;
}

/**
 * A rate from a reported case: its calls over its duration, and its bill spread over its calls
 * (an average charge per call derived from the totals, not a tariff price).
 * @param {{ calls: number, hours: number, billYen: number }} totals
 * @returns {Rate}
 */
export function rateFromCase({ calls, hours, billYen }) {
  return { callsPerHour: calls / hours, yenPerCall: billYen / calls };
}

/**
 * Rows ranked by when the block takes effect, soonest first (ties keep their order); rows whose
 * lead time is unknown come last, in their order, with `effect: null`.
 * @template {{ leadTime: unknown }} Row
 * @param {Row[]} rows
 * @param {{ date: string, time: string }} request
 * @param {Set<string>} closed
 * @param {Partial<Rate>} [rate]
 * @returns {(Row & { effect: Effect | null, cost: number | null })[]}
 */
export function rankExposures(rows, request, closed, rate) {
  const computed = rows.map((row) => {
    const effect = exposure(row.leadTime, request.date, request.time, closed);
    return { ...row, effect, cost: effect ? estimatedCost(effect.hours, rate) : null };
  });
  const hoursOf = (/** @type {{ effect: Effect | null }} */ r) => r.effect?.hours ?? Infinity;
  return computed
    .map((row, index) => ({ row, index }))
    .sort((a, b) => hoursOf(a.row) - hoursOf(b.row) || a.index - b.index)
    .map(({ row }) => row);
}

// Wording, shared so the page built without JavaScript and the island read the same.

const WEEKDAYS = { ja: '日月火水木金土', en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A JST date as readers write it: 2027年7月16日(金) / Fri 16 Jul 2027. Spelled out here rather
 * than with Intl, whose output differs between ICU versions (Node at build, the reader's browser).
 * @param {string} date
 * @param {'ja' | 'en'} lang
 */
export function formatDay(date, lang) {
  const [y, m, d] = date.split('-').map(Number);
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return lang === 'ja' ? `${y}年${m}月${d}日(${WEEKDAYS.ja[w]})` : `${WEEKDAYS.en[w]} ${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * When the block takes effect, with how the time is meant (ごろ, 以降, 中).
 * @param {Effect} effect
 * @param {'ja' | 'en'} lang
 */
export function describeEffect(effect, lang) {
  const day = formatDay(effect.date, lang);
  const ja = lang === 'ja';
  switch (effect.bound) {
    case 'at':
      return ja ? `${day} ${effect.time}（即時）` : `${day}, ${effect.time} (immediately)`;
    case 'about':
      return ja ? `${day} ${effect.time}ごろ` : `${day}, about ${effect.time}`;
    case 'after':
      return ja ? `${day} ${effect.time}以降` : `${day}, after ${effect.time}`;
    default:
      return ja ? `${day}中（遅くとも24:00）` : `During ${day} (by 24:00 at the latest)`;
  }
}

/**
 * Hours to one decimal: 0.5時間 / 102 h.
 * @param {number} hours
 * @param {'ja' | 'en'} lang
 */
export function formatExposureHours(hours, lang) {
  const n = String(Math.round(hours * 10) / 10);
  return lang === 'ja' ? `${n}時間` : `${n} h`;
}

/**
 * An estimate in yen, rounded to ¥100 and said to be one: 約13,000円 / about ¥13,000.
 * @param {number} yen
 * @param {'ja' | 'en'} lang
 */
export function formatCost(yen, lang) {
  const n = String(Math.round(yen / 100) * 100).replace(/\B(?=(\d{3})+$)/g, ',');
  return lang === 'ja' ? `約${n}円` : `about ¥${n}`;
}
