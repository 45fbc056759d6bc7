import simplifiedToTraditional from 'opencc-js/dict/STCharacters';
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import scriptChars from '../../data/script-chars.json';
import { convertibleChars, detectScript } from '../../lib/ingest/script';

describe('data/script-chars.json (built by scripts/build-script-chars.ts)', () => {
  it('holds exactly the characters the installed OpenCC tables convert (rebuild it when opencc-js changes)', () => {
    expect(scriptChars.simplifiedOnly).toEqual(convertibleChars(simplifiedToTraditional));
    expect(scriptChars.traditionalOnly).toEqual(convertibleChars(traditionalToSimplified));
    expect(scriptChars.simplifiedOnly).toEqual(expect.arrayContaining(['这', '们', '国']));
    expect(scriptChars.traditionalOnly).toEqual(expect.arrayContaining(['這', '們', '國']));
    expect(scriptChars.simplifiedOnly).not.toContain('中');
  });

  it('tells the scripts apart with them', () => {
    expect(detectScript('美国国务卿布林肯在北京与中国外长会谈。')).toBe('simplified');
    expect(detectScript('美國國務卿布林肯在北京與中國外長會談。')).toBe('traditional');
    expect(detectScript('中文')).toBe('simplified');
    expect(detectScript('Blinken met Wang Yi in Beijing, 北京.')).toBe('latin');
  });
});
