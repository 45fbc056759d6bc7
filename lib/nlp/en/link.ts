import type { ArticleEntity } from '../../schema/analysis';
import { gazetteer } from '../entities/gazetteer';
import { entityId, mergeById } from '../entities/group';
import { toSimplified } from '../script';
import { englishLexicon, familyName, spellingVariant } from './lexicon';

const LATIN = /^[\p{Script=Latin}\d\s.'’&-]+$/u;

/**
 * Cross-script and cross-outlet names before the gloss linking: a Chinese name the bilingual
 * table knows (科米) takes that referent's canonical name and English name (James Comey); a
 * one-word English person name (Merner) joins the one full name in the comparison ending with it
 * (Robert Merner); a name with an abbreviated word (Seattle Police Dept.) joins the same name
 * written out (Seattle Police Department); an unknown English name typed differently by two outlets takes the type most
 * of its mentions have.
 */
export function linkNames(perArticle: readonly ArticleEntity[][]): ArticleEntity[][] {
  const lex = englishLexicon(gazetteer());
  const rename = (e: ArticleEntity, to: { type: ArticleEntity['type']; name: string; english?: string }): ArticleEntity => {
    const english = to.english ?? e.english;
    return { ...e, id: entityId(to.type, to.name), type: to.type, name: to.name, ...(english ? { english } : {}) };
  };
  let lists = perArticle.map((list) =>
    list.map((e) => {
      const known = /[\u4e00-\u9fff]/.test(e.name) ? lex.byChinese.get(toSimplified(e.name)) : undefined;
      return known && known.type === e.type && known.name !== e.name ? rename(e, known) : e;
    }),
  );
  const all = lists.flat();
  const latin = (e: ArticleEntity): boolean => LATIN.test(e.name);
  const fulls = new Map<string, ArticleEntity[]>();
  for (const e of all) {
    if (e.type !== 'PERSON' || !(e.english ?? '').includes(' ')) continue;
    const last = familyName(e.english!, e.name);
    const same = fulls.get(last) ?? [];
    if (!same.some((x) => x.id === e.id)) fulls.set(last, [...same, e]);
  }
  // `Cubs` in one outlet is the `Chicago Cubs` another names in full (one organisation ending with it).
  const orgFulls = new Map<string, ArticleEntity[]>();
  for (const e of all) {
    if (e.type !== 'ORG' || !latin(e) || !e.name.includes(' ')) continue;
    const last = e.name.split(' ').pop()!;
    const same = orgFulls.get(last) ?? [];
    if (!same.some((x) => x.id === e.id)) orgFulls.set(last, [...same, e]);
  }
  const count = new Map<string, Map<ArticleEntity['type'], number>>();
  for (const e of all) {
    if (!latin(e)) continue;
    const key = e.name.toLowerCase();
    const m = count.get(key) ?? new Map<ArticleEntity['type'], number>();
    m.set(e.type, (m.get(e.type) ?? 0) + e.mentions.length);
    count.set(key, m);
  }
  // `Seattle Police Dept.` is the `Seattle Police Department` another outlet names in full.
  const expand = (name: string): string => name.split(/\s+/).map((w) => lex.abbreviations.get(w.replace(/\.$/, '')) ?? w).join(' ');
  const byName = new Map(all.filter(latin).map((e) => [`${e.type}|${e.name}`, e] as const));
  const headed = all.filter((e) => e.type === 'ORG' && latin(e));
  const persons = all.filter((e) => e.type === 'PERSON' && latin(e));
  const personMentions = new Map<string, number>();
  for (const e of persons) personMentions.set(e.name, (personMentions.get(e.name) ?? 0) + e.mentions.length);
  // The spelling most mentions use (the first in name order on a tie).
  const variantOf = (e: ArticleEntity): ArticleEntity | undefined => {
    const mine = personMentions.get(e.name) ?? 0;
    return persons
      .filter((x) => spellingVariant(e.name, x.name))
      .filter((x) => (personMentions.get(x.name) ?? 0) > mine || ((personMentions.get(x.name) ?? 0) === mine && x.name < e.name))
      .sort((a, b) => (personMentions.get(b.name) ?? 0) - (personMentions.get(a.name) ?? 0) || (a.name < b.name ? -1 : 1))[0];
  };
  lists = lists.map((list) =>
    list.map((e) => {
      if (!latin(e)) return e;
      const written = expand(e.name) !== e.name ? byName.get(`${e.type}|${expand(e.name)}`) : undefined;
      if (written) return rename(e, written);
      const full = !e.name.includes(' ') && e.type !== 'ORG' ? fulls.get(e.name) : undefined;
      if (full?.length === 1 && full[0]!.id !== e.id) return rename(e, full[0]!);
      // `Zhao Sicong` in one outlet is the `Zhao Zicong` the comparison writes more often.
      const variant = e.type === 'PERSON' ? variantOf(e) : undefined;
      if (variant) return rename(e, variant);
      const org = !e.name.includes(' ') && e.type === 'ORG' ? orgFulls.get(e.name) : undefined;
      if (org?.length === 1 && org[0]!.id !== e.id) return rename(e, org[0]!);
      // `Seattle Police` is the one `Seattle Police Department` (or `Dept.`) of the comparison.
      const longer = e.type === 'ORG' ? headed.filter((x) => x.id !== e.id && x.name.startsWith(`${e.name} `) && lex.orgHeads.has(expand(x.name.slice(e.name.length + 1)))) : [];
      if (new Set(longer.map((x) => expand(x.name))).size === 1) return rename(e, byName.get(`ORG|${expand(longer[0]!.name)}`) ?? longer[0]!);
      const types = [...(count.get(e.name.toLowerCase()) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const type = types[0]?.[0];
      return type && type !== e.type && e.name === e.english ? rename(e, { type, name: e.name }) : e;
    }),
  );
  return lists.map((list) => mergeById(list));
}

/**
 * Names in the comparison's language: when every mention of every article is in Latin script,
 * each referent is shown by its English name (Donald Trump, not 特朗普); otherwise the canonical
 * (Chinese) name stays and the English name goes beside it. Ids never change.
 */
export function displayNames(perArticle: ArticleEntity[][]): ArticleEntity[][] {
  const english = perArticle.every((list) => list.every((e) => e.mentions.every((m) => LATIN.test(m.text))));
  if (!english) return perArticle;
  return perArticle.map((list) => list.map((e) => (e.english && e.english !== e.name ? { ...e, name: e.english } : e)));
}
