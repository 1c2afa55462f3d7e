/**
 * Where the project's repository lives, for "report an error" / "edit this record" links and
 * for the User-Agent of `npm run sources:check`. Set YAKKAN_REPO to the repository's web
 * address (https://github.com/owner/yakkan); without it the correction links are not shown,
 * because a link to a placeholder repository would send readers nowhere.
 */

export interface RepoConfig {
  /** Web address of the repository, without a trailing slash. */
  url: string;
  /** Branch the edit links open. */
  branch: string;
}

/** The repository from YAKKAN_REPO (and YAKKAN_REPO_BRANCH, default main), or undefined when unset. */
export function repoConfig(env: NodeJS.ProcessEnv = process.env): RepoConfig | undefined {
  const raw = env.YAKKAN_REPO?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `YAKKAN_REPO="${raw}" is not a URL; set it to the repository's web address, e.g. https://github.com/owner/yakkan`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`YAKKAN_REPO="${raw}" must be an http(s) address, e.g. https://github.com/owner/yakkan`);
  }
  return { url: url.href.replace(/\/+$/, ''), branch: env.YAKKAN_REPO_BRANCH?.trim() || 'main' };
}

/** A new issue pre-filled with the page and the record file (GitHub / Gitea / Forgejo query form). */
export function reportErrorUrl(repo: RepoConfig, record: { file: string; title: string; pageUrl: string }): string {
  // Kept short: the whole URL is in every page, and Japanese text is 9 bytes a character once percent-encoded.
  const params = new URLSearchParams({
    title: `誤りの報告: ${record.title}`,
    body: `Page: ${record.pageUrl}\nRecord: ${record.file}\n\n正しい内容と、それを示す出典のURL / The correct fact and a source URL that shows it:\n`,
  });
  return `${repo.url}/issues/new?${params}`;
}

/** The forge's web editor for a record file (`content/…` path inside the repository). */
export function editRecordUrl(repo: RepoConfig, file: string): string {
  return `${repo.url}/edit/${encodeURIComponent(repo.branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
