// Serves the bundled example site on 127.0.0.1 and captures it through the
// real CLI: `npm run demo` (after `npm ci`) → out/example.zip.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { serveStatic } from '../examples/serve.mjs';

const server = await serveStatic({ root: new URL('../examples/site/', import.meta.url) });
console.log(`example site on ${server.origin}`);
const extra = process.argv.slice(2);
const cli = existsSync(new URL('../dist/cli.js', import.meta.url)) ? ['bin/framecap.js'] : ['--import', 'tsx', 'src/cli/index.ts'];
// Not spawnSync: the site is served from this process, whose event loop must keep running.
const child = spawn(process.execPath, [...cli, 'capture', '--site', server.origin, '-o', 'out/example.zip', ...extra], { stdio: 'inherit' });
const [code] = await once(child, 'exit');
await server.close();
if (code === 0) console.log('\nOpen out/example.zip: one framed PNG per page, and manifest.json.');
process.exit(code ?? 1);
