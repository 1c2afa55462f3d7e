// Shared by the islands that keep their state in the URL: write it, and keep the language
// switch pointing at the same view (same ?query and #anchor) in the other language.
// Pages without an island keep the plain link, which goes to the same record.

function syncLangSwitch() {
  const link = document.querySelector('a.lang-switch');
  if (link) link.href = `${new URL(link.href).pathname}${location.search}${location.hash}`;
}

/** Replaces the query string (URLSearchParams or a string; keeps #anchor) and updates the language switch. */
export function setQuery(params) {
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  syncLangSwitch();
}

/** As setQuery, but adds a history entry (a new view the Back button should return from). */
export function pushQuery(params) {
  const query = params.toString();
  history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  syncLangSwitch();
}

addEventListener('hashchange', syncLangSwitch);
addEventListener('popstate', syncLangSwitch);
syncLangSwitch();
