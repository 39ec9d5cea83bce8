import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const outDir = here('../../dist/apps/web');

/**
 * Writes a .br (quality 11) and a .gz (level 9) twin beside every text asset of the build, so the
 * api sends them without compressing on each request (apps/api/src/web-dashboard.ts). A twin that
 * would not be smaller is not written.
 */
function precompress(): Plugin {
  return {
    name: 'tongxin-precompress',
    apply: 'build',
    closeBundle() {
      const assets = join(outDir, 'assets');
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css|svg|json|html|txt)$/.test(name)) continue;
        const file = join(assets, name);
        const body = readFileSync(file);
        if (statSync(file).size < 1024) continue;
        const br = brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        });
        const gz = gzipSync(body, { level: 9 });
        if (br.length < body.length) writeFileSync(`${file}.br`, br);
        if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

const VENDOR = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);

// The dashboard is served by the api at / (apps/api/src/web-dashboard.ts); in development
// `npx vite --config apps/web/vite.config.ts` proxies the api on :3000.
export default defineConfig({
  root: here('.'),
  plugins: [precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // The sign-in screen needs react and antd's core; pages, charts and the other antd components
    // are chunks of their own, fetched when a page first shows them (React.lazy in App.tsx).
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      // antd marks its modules "use client" for React Server Components; meaningless in this bundle.
      onwarn: (warning, warn) => (warning.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(warning)),
      output: {
        // Vendor chunks change less often than the app, so a new release keeps them cached.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: VENDOR('react|react-dom|react-router|scheduler|cookie|set-cookie-parser'),
              priority: 30,
            },
            // Only the trend chart imports ECharts: this chunk loads with the first dashboard.
            { name: 'echarts', test: VENDOR('echarts|zrender|tslib'), priority: 20 },
            // What every screen needs of antd (theme, CSS-in-JS, the first screen's components);
            // the rest of antd follows the pages that use it.
            {
              name: 'antd',
              test: VENDOR('antd|@ant-design|@rc-component|rc-[^\\\\/]+|@emotion|stylis|dayjs|classnames|clsx'),
              tags: ['$initial'],
              priority: 10,
            },
          ],
        },
      },
    },
  },
  // Labels shared with the domain (pure data files, no Node imports).
  resolve: { alias: { '@domain': here('../../libs/domain/src') } },
  oxc: { jsx: { runtime: 'automatic' } },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
});
