// Started by bench/first-capture.ts as a process of its own, from a bundle
// made the way dist/ is: framecap through the library door with default
// settings on the benchmark's sitemap. It says on stdout when its modules
// have loaded, when the run has started (browser launched) and when the first
// capture is finished (written to the ZIP),
// then stops taking pages, as on Ctrl-C, so a measurement costs one capture
// or a few, not a whole run.
//
//   node first-capture-child.js <sitemap URL> <output.zip>   (CHROME_PATH: the browser)

import { cpus, freemem } from 'node:os';
import { resolveSettings, runCapture } from '../src/index.ts';

// Node's performance clock starts with the process, so this is node's start-up plus loading framecap.
process.stdout.write(`loaded ${performance.now().toFixed(1)}\n`);
const [sitemap, output] = process.argv.slice(2);
if (!sitemap || !output) throw new Error('usage: first-capture-child.js <sitemap URL> <output.zip>');
const stop = new AbortController();
const { options } = resolveSettings({ sitemap, output }, { cores: cpus().length, freeMemBytes: freemem() });
await runCapture(options, {
  // The browser is up and the output open: what is left is discovery and the first page.
  started: () => process.stdout.write(`started ${performance.now().toFixed(1)}\n`),
  result: (row) => {
    if (row.status !== 'ok' || stop.signal.aborted) return;
    process.stdout.write(`captured ${performance.now().toFixed(1)}\n`);
    stop.abort();
  },
}, { signal: stop.signal, env: { PATH: process.env.PATH, HOME: process.env.HOME, CHROME_PATH: process.env.CHROME_PATH } });
