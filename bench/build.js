// Bundles bench/*.bench.ts into dist/bench/*.bench.js (ESM) with rspack, the way `nest build`
// bundles the apps (nest-cli.json: builder rspack). Bundling resolves the '@tongxin/<lib>'
// path aliases the libs use between themselves, which plain tsc output would leave unresolved;
// everything in node_modules stays an external `import`.
//
// There is no @rspack/cli in the repo, so this drives the @rspack/core JS API directly.
// Usage: node bench/build.js            (all bench entries)
//        node bench/build.js store      (only bench/store.bench.ts)
import { builtinModules, createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rspack } from '@rspack/core';

const require = createRequire(import.meta.url);
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsConfig = join(root, 'tsconfig.bench.json');
const only = process.argv.slice(2);

const entry = Object.fromEntries(
  readdirSync(join(root, 'bench'))
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.slice(0, -'.ts'.length))
    .filter((name) => only.length === 0 || only.some((o) => name === o || name === `${o}.bench`))
    .map((name) => [name, join(root, 'bench', `${name}.ts`)]),
);
if (Object.keys(entry).length === 0) {
  console.error(`no bench entries match ${only.join(', ')}`);
  process.exit(1);
}

/** @type {import('@rspack/core').Configuration} */
const config = {
  context: root,
  entry,
  target: 'node20',
  mode: 'none',
  devtool: 'source-map',
  output: {
    path: join(root, 'dist', 'bench'),
    filename: '[name].js',
    module: true,
    library: { type: 'module' },
    chunkFormat: 'module',
    chunkLoading: 'import',
    clean: false,
  },
  experiments: { outputModule: true, topLevelAwait: true },
  externals: [
    nodeExternals({ importType: 'module', modulesDir: join(root, 'node_modules') }),
    ({ request }, callback) => {
      if (!request) return callback();
      const bare = request.startsWith('node:') ? request.slice(5) : request;
      if (builtinModules.includes(bare)) return callback(null, `module ${request}`);
      callback();
    },
  ],
  externalsPresets: { node: false },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        type: 'javascript/esm',
        use: [
          {
            loader: 'builtin:swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', decorators: true },
                transform: { legacyDecorator: true, decoratorMetadata: true },
                target: 'es2022',
              },
              sourceMaps: true,
            },
          },
        ],
      },
    ],
  },
  resolve: {
    extensions: ['.ts', '.js'],
    extensionAlias: { '.js': ['.ts', '.js'], '.mjs': ['.mts', '.mjs'] },
    tsConfig,
    plugins: [new TsconfigPathsPlugin({ configFile: tsConfig })],
  },
  optimization: { nodeEnv: false, minimize: false },
  node: { __filename: false, __dirname: false },
  ignoreWarnings: [/^(?!CriticalDependenciesWarning$)/],
};

const compiler = rspack(config);
compiler.run((error, stats) => {
  compiler.close(() => undefined);
  if (error) {
    console.error(error);
    process.exit(1);
  }
  if (stats?.hasErrors()) {
    console.error(stats.toString({ colors: false, all: false, errors: true }));
    process.exit(1);
  }
  if (stats?.hasWarnings()) console.warn(stats.toString({ colors: false, all: false, warnings: true }));
  const outputs = Object.keys(entry).map((name) => `dist/bench/${name}.js`);
  console.log(`bench build: ${outputs.join(', ')} in ${stats ? stats.endTime - stats.startTime : '?'} ms`);
});
