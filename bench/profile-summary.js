// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by package.
// Usage: node bench/profile-summary.js <file.cpuprofile> [top=25] [after=<function name>]
// With after=<name>, samples before the first one whose stack holds that function (e.g.
// loggingMiddleware: the first request) are left out, so start-up does not count.
// "Package" is the node_modules package of the frame's script, "tongxin:<app|lib>" for the
// bundled project code (dist/apps/<app>/main.js keeps source paths in its function names only,
// so bundled frames are attributed by the source map comment where present), "node:" for Node
// internals, and "(gc)", "(program)", "(idle)" for V8's own buckets.
import { readFileSync } from 'node:fs';

const [file, topArg, afterArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.js <file.cpuprofile> [top]');
  process.exit(1);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const stackHas = (id, name) => {
  for (let at = id; at !== undefined; at = parent.get(at))
    if (nodes.get(at).callFrame.functionName === name) return true;
  return false;
};

// Sample counts per node id, weighted by the time delta each sample stands for.
const after = afterArg?.replace(/^after=/, '');
let first = 0;
if (after) {
  first = profile.samples.findIndex((id) => stackHas(id, after));
  if (first < 0) throw new Error(`no sample has ${after} on its stack`);
}
const selfMicros = new Map();
for (let i = first; i < profile.samples.length; i += 1) {
  const id = profile.samples[i];
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}

function packageOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const app = /\/dist\/apps\/([^/]+)\//.exec(url);
  if (app) return `tongxin:${app[1]} (bundle)`;
  return url.replace(/^file:\/\//, '');
}

/** The nearest frame on the stack that is neither native nor Node's own: who asked for the work. */
const callerPackage = (id) => {
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const { url, functionName } = nodes.get(at).callFrame;
    const pkg = packageOf(url, functionName);
    if (!pkg.startsWith('node:') && pkg !== '(native)') return pkg;
  }
  return '(native)';
};

const byFunction = new Map();
const byPackage = new Map();
const byCaller = new Map();
let total = 0;
for (const node of profile.nodes) {
  const micros = selfMicros.get(node.id) ?? 0;
  if (micros === 0) continue;
  total += micros;
  const { functionName, url, lineNumber } = node.callFrame;
  const pkg = packageOf(url, functionName);
  const fn = `${functionName || '(anonymous)'} ${pkg}:${lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
  const caller = callerPackage(node.id);
  byCaller.set(caller, (byCaller.get(caller) ?? 0) + micros);
}

const busy = total - (byPackage.get('(idle)') ?? 0);
const table = (title, map) => {
  console.log(`\n${title} (share of busy time ${(busy / 1000).toFixed(0)} ms; idle excluded)`);
  console.log('| self ms | share | what |');
  console.log('|---:|---:|---|');
  for (const [name, micros] of [...map]
    .filter(([n]) => !n.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)) {
    console.log(`| ${(micros / 1000).toFixed(0)} | ${((100 * micros) / busy).toFixed(1)}% | ${name} |`);
  }
};
table('By package', byPackage);
table('By caller package (native and Node frames charged to the package that called them)', byCaller);
table('By function', byFunction);
