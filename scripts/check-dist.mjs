// Fails when dist/ differs from a fresh build of src/: the Action runs dist/, so a stale one ships old code.
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (status.trim() !== '') {
  console.error('dist/ is stale: it differs from a fresh build of src/.\nRun `npm run build` and commit dist/.\n' + status.split('\n').slice(0, 20).join('\n'));
  process.exit(1);
}
console.log('dist/ is up to date');
