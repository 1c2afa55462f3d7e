// When does a request take effect? Lead-time arithmetic shared by the calculator island and
// the unit tests (one place). Dates are JST calendar dates 'YYYY-MM-DD', times 'HH:MM'.
// Business days are weekdays that are not in `closed` (national holidays and the 12/29–1/3
// break, computed at build time from holiday_jp by src/model/business-days.ts).

/** @param {string} date @param {number} days */
export function addDays(date, days) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const weekday = (date) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** @param {string} date @param {Set<string>} closed */
export function isBusinessDay(date, closed) {
  const w = weekday(date);
  return w !== 0 && w !== 6 && !closed.has(date);
}

const minutesOf = (time) => {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
};
const timeOf = (minutes) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Whether requests are taken on this date under `reception.days`. */
function receptionDay(reception, date, closed) {
  if (reception.days === 'weekdays') return weekday(date) !== 0 && weekday(date) !== 6;
  if (reception.days === 'business-days') return isBusinessDay(date, closed);
  return true; // daily, always
}

/**
 * The moment a request made at (date, time) is received: unchanged inside reception hours,
 * otherwise the next opening. Hours that wrap midnight are not modelled (none in the data).
 */
export function receivedAt(reception, date, time, closed) {
  if (!reception || reception.days === 'always') return { date, time };
  const from = minutesOf(reception.from);
  const to = minutesOf(reception.to);
  const now = minutesOf(time);
  if (receptionDay(reception, date, closed) && now >= from && now < to) return { date, time };
  let day = receptionDay(reception, date, closed) && now < from ? date : addDays(date, 1);
  while (!receptionDay(reception, day, closed)) day = addDays(day, 1);
  return { date: day, time: timeOf(from) };
}

/**
 * When a request made at (date, time) takes effect under `leadTime`.
 * Returns { date, time } for minute/hour lead times, { date, time, after: true } when the
 * source gives only "from this time on" (`afterHours`), and { date } (some time that day) for
 * day counts; `null` when the lead time cannot be computed (unknown kind or value).
 * @returns {{ date: string, time?: string, after?: boolean } | null}
 */
export function effectiveAt(leadTime, date, time, closed) {
  if (!leadTime || typeof leadTime !== 'object' || !('kind' in leadTime)) return null;
  const received = receivedAt(leadTime.reception, date, time, closed);
  // Outside reception hours, a source may give the time instead (mineo: "翌日9:15以降"): the
  // request takes effect from then on, not at a counted time, hence `after`.
  const waited = received.date !== date || received.time !== time;
  if (waited && leadTime.afterHours && ['immediate', 'minutes', 'hours'].includes(leadTime.kind)) {
    return { date: received.date, time: leadTime.afterHours, after: true };
  }
  // Requests after the cut-off count from the next day.
  const start =
    leadTime.cutoff && minutesOf(received.time) > minutesOf(leadTime.cutoff)
      ? addDays(received.date, 1)
      : received.date;
  switch (leadTime.kind) {
    case 'immediate':
      return received;
    case 'minutes':
    case 'hours': {
      const total = minutesOf(received.time) + leadTime.value * (leadTime.kind === 'hours' ? 60 : 1);
      return { date: addDays(received.date, Math.floor(total / 1440)), time: timeOf(total % 1440) };
    }
    case 'calendar-days':
      return { date: addDays(start, leadTime.value) };
    case 'business-days': {
      let day = start;
      for (let left = leadTime.value; left > 0;) {
        day = addDays(day, 1);
        if (isBusinessDay(day, closed)) left--;
      }
      return { date: day };
    }
    default:
      return null;
  }
}
