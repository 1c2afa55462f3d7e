// "As of" links: /compare/<topic>/as-of/?asOf=YYYY-MM-DD opens the static table of the period
// that contains that day. The periods and their pages are listed in the page itself.

const list = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('.as-of-periods [data-href]')]);
const form = /** @type {HTMLFormElement | null} */ (document.querySelector('[data-as-of-form]'));
const status = document.querySelector('[data-as-of-status]');

/**
 * The page of the period containing `day`: the latest period starting on or before it, else the
 * stretch before the first recorded day (listed with an empty data-from).
 * @param {string} day YYYY-MM-DD
 * @returns {string | undefined}
 */
export function periodHref(day) {
  const starts = list.filter((li) => li.dataset.from && li.dataset.from <= day);
  starts.sort((a, b) => (b.dataset.from ?? '').localeCompare(a.dataset.from ?? ''));
  return (starts[0] ?? list.find((li) => !li.dataset.from))?.dataset.href;
}

/** @param {string | null} day */
function open(day) {
  if (!day) return;
  const target = /^\d{4}-\d{2}-\d{2}$/.test(day) ? periodHref(day) : undefined;
  if (target) location.replace(`${target}?asOf=${day}`);
  else if (status) status.textContent = status.getAttribute('data-invalid');
}

if (form) {
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    open(new FormData(form).get('asOf')?.toString() ?? null);
  });
}
open(new URLSearchParams(location.search).get('asOf'));
