import { describe, expect, it } from 'vitest';
import { SECTIONS, selectSections } from '../../bench/cli';

describe('bench section selection', () => {
  const cases: [string, string[], string[], string[]][] = [
    ['no flag runs every section', [], [...SECTIONS], []],
    ['--only=a,b runs those, in bench order', ['--only=first-result,speed'], ['speed', 'first-result'], []],
    ['--only a,b (separate value) works too', ['--verbose', '--only', 'api'], ['api'], []],
    ['unknown names are reported, known ones kept', ['--only=speed,nope'], ['speed'], ['nope']],
  ];
  it.each(cases)('%s', (_label, argv, sections, unknown) => {
    expect(selectSections(argv)).toEqual({ sections, unknown });
  });
});
