import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '../../../lib/schema/analysis';
import { extractEntities } from '../../../lib/nlp/entities';
import { docOf } from './doc';

const withMention = (ents: ArticleEntity[], surface: string): ArticleEntity | undefined =>
  ents.find((e) => e.mentions.some((m) => m.text === surface));

describe('names the previous rules cut or missed', () => {
  const table: [label: string, sentence: string, mention: string, type: string, name: string][] = [
    ['a title before a dotted name keeps its last character', '众议院外交委员会主席迈克尔·麦考尔说，会谈有必要。', '迈克尔·麦考尔', 'PERSON', '迈克尔·麦考尔'],
    ['seed: 主席鲍勃·梅嫩德斯', '参议院外交关系委员会主席鲍勃·梅嫩德斯说，希望中国不会阻碍行程。', '鲍勃·梅嫩德斯', 'PERSON', '鲍勃·梅嫩德斯'],
    ['a `(译音，Latin)` gloss marks a personal name', '他的父亲王建(译音，Jian Wang)是美国公民。', '王建', 'PERSON', '王建'],
    ['seed: 牧师林大卫(译音，David Lin)', '爱丽丝是美国牧师林大卫(译音，David Lin)的女儿。', '林大卫', 'PERSON', '林大卫'],
    ['a capital as government stays the city (metonymy keeps the literal referent)', '台北方面对此表示欢迎。', '台北', 'GPE', '台北'],
    ['seed: 北京方面', '北京方面周三发表声明。', '北京', 'GPE', '北京'],
  ];
  it.each(table)('%s', (_label, sentence, surface, type, name) => {
    expect(withMention(extractEntities(docOf(sentence)), surface)).toMatchObject({ type, name });
  });

  it('does not take a title character into a dotted name', () => {
    const ents = extractEntities(docOf('参议院外交关系委员会主席鲍勃·梅嫩德斯说，希望如此。'));
    expect(ents.some((e) => e.mentions.some((m) => m.text.startsWith('席')))).toBe(false);
  });

  it('keeps a repeated transliterated name the segmenter tags as a Chinese name', () => {
    const ents = extractEntities(docOf('肯尼迪下令封锁古巴。随后肯尼迪发表全国讲话，肯尼迪表示美方不会退让。'));
    expect(withMention(ents, '肯尼迪')).toMatchObject({ type: 'PERSON', name: '肯尼迪' });
  });
});
