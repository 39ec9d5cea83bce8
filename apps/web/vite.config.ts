import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The dashboard is served by the api at / (apps/api/src/web-dashboard.ts); in development
// `npx vite --config apps/web/vite.config.ts` proxies the api on :3000.
export default defineConfig({
  root: here('.'),
  build: {
    outDir: here('../../dist/apps/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    // antd marks its modules "use client" for React Server Components; meaningless in this bundle.
    rollupOptions: {
      onwarn: (warning, warn) => (warning.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(warning)),
    },
  },
  // Labels shared with the domain (pure data files, no Node imports).
  resolve: { alias: { '@domain': here('../../libs/domain/src') } },
  oxc: { jsx: { runtime: 'automatic' } },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
});
