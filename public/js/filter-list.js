// Advisory timeline island: filter by year, carrier, topic and kind, with the state in the URL.
import { setQuery } from '/js/url-state.js';
const form = document.querySelector('form[data-enhance]');
const list = document.querySelector('[data-filter-list]');
if (form && list) {
  form.hidden = false;
  const selects = [...form.querySelectorAll('select')];
  const count = form.querySelector('[data-count]');
  const params = new URLSearchParams(location.search);
  for (const s of selects) s.value = params.get(s.name) ?? '';
  const matches = (li, name, value) => {
    if (!value) return true;
    if (name === 'year') return li.dataset.year === value;
    if (name === 'kind') return li.dataset.kind === value;
    return (li.dataset[name === 'carrier' ? 'carriers' : 'topics'] ?? '').split(' ').includes(value);
  };
  const apply = () => {
    let shown = 0;
    for (const li of list.children) {
      const visible = selects.every((s) => matches(li, s.name, s.value));
      li.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = count.dataset.template.replace('{n}', String(shown));
    const next = new URLSearchParams();
    for (const s of selects) if (s.value) next.set(s.name, s.value);
    setQuery(next);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}
