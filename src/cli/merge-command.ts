// `framecap merge a.zip b.zip … -o all.zip`: the final job of a sharded run.
// Exit codes as for capture: 0 merged (and allowed by --fail-on), 1 failed, 2 usage error.

import { Option } from 'commander';
import type { Command } from 'commander';
import { runFails } from '../core/job.ts';
import type { FailOn } from '../core/options.ts';
import { findMergeInputs, mergeOutputs } from '../core/merge.ts';
import type { CliIO } from './io.ts';

const FAIL_ON: readonly FailOn[] = ['partial', 'failed', 'never'];

export function registerMergeCommand(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('merge')
    .description('merge the ZIPs (or folders) of sharded runs into one ZIP and one manifest')
    .argument('<inputs...>', 'shard outputs: framecap ZIPs, output folders, or a folder holding them')
    .option('-o, --output <path>', 'the merged .zip, or a folder', 'framecap.zip')
    .addOption(new Option('--fail-on <when>', 'exit 1 when the merged run is: partial | failed | never').choices(FAIL_ON).default('failed'))
    .option('--json', 'print the merged Job document as JSON on stdout')
    .option('-q, --quiet', 'no warnings; errors and the result only')
    .exitOverride()
    .addHelpText('after', `
Example (the final job of a matrix of 4 shards):
  framecap merge shots-1.zip shots-2.zip shots-3.zip shots-4.zip -o shots.zip`)
    .action(async (inputs: string[], opts: { output: string; failOn: string; json?: boolean; quiet?: boolean }) => {
      const failOn = opts.failOn as FailOn;
      const paths = await findMergeInputs(inputs);
      const result = await mergeOutputs(paths, opts.output, {
        warn: (m) => { if (!opts.quiet) io.stderr.write(`warning: ${m}\n`); },
      });
      const { job } = result;
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(job, null, 2)}\n`);
      } else {
        const { total, completed, failed } = job.progress;
        io.stdout.write(`${job.status}: ${completed}/${total} captured${failed ? `, ${failed} failed` : ''} from ${paths.length} input(s) → ${result.output.path}\n`);
        if (job.error) io.stdout.write(`  ${job.error}\n`);
      }
      setExit(runFails(job, failOn) ? 1 : 0);
    });
}
