/**
 * What an `archived` URL is: a dated capture (Internet Archive, megalodon.jp, archive.today),
 * an undated one, or a search of an archive's captures, which is not a copy at all and must
 * never be shown as one.
 */

/** Hosts whose pages are archive captures: a source there needs no archive of its own. */
const ARCHIVE_HOSTS = /^(?:megalodon\.jp|web\.archive\.org|archive\.(?:today|ph|is|li|md|vn))$/;

export interface ArchiveCapture {
  url: string;
  /** The capture's date (YYYY-MM-DD) when the URL states it. */
  date?: string;
}

export function isArchiveUrl(url: string): boolean {
  try {
    return ARCHIVE_HOSTS.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** A list of captures (web.archive.org/web/*…, a timestamp with a wildcard), not one capture. */
export function isArchiveSearch(url: string): boolean {
  return isArchiveUrl(url) && /\*/.test(decodeURIComponent(new URL(url).pathname));
}

const ymd = (y: string, m: string, d: string) => `${y}-${m}-${d}`;

/**
 * The capture an `archived` URL points at, with the date its URL states, or undefined for
 * anything that is not one capture (a search, a non-archive URL).
 * - web.archive.org/web/20150612180541/… — a timestamp of at least 8 digits is a date
 * - megalodon.jp/(ref/)2015-0612-1805-41/… — the date is in the first path segments
 * - archive.ph/2015.06.12-180541/… — dated form; short ids (archive.ph/AbCd1) are undated
 */
export function archiveCapture(url: string | undefined): ArchiveCapture | undefined {
  if (!url || !isArchiveUrl(url) || isArchiveSearch(url)) return undefined;
  const { hostname, pathname } = new URL(url);
  const date =
    hostname === 'web.archive.org'
      ? /^\/web\/(\d{4})(\d{2})(\d{2})\d{0,6}(?:[a-z]{2}_)?\//.exec(pathname)
      : hostname === 'megalodon.jp'
        ? /^\/(?:ref\/)?(\d{4})-(\d{2})(\d{2})-\d{4}-\d{2}\//.exec(pathname)
        : /^\/(\d{4})\.(\d{2})\.(\d{2})-\d{6}\//.exec(pathname);
  return date ? { url, date: ymd(date[1]!, date[2]!, date[3]!) } : { url };
}
