import { describe, expect, it } from 'vitest';
import { extractEntities, linkAcrossArticles } from '../../../lib/nlp/entities';
import { docOf } from './doc';

const ids = (list: { id: string; mentions: { text: string }[] }[], text: string): string | undefined => list.find((e) => e.mentions.some((m) => m.text === text))?.id;

describe('linking across articles and scripts', () => {
  it('gives Trump, 特朗普 and 川普 one id, and Pence and 彭斯 another', () => {
    const [en, zh, tw] = linkAcrossArticles([
      extractEntities(docOf('President Donald Trump thanked Mike Pence, the vice president. Mr Trump said Pence had earned trust.', 'latin')),
      extractEntities(docOf('美国总统特朗普感谢了副总统彭斯。')),
      extractEntities(docOf('川普表示，他對此事負責。', 'traditional')),
    ]);
    expect(ids(en!, 'Donald Trump')).toBe(ids(zh!, '特朗普'));
    expect(ids(tw!, '川普')).toBe(ids(zh!, '特朗普'));
    expect(ids(en!, 'Pence')).toBe(ids(zh!, '彭斯'));
  });

  it('joins a surname in one English article to the full name in another, keeping each outlet’s labels', () => {
    const [a, b] = linkAcrossArticles([
      extractEntities(docOf('Councilmember James Whitfield opened the meeting.', 'latin')),
      extractEntities(docOf('"We will rebuild," Whitfield said after the vote.', 'latin')),
    ]);
    expect(ids(b!, 'Whitfield')).toBe(ids(a!, 'James Whitfield'));
    expect(a!.find((e) => e.english === 'James Whitfield')?.mentions[0]?.role).toBe('councilmember');
  });

  it('shows English names in an English comparison and the Chinese name with its gloss in a mixed one', () => {
    const [en] = linkAcrossArticles([extractEntities(docOf('Donald Trump met Kim Jong Un in Singapore.', 'latin'))]);
    expect(en!.map((e) => e.name)).toEqual(['Donald Trump', 'Kim Jong Un', 'Singapore']);
    const [mixed] = linkAcrossArticles([extractEntities(docOf('Donald Trump met Kim Jong Un.', 'latin')), extractEntities(docOf('特朗普会见了金正恩。'))]);
    expect(mixed!.map((e) => [e.name, e.english])).toEqual([['特朗普', 'Donald Trump'], ['金正恩', 'Kim Jong Un']]);
  });
});
