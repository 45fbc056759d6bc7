import { canonicalInputs } from '../store/content-address';
import { analyzeInputs } from './tasks';

/**
 * Two short articles, one in traditional Chinese and one in English: analysing them builds
 * every resource the pipeline loads on first use (jieba's dictionary with the gazetteer's
 * names, the gazetteer and title tries, the script converter, the English model and
 * lexicons, the name model), so a thread that has run this answers its first request without
 * paying for them.
 */
const WARM_ARTICLES: readonly [string, string][] = [
  ['warm-zh.txt', '外長會談\n\n美國國務卿布林肯星期一在北京與中國外長會談。外交部發言人表示，雙方同意保持溝通。'],
  ['warm-en.txt', 'Ministers meet\n\nSecretary of State Antony Blinken met China\'s foreign minister in Beijing on Monday. "We agreed to keep talking," a spokesperson said.'],
];

let warmed = false;

/** Loads the analyzer's dictionaries and tables now (once per thread) by analysing two short articles (the path of an upload). */
export function warmAnalyzer(): void {
  if (warmed) return;
  const result = analyzeInputs(canonicalInputs(WARM_ARTICLES.map(([name, content]) => ({ name, content }))));
  if (!result.ok) throw new Error(`warming the analyzer failed: ${result.error}`);
  warmed = true;
}
