// @ts-check
// Exposure tool island: the reader sets when they ask (JST, default now), where, and optionally a
// fraud rate; every table on the page is recomputed with /js/exposure.js (the module the build
// used for the worked example) and its rows reordered, soonest block first. State goes into the
// URL (?at=…&via=…&calls=…&yen=…&carrier=…) so a view can be shared. DOM nodes only, no HTML strings.
import { setQuery } from '/js/url-state.js';
import { describeEffect, formatCost, formatExposureHours, formatDay, rankExposures } from '/js/exposure.js';

const section = /** @type {HTMLElement | null} */ (document.querySelector('[data-exposure-tool]'));
if (section) {
  const form = /** @type {HTMLFormElement} */ (section.querySelector('[data-exposure-form]'));
  const field = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name));
  const at = field('at');
  const via = /** @type {HTMLSelectElement} */ (/** @type {unknown} */ (field('via')));
  const calls = field('calls');
  const yen = field('yen');
  const lang = section.dataset.lang === 'en' ? 'en' : 'ja';
  const ja = lang === 'ja';
  const closed = new Set(JSON.parse(section.dataset.closed ?? '[]'));
  const heading = /** @type {HTMLElement} */ (section.querySelector('[data-heading]'));
  const exampleNote = section.querySelector('[data-example-note]');
  const params = new URLSearchParams(location.search);

  /** Reasons shown for a shared desk's rows, by desk id. */
  const channelReason = new Map(
    [...section.querySelectorAll('[data-channel-reason]')].map((p) => [
      /** @type {HTMLElement} */ (p).dataset.channelReason,
      p,
    ]),
  );

  const tables = [...section.querySelectorAll('table[data-exposure-table]')].map((table) => ({
    body: /** @type {HTMLTableSectionElement} */ (table.querySelector('tbody')),
    caption: /** @type {HTMLElement} */ (table.querySelector('[data-caption]')),
    earlier: Boolean(table.closest('[data-earlier]')),
    rows: [.../** @type {NodeListOf<HTMLTableRowElement>} */ (table.querySelectorAll('tbody tr'))].map((el) => ({
      el,
      carrierId: el.dataset.carrier ?? '',
      own: el.dataset.leadTime ? JSON.parse(el.dataset.leadTime) : null,
      ownReason: el.dataset.reason ?? '',
      channels: (el.dataset.channels ?? '').split(' ').filter(Boolean),
      leadTime: /** @type {unknown} */ (null),
      reason: '',
    })),
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

  /** @param {HTMLInputElement} input */
  const numberOf = (input) => (input.value.trim() === '' ? undefined : Number(input.value));

  function update() {
    const [date, time] = at.value.split('T');
    const inRange = Boolean(date && time) && at.value >= at.min && at.value <= at.max;
    const rate = { callsPerHour: numberOf(calls), yenPerCall: numberOf(yen) };
    const desk = via.value;
    const request = inRange ? `${formatDay(date, lang)} ${time}` : '';
    heading.textContent = inRange
      ? ja
        ? `${request}に申し込んだ場合`
        : `Asking on ${request}`
      : ja
        ? '日時を範囲内で指定してください'
        : 'Choose a date and time in range';
    if (exampleNote) /** @type {HTMLElement} */ (exampleNote).hidden = true;
    for (const p of channelReason.values()) /** @type {HTMLElement} */ (p).hidden = true;
    if (desk) /** @type {HTMLElement | undefined} */ (channelReason.get(desk))?.removeAttribute('hidden');

    for (const table of tables) {
      table.caption.textContent = ja
        ? `${table.earlier ? '以前の扱い: ' : ''}${request}に申し込んだ場合の、各社の停止時刻と推定額（止まるのが早い順）`
        : `${table.earlier ? 'Earlier rules: ' : ''}Asking on ${request}: when each block takes effect and the estimated charges (soonest first)`;
      for (const row of table.rows) {
        // Through a shared desk, only its participants apply there, and the desk's own lead
        // time counts (unknown today: its reason is shown).
        if (!desk) {
          row.leadTime = row.own;
          row.reason = row.ownReason;
        } else if (row.channels.includes(desk)) {
          row.leadTime = null;
          row.reason = ja
            ? 'この窓口経由の所要時間は不明（表の上の注記）'
            : 'Unknown through this desk (see the note above the table)';
        } else {
          row.leadTime = null;
          row.reason = ja
            ? 'この窓口の対象外。各社に直接申し込む'
            : 'Not served by this desk: ask the carrier directly';
        }
      }
      const ranked = inRange
        ? rankExposures(table.rows, { date, time }, closed, rate)
        : table.rows.map((row) => ({ ...row, effect: null, cost: null }));
      let rank = 0;
      for (const row of ranked) {
        const { effect, cost } = row;
        const cells = row.el;
        /** @param {string} name */
        const out = (name) => /** @type {HTMLElement} */ (cells.querySelector(`[${name}]`));
        out('data-rank').textContent = effect ? String(++rank) : '—';
        out('data-effect').textContent = effect ? describeEffect(effect, lang) : ja ? '不明' : 'Unknown';
        out('data-effect').classList.toggle('unknown', !effect);
        out('data-reason-out').textContent = effect ? '' : row.reason;
        out('data-hours').textContent = effect ? formatExposureHours(effect.hours, lang) : '—';
        out('data-cost').textContent =
          cost !== null
            ? formatCost(cost, lang)
            : effect
              ? ja
                ? '—（料金の目安が未入力）'
                : '— (no rate given)'
              : '—';
        table.body.append(cells);
      }
    }
  }

  function save() {
    const next = new URLSearchParams(location.search);
    const set = (/** @type {string} */ key, /** @type {string} */ value) =>
      value ? next.set(key, value) : next.delete(key);
    set('at', at.value);
    set('via', via.value);
    set('calls', calls.value);
    set('yen', yen.value);
    setQuery(next);
  }

  const sharedAt = params.get('at') ?? '';
  at.value = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(sharedAt) ? sharedAt : nowJst();
  const sharedVia = params.get('via') ?? '';
  if ([...via.options].some((o) => o.value === sharedVia)) via.value = sharedVia;
  const preset = () => {
    calls.value = section.dataset.presetCalls ?? '';
    yen.value = section.dataset.presetYen ?? '';
  };
  if (params.has('calls') || params.has('yen')) {
    calls.value = params.get('calls') ?? '';
    yen.value = params.get('yen') ?? '';
  } else preset();

  // A reader coming from the guide with ?carrier= sees their carrier's row marked.
  const chosen = params.get('carrier');
  for (const table of tables) for (const row of table.rows) row.el.classList.toggle('chosen', row.carrierId === chosen);

  form.addEventListener('input', () => {
    save();
    update();
  });
  section.querySelector('[data-preset]')?.addEventListener('click', () => {
    preset();
    save();
    update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  update();
}
