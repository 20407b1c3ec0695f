// The child process that renders one embedded job, so the API's event loop
// never runs Chromium's protocol traffic, sharp's callbacks or the ZIP
// writer (see render-off-loop.ts, which forks it). It takes one `run`
// message, reports the run's events, sends the result and exits.

import { tuneSharpForCaptures } from '../core/frame/sharp-tuning.ts';
import { runCapture } from '../core/run.ts';
import { UserError } from '../core/types.ts';
import type { ChildMessage, ParentMessage } from './render-off-loop.ts';

tuneSharpForCaptures();
const controller = new AbortController();

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, undefined, () => resolve());
  });
}

process.on('message', (message: ParentMessage) => {
  if (message.type === 'abort') {
    controller.abort(message.reason);
    return;
  }
  void (async () => {
    try {
      const result = await runCapture(message.options, {
        planned: (target, planned) => void send({ type: 'event', event: 'planned', args: [target, planned] }),
        discoveryDone: (total, stats) => void send({ type: 'event', event: 'discoveryDone', args: [total, stats] }),
        result: (row, progress) => void send({ type: 'event', event: 'result', args: [row, progress] }),
        warning: (text) => void send({ type: 'event', event: 'warning', args: [text] }),
      }, { ...message.deps, signal: controller.signal, env: process.env });
      await send({ type: 'done', result });
    } catch (err) {
      const e = err as Error;
      await send({ type: 'failed', error: { message: e.message, user: err instanceof UserError } });
    }
    process.exit(0);
  })();
});

// The parent went away (crashed, killed): nothing is waiting for this run, and its
// scratch folder is about to be reused or removed. Chromium exits with its pipe.
process.on('disconnect', () => process.exit(1));
