// Lead-time calculator island: the reader picks when they apply (JST, default now) and each
// row shows when that request takes effect. The section stays hidden without JavaScript.
import { setQuery } from '/js/url-state.js';
import { effectiveAt } from '/js/lead-time.js';

const section = document.querySelector('[data-lead-time-calculator]');
if (section) {
  const input = section.querySelector('input[name="at"]');
  const closed = new Set(JSON.parse(section.dataset.closed));
  const ja = section.dataset.lang === 'ja';
  const rows = [...section.querySelectorAll('tr[data-lead-time]')].map((row) => ({
    out: row.querySelector('[data-effective]'),
    leadTime: JSON.parse(row.dataset.leadTime),
  }));

  // "Now" in Japan, whatever the reader's own time zone.
  const nowJst = () => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Asia/Tokyo',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(new Date())
        .map((p) => [p.type, p.value]),
    );
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  };

  const day = (date) =>
    new Intl.DateTimeFormat(ja ? 'ja-JP' : 'en-GB', {
      timeZone: 'UTC',
      year: 'numeric',
      month: ja ? 'long' : 'short',
      day: 'numeric',
      weekday: 'short',
    }).format(new Date(`${date}T00:00:00Z`));

  const describe = (result) => {
    if (!result) return ja ? '計算できません' : 'Cannot be computed';
    if (result.time) return ja ? `${day(result.date)} ${result.time}ごろ` : `${day(result.date)}, about ${result.time}`;
    return ja ? `${day(result.date)}中` : `During ${day(result.date)}`;
  };

  function update() {
    const [date, time] = input.value.split('T');
    const inRange =
      date && time && (!input.min || input.value >= input.min) && (!input.max || input.value <= input.max);
    for (const { out, leadTime } of rows) {
      out.textContent = inRange
        ? describe(effectiveAt(leadTime, date, time, closed))
        : ja
          ? '日時を範囲内で指定してください'
          : 'Choose a date and time in range';
    }
  }

  const shared = new URLSearchParams(location.search).get('at') ?? '';
  input.value = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(shared) ? shared : nowJst();
  input.addEventListener('input', () => {
    // A chosen time goes into the URL so the view can be shared (?at=2015-07-10T18:00).
    const next = new URLSearchParams(location.search);
    next.set('at', input.value);
    setQuery(next);
    update();
  });
  section.hidden = false;
  update();
}
