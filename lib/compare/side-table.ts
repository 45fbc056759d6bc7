/**
 * Which country ("side") an organisation, official or place speaks for. A small, general
 * data table: country names and their short forms, capitals and seats of government used
 * as metonyms, and well-known officials (simplified Chinese and English). Extend freely.
 */
export interface SideEntry {
  /** Side code, e.g. `CN`, `US`. */
  side: string;
  /** Names or prefixes that, at the start of a name or label, make it speak for this side. */
  markers: readonly string[];
  /** Single-character abbreviation used as a prefix (`美国务卿`, `中方`), when any. */
  short?: string;
  /** Officials and bodies that always speak for this side (whole-name match). */
  members: readonly string[];
}

export const SIDE_TABLE: readonly SideEntry[] = [
  {
    side: 'CN',
    short: '中',
    markers: ['中华人民共和国', '中国', '中方', '中共', '北京', '中南海', '国务院台办', '国台办', '新华社', 'china', 'chinese', 'beijing', 'prc'],
    members: [
      '习近平', '李强', '李克强', '王毅', '秦刚', '王沪宁', '赵乐际', '韩正', '蔡奇', '丁薛祥', '李尚福', '董军', '魏凤和',
      '汪文斌', '毛宁', '华春莹', '赵立坚', '林剑', '耿爽', '谢锋', '何立峰', '刘鹤', '王文涛', '马朝旭', '杨洁篪',
      'xi jinping', 'li qiang', 'wang yi', 'qin gang', 'wang wenbin', 'mao ning', 'hua chunying', 'zhao lijian', 'li shangfu',
    ],
  },
  {
    side: 'US',
    short: '美',
    markers: ['美利坚合众国', '美国', '美方', '华府', '华盛顿', '白宫', '五角大楼', '美联储', 'united states', 'u.s.', 'us', 'american', 'washington', 'white house', 'pentagon', 'state department'],
    members: [
      '拜登', '布林肯', '沙利文', '奥斯汀', '耶伦', '雷蒙多', '哈里斯', '特朗普', '川普', '蓬佩奥', '米勒', '马修·米勒', '马修-米勒',
      '柯比', '科比', '约翰·科比', '坎贝尔', '康达', '伯恩斯', '威廉·伯恩斯', '让-皮埃尔', '伯恩斯大使', '戴琪', '鲁比奥', '万斯',
      'joe biden', 'biden', 'antony blinken', 'blinken', 'jake sullivan', 'sullivan', 'lloyd austin', 'janet yellen', 'yellen',
      'gina raimondo', 'kamala harris', 'donald trump', 'trump', 'matthew miller', 'john kirby', 'kurt campbell', 'daniel kritenbrink',
    ],
  },
  {
    side: 'TW',
    short: '台',
    markers: ['中华民国', '台湾', '台北', '陆委会', '总统府', 'taiwan', 'taipei'],
    members: ['蔡英文', '赖清德', '吴钊燮', '林佳龙', '萧美琴', '邱太三', '顾立雄', '卓荣泰', '陈建仁', 'tsai ing-wen', 'lai ching-te', 'joseph wu'],
  },
  { side: 'RU', short: '俄', markers: ['俄罗斯', '俄方', '莫斯科', '克里姆林宫', 'russia', 'moscow', 'kremlin'], members: ['普京', '拉夫罗夫', '佩斯科夫', '扎哈罗娃', 'putin', 'lavrov', 'peskov'] },
  { side: 'JP', short: '日', markers: ['日本', '日方', '东京', 'japan', 'tokyo'], members: ['岸田文雄', '石破茂', '林芳正', '上川阳子', 'kishida'] },
  { side: 'KR', short: '韩', markers: ['韩国', '韩方', '首尔', '青瓦台', 'south korea', 'seoul'], members: ['尹锡悦', '李在明', 'yoon suk yeol'] },
  { side: 'KP', short: '朝', markers: ['朝鲜', '朝方', '平壤', 'north korea', 'pyongyang'], members: ['金正恩', '金与正', 'kim jong un'] },
  { side: 'UK', short: '英', markers: ['英国', '英方', '伦敦', '唐宁街', 'britain', 'united kingdom', 'london'], members: ['苏纳克', '斯塔默', '克莱弗利', 'sunak', 'starmer'] },
  { side: 'EU', markers: ['欧盟', '欧洲联盟', '布鲁塞尔', '欧委会', 'european union', 'brussels'], members: ['冯德莱恩', '博雷利', 'von der leyen', 'borrell'] },
  { side: 'FR', short: '法', markers: ['法国', '法方', '巴黎', '爱丽舍宫', 'france', 'paris'], members: ['马克龙', 'macron'] },
  { side: 'DE', short: '德', markers: ['德国', '德方', '柏林', 'germany', 'berlin'], members: ['朔尔茨', '默茨', '贝尔伯克', 'scholz', 'baerbock'] },
  { side: 'UA', short: '乌', markers: ['乌克兰', '乌方', '基辅', 'ukraine', 'kyiv', 'kiev'], members: ['泽连斯基', 'zelensky', 'zelenskyy'] },
];

/** Offices that belong to one country when named without one (`国务卿` is the US Secretary of State). */
export const ROLE_SIDES: ReadonlyMap<string, string> = new Map([
  ['国务卿', 'US'],
  ['副国务卿', 'US'],
  ['助理国务卿', 'US'],
  ['白宫发言人', 'US'],
  ['国务院发言人', 'US'],
  ['国家主席', 'CN'],
  ['国务委员', 'CN'],
  ['中央外办主任', 'CN'],
  ['外事办主任', 'CN'],
  ['政治局委员', 'CN'],
  ['secretary of state', 'US'],
]);
