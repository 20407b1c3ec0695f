import { tuneSharpForCaptures } from '../core/frame/sharp-tuning.ts';
import { run } from './main.ts';

tuneSharpForCaptures();

await run();
