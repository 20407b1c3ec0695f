// `node --import tsx bench/call-cost.ts [--rounds 20] [--per-round 25]`: what
// the Playwright calls a capture can do without cost node, interleaved in one
// process on one page of the bench site: the three request listeners added
// and removed (six subscription calls, as a tracker made per capture did),
// and page.title() (now read by the before-shot evaluate). Each round times
// `per-round` repeats of each, in turn, with this process's CPU (node and its
// threads; the driver runs in-process) and the browser's whole tree beside it.
// Prints the medians per repeat.

import { parseArgs } from 'node:util';
import { benchBrowser, launch, VIEWPORT } from './baselines.ts';
import { openSiteProcess } from './site.ts';
import { descendants, processCpuMs } from './process-tree.ts';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '20' }, 'per-round': { type: 'string', default: '25' } } });
const rounds = Number(args.rounds);
const perRound = Number(args['per-round']);
const site = await openSiteProcess('auto', 1);
const browser = await launch(await benchBrowser());
const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
await page.goto(site.urls[0]!, { waitUntil: 'load' });
const noop = (): void => undefined;

const ways: Record<string, () => Promise<unknown>> = {
  'three request listeners added and removed': async () => {
    page.on('request', noop);
    page.on('requestfinished', noop);
    page.on('requestfailed', noop);
    page.off('request', noop);
    page.off('requestfinished', noop);
    page.off('requestfailed', noop);
    // The subscription calls are sent without waiting; one round trip lets them land before the next repeat.
    await page.evaluate('0');
  },
  'page.title()': () => page.title(),
  'an evaluate alone (the wait the first way ends with)': () => page.evaluate('0'),
};
const treeCpuMs = (): number => {
  const pids = [process.pid, ...descendants(process.pid)];
  return pids.reduce((sum, pid) => sum + (processCpuMs(pid) ?? 0), 0);
};
const samples = new Map<string, { node: number[]; tree: number[] }>(Object.keys(ways).map((k) => [k, { node: [], tree: [] }]));
for (let r = 0; r < rounds; r++) {
  for (const [name, way] of Object.entries(ways)) {
    const c0 = process.cpuUsage();
    const t0 = treeCpuMs();
    for (let i = 0; i < perRound; i++) await way();
    const c = process.cpuUsage(c0);
    samples.get(name)!.node.push((c.user + c.system) / 1000 / perRound);
    samples.get(name)!.tree.push((treeCpuMs() - t0) / perRound);
  }
}
await browser.close();
await site.close();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, s] of samples) console.log(`${name}: node ${median(s.node).toFixed(2)} ms CPU, whole tree ${median(s.tree).toFixed(2)} ms CPU a repeat (medians of ${rounds} rounds)`);
