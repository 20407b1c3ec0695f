// Golden images for the frame compositor (test/frame-golden.test.ts).
//   node scripts/goldens.mjs            compare the compositor's output with test/golden/*.png
//   node scripts/goldens.mjs --update   re-draw every golden on purpose (then LOOK at them and commit)
import { spawnSync } from 'node:child_process';

const update = process.argv.includes('--update');
const env = { ...process.env, ...(update ? { FRAMECAP_UPDATE_GOLDENS: '1' } : {}) };
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', 'test/frame-golden.test.ts'], { stdio: 'inherit', env });
if (update && r.status === 0) console.log('goldens re-drawn in test/golden/: look at them before committing');
process.exit(r.status ?? 1);
