import { normalizeForCompare } from '../script-normalize';

/**
 * Names that refer to a country's state or government rather than to a place or a person:
 * the country, its short and official names, the ruling party where the party stands for the
 * state, the capital and seat of government used as metonyms. General, per country; extend freely.
 */
export const STATE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CN: ['中国', '中华人民共和国', '中共', '中国共产党', '中共中央', '北京', '中南海', '中方', '中国政府', '中共政府', '中共当局', '北京当局', '中国大陆', '大陆', '中共国', 'china', 'prc', 'beijing', "people's republic of china", 'chinese communist party', 'ccp'],
  US: ['美国', '美利坚合众国', '美方', '华盛顿', '华府', '美国政府', '白宫', 'united states', 'us', 'u.s.', 'america', 'washington', 'white house'],
  TW: ['台湾', '中华民国', '台北', '台湾当局', '台湾政府', 'taiwan', 'taipei', 'republic of china'],
  RU: ['俄罗斯', '俄国', '俄方', '莫斯科', '克里姆林宫', 'russia', 'moscow', 'kremlin'],
  JP: ['日本', '日方', '东京', 'japan', 'tokyo'],
  KR: ['韩国', '南韩', '韩方', '首尔', 'south korea', 'seoul'],
  KP: ['朝鲜', '北韩', '朝方', '平壤', 'north korea', 'pyongyang'],
  UK: ['英国', '英方', '伦敦', '唐宁街', 'united kingdom', 'britain', 'london', 'downing street'],
  FR: ['法国', '法方', '巴黎', '爱丽舍宫', 'france', 'paris'],
  DE: ['德国', '德方', '柏林', 'germany', 'berlin'],
  UA: ['乌克兰', '乌方', '基辅', 'ukraine', 'kyiv'],
};

export const STATE_ALIAS_SOURCE = 'Parallax state-alias table (lib/compare/framing/state-aliases.ts): country names, ruling party, capital and seat of government per country.';

const SIDE_OF_NAME = new Map<string, string>();
for (const [side, names] of Object.entries(STATE_ALIASES)) for (const n of names) SIDE_OF_NAME.set(n, side);

/** The country whose state a whole entity name refers to (`中共` → `CN`), or undefined. */
export function stateSideOfName(name: string): string | undefined {
  return SIDE_OF_NAME.get(normalizeForCompare(name).trim());
}
