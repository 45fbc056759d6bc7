// Child process for the crash and concurrency tests: writes comparisons in a loop and
// prints `ack <id>` after each write returns. Args: <tag> <count> (count 0 = forever).
import { putComparison } from '../../lib/store/comparisons';
import { comparisonId } from '../../lib/store/content-address';
import { sampleAnalysis, sampleInputs } from './fixtures';

const [tag = 'w', countArg = '0'] = process.argv.slice(2);
const count = Number(countArg);
const padding = '新闻内容。'.repeat(400);
for (let i = 0; count === 0 || i < count; i++) {
  const inputs = sampleInputs(`${tag}-${i}-${padding}`);
  const id = comparisonId(inputs);
  putComparison({ id, analyzerVersion: 'test', inputs, analysis: sampleAnalysis() });
  process.stdout.write(`ack ${id}\n`);
}
