import type { Lang } from './ui.ts';

/** getStaticPaths entries for both languages: Japanese at the root, English under /en. */
export function langPaths<P extends Record<string, string>, X extends Record<string, unknown>>(
  each: () => { params: P; props?: X }[],
): { params: P & { lang: string | undefined }; props: X & { lang: Lang } }[] {
  return (['ja', 'en'] as const).flatMap((lang) =>
    each().map(({ params, props }) => ({
      params: { ...params, lang: lang === 'ja' ? undefined : 'en' },
      props: { ...(props as X), lang },
    })),
  );
}
