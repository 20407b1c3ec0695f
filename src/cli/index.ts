// Entry point of the `framecap` binary: all behaviour lives in main.ts so tests import it without side effects.
import { tuneSharpForCaptures } from '../core/frame/sharp-tuning.ts';
import { main } from './main.ts';

tuneSharpForCaptures();

let interrupts = 0;
const handlers: Array<() => void> = [];
const onSignal = (): void => {
  interrupts++;
  if (interrupts > 1) process.exit(130);
  for (const h of handlers) h();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  onInterrupt: (h) => handlers.push(h),
});
process.exitCode = interrupts > 0 && code === 0 ? 1 : code;
// After a signal the command has stopped what it ran; a client still retrying an unreachable
// Redis (or any other leftover handle) must not keep the process alive past that.
if (interrupts > 0) process.exit();
