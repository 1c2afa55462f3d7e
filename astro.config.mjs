// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// The public origin, used for the sitemap, feeds and canonical links. Set YAKKAN_SITE when deploying.
const site = process.env.YAKKAN_SITE ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // The build script writes to a temporary folder and swaps it into dist/ only when
  // everything succeeded (ADR 0002).
  outDir: process.env.YAKKAN_OUT_DIR ?? 'dist',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: Number(process.env.YAKKAN_CONCURRENCY ?? 4) },
  // Embed cards are views of term pages (noindex, canonical = the term page): not in the sitemap.
  integrations: [sitemap({ filter: (page) => !new URL(page).pathname.replace(/^\/en\//, '/').startsWith('/embed/') })],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
