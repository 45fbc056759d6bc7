import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lib/nlp/entities';
import { linkNames } from '../../../lib/nlp/en/link';
import { docOf } from './doc';

/** The English name of the entity holding a mention whose text is `mention` (first match). */
function holder(text: string, mention: string): string | undefined {
  const e = extractEntities(docOf(text, 'latin')).find((x) => x.mentions.some((m) => m.text === mention));
  return e ? (e.english ?? e.name) : undefined;
}

describe('English coreference by evidence', () => {
  it('reads a romanised Korean given name as part of the name, and its family name as the short form', () => {
    const text = 'Moon Jae-in met Lee Sang-woo in Busan on Monday. Mr. Lee thanked him, and Mr. Moon left.';
    expect(holder(text, 'Lee Sang-woo')).toBe('Lee Sang-woo');
    expect(holder(text, 'Lee')).toBe('Lee Sang-woo');
    expect(holder(text, 'Moon')).toBe('Moon Jae-in');
  });

  it('ties an apposition with a possessive determiner before the name', () => {
    expect(holder('The bank said its chief economist, Hanna Weiss, would speak.', 'its chief economist')).toBe('Hanna Weiss');
    expect(holder('Police searched the flat of her brother, Tomas Reyes, on Friday.', 'her brother')).toBe('Tomas Reyes');
  });

  it('ties `the 31-year-old` to the person the article gave that age', () => {
    const text = 'Ellen Marsh, 54, and Owen Tate, 31, were charged. The 31-year-old was released on bail.';
    expect(holder(text, 'The 31-year-old')).toBe('Owen Tate');
  });

  it('reads a title with a complement whole: `the secretary of state`', () => {
    const text = 'Secretary of State Rex Tillerson met Mayor Ana Ruiz. The secretary of state later flew home.';
    expect(holder(text, 'The secretary of state')).toBe('Rex Tillerson');
  });

  it('ties `the <demonym> leader` and `the leader of <country>` to the leader of that country', () => {
    const text = 'Vladimir Putin called Shinzo Abe on Tuesday. The Japanese leader said the call went well. Aides to the leader of Russia declined to comment.';
    expect(holder(text, 'leader')).toBe('Shinzo Abe');
    expect(holder(text, 'Japanese')).toBe('Japan');
    const leaders = extractEntities(docOf(text, 'latin')).find((e) => e.english === 'Vladimir Putin');
    expect(leaders?.mentions.map((m) => m.text)).toContain('the leader');
  });

  it('takes the country a title gives a person: `the Irish minister` is the one called Irish', () => {
    const text = 'French Foreign Minister Paul Girard and Irish Foreign Minister Sean Doyle met. The Irish minister spoke first.';
    expect(holder(text, 'minister')).toBe('Sean Doyle');
  });

  it('ties `the town` to the town the article names most, `the service` to the service it names', () => {
    const text = 'Floods hit homes in Hexley on Sunday. Families in Hexley and in Marston were moved. The town hall stayed open, and the town was calm. ' +
      'The North Dale Ambulance Service sent crews. A spokesman said the service had treated four people.';
    expect(holder(text, 'the town')).toBe('Hexley');
    expect(holder(text, 'the service')).toBe('North Dale Ambulance Service');
  });

  it('keeps a chain salient: a company described in between is still `the firm` later', () => {
    const text = 'Brannock Foods cut 200 jobs in Leeds. Unions were angry. The company blamed costs. It said orders fell. They asked for talks. The firm refused.';
    expect(holder(text, 'The firm')).toBe('Brannock Foods');
  });
});

describe('English names: short forms, teams and speakers', () => {
  const ids = (text: string): Map<string, string> => {
    const out = new Map<string, string>();
    for (const e of extractEntities(docOf(text, 'latin'))) for (const m of e.mentions) if (!out.has(m.text)) out.set(m.text, `${e.type}|${e.english ?? e.name}`);
    return out;
  };

  it('knows the short names of the US and the UK', () => {
    const m = ids('The US and Britain signed. American and British diplomats, and the UK, agreed.');
    expect(m.get('US')).toBe('GPE|United States');
    expect(m.get('American')).toBe('GPE|United States');
    expect(m.get('Britain')).toBe('GPE|United Kingdom');
    expect(m.get('UK')).toBe('GPE|United Kingdom');
  });

  it('reads `the X` as no person and ties it to the one organisation ending with X', () => {
    const m = ids('The Boston Otters beat the Denver Hawks on Sunday. The Otters won 3-1, and the Hawks left early.');
    expect(m.get('Boston Otters')).toBe('ORG|Boston Otters');
    expect(m.get('Otters')).toBe('ORG|Boston Otters');
    expect(m.get('Hawks')).toBe('ORG|Denver Hawks');
    expect(ids('The President spoke to fans of the Beatles.').get('Beatles')).toBe('ORG|Beatles');
    expect(ids('The President spoke to fans of the Beatles.').has('President')).toBe(false);
  });

  it('keeps a one-word name that opens a sentence before a reporting verb, not a kind of person', () => {
    const m = ids('It was a long night. Kowalczyk added: "We never gave up." Witnesses said the crowd stayed.');
    expect(m.get('Kowalczyk')).toBe('PERSON|Kowalczyk');
    expect(m.has('Witnesses')).toBe(false);
  });

  it('takes a compass word into a known place and a body named after it', () => {
    const m = ids('A man was charged, South Wales Police said. He lives in North Wales.');
    expect(m.get('South Wales Police')).toBe('ORG|South Wales Police');
    expect(m.get('North Wales')).toBe('GPE|North Wales');
  });

  it('lets a clause boundary lift the command of a name over a later description in its sentence', () => {
    const text = 'Crowds gathered in Lyon. Marie Dubois won the race, and the teenager thanked her coach.';
    expect(holder(text, 'the teenager')).toBe('Marie Dubois');
    expect(holder('Crowds gathered. Marie Dubois said the teenager had run well.', 'the teenager')).toBeUndefined();
  });
});

