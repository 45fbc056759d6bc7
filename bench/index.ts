/**
 * `npm run bench`: accuracy on the gold set, analysis speed against bare jieba tagging,
 * and time to first result in a fresh process. Reports figures next to their targets;
 * never fails on a missed target. `--verbose` lists what each file missed.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAccuracy } from './accuracy';
import { runFirstResult } from './first-result';
import { runSpeed } from './speed';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');

runAccuracy(root, verbose);
runSpeed(root);
runFirstResult();
console.log('');
