// Builds every app with the Nest CLI (rspack builder), then the web dashboard with Vite. rspack's native binding has been seen to
// abort the process now and then on this machine kind after a successful compile; a build that
// dies that way is run once more rather than failing CI on a crash that is not ours.
import { spawnSync } from 'node:child_process';

const APPS = ['api', 'projector', 'worker', 'cli'];

for (const app of APPS) {
  let result;
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    result = spawnSync('npx', ['nest', 'build', app], { stdio: 'inherit' });
    if (result.status === 0) break;
    process.stderr.write(`[build] ${app} exited with ${result.status ?? result.signal} (attempt ${attempt}/3)\n`);
  }
  if (result.status !== 0) process.exit(1);
}

// The web dashboard (apps/web), served by the api at /.
const web = spawnSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
  stdio: 'inherit',
});
if (web.status !== 0) process.exit(1);