describe('English organisations by evidence', () => {
  it('reads `Seattle police` as the police force and links it to the department another sentence names', () => {
    const entities = extractEntities(docOf('Portland police said two men were hurt. The Portland Police Department later named them. Portland was calm.', 'latin'));
    const force = entities.find((e) => e.mentions.some((m) => m.text === 'Portland police'));
    expect(force?.type).toBe('ORG');
    expect(entities.find((e) => e.mentions.some((m) => m.text === 'Portland' ))?.type).toBe('GPE');
  });

  it('ties `the <place> team` to the organisation named with that place', () => {
    const text = 'The Boston Otters beat the Denver Hawks in Denver on Sunday. The Denver team had led until the last minute.';
    expect(holder(text, 'team')).toBe('Denver Hawks');
  });

  it('takes an age as the head of an apposition: `Hannah Reed, a 19-year-old from Leeds,`', () => {
    expect(holder('Hannah Reed, a 19-year-old from Leeds, was hurt.', 'a 19-year-old')).toBe('Hannah Reed');
  });
});

describe('English linking across outlets', () => {
  it('gives a short organisation name the id of the one full name another outlet uses', async () => {
    const { linkNames } = await import('../../../lib/nlp/en/link');
    const lists = linkNames([
      extractEntities(docOf('Portland police said two men were hurt. The Otters lost again.', 'latin')),
      extractEntities(docOf('The Portland Police Department said two men were hurt after the Boston Otters lost.', 'latin')),
    ]);
    const idOf = (i: number, text: string): string | undefined => lists[i]!.find((e) => e.mentions.some((m) => m.text === text))?.id;
    expect(idOf(0, 'Portland police')).toBe(idOf(1, 'Portland Police Department'));
    expect(idOf(0, 'Otters')).toBe(idOf(1, 'Boston Otters'));
  });
});

describe('English short forms of names', () => {
  it('reads a Chinese family name first and keeps a Western-order name last', () => {
    const text = 'Theresa May met Xi Jinping and Carrie Lam in London. Mr Xi spoke first; Mrs Lam spoke after him.';
    expect(holder(text, 'Xi')).toBe('Xi Jinping');
    expect(holder(text, 'Lam')).toBe('Carrie Lam');
  });

  it('never takes a capitalised function word for a known name (`Us` is not the US)', () => {
    const entities = extractEntities(docOf('"Us and them," he said. It helps US citizens.', 'latin'));
    expect(entities.flatMap((e) => e.mentions.map((m) => m.text))).toEqual(['US']);
  });
  it('reads a romanised Chinese name spelt with another sibilant in the same article as one person, not a name a letter apart', () => {
    const text = 'Rescuers searched for Liu Zihan, 7, in Hebei. Liu Zihan had been playing near the farm. Her mother said Liu Sihan was found alive.';
    expect(holder(text, 'Liu Sihan')).toBe('Liu Zihan');
    expect(holder('Li Ming met Li Qing in Beijing. Li Ming said the talks went well.', 'Li Qing')).toBe('Li Qing');
    expect(holder('Police named Zhang Yuqin in Hebei. Zhang Yuqin is seven. His father said Zhang Xuqin had gone out.', 'Zhang Xuqin')).toBe('Zhang Xuqin');
  });
  it('reads a surname that is also a modal or a month (`May said`) as the person named in full before it', () => {
    const text = 'Theresa May met Enda Kenny in London on Monday. May said the talks were useful, and Kenny agreed. Talks may resume in May.';
    expect(holder(text, 'May')).toBe('Theresa May');
    const e = extractEntities(docOf(text, 'latin')).find((x) => (x.english ?? x.name) === 'Theresa May');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Theresa May', 'May']);
  });
});

describe('English names across outlets', () => {
  it('links a romanised Chinese name one outlet spells with another sibilant to the spelling most mentions use', () => {
    const a = extractEntities(docOf('Rescuers searched for Liu Zihan in Hebei. Liu Zihan, 7, had been playing near the farm.', 'latin'));
    const b = extractEntities(docOf('Police said Liu Sihan fell into a well in Hebei.', 'latin'));
    const c = extractEntities(docOf('Li Qing met officials in Hebei.', 'latin'));
    const d = extractEntities(docOf('Li Ming visited the farm.', 'latin'));
    const [la, lb, lc, ld] = linkNames([a, b, c, d]);
    const id = (list: typeof la, name: string): string | undefined => list!.find((e) => e.mentions.some((m) => m.text === name))?.id;
    expect(id(lb, 'Liu Sihan')).toBe(id(la, 'Liu Zihan'));
    expect(id(lc, 'Li Qing')).not.toBe(id(ld, 'Li Ming'));
  });
});
