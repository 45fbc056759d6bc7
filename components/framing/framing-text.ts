import type { Lang } from '@/lib/i18n';

/** The framing lens's interface text and guided questions, in English and Chinese. */
const en = {
  labels: 'Labels',
  labelsHow: 'For every person, organisation or place named in two or more articles: the phrase each outlet uses for it (title + name, as written), with counts. Names that stand for one country’s state (中国, 中共, 北京…) share one row. Term families (访华/访中…) come from a curated list. Select a count to mark those words in the columns.',
  referent: 'Referent',
  stateOf: 'The state:',
  termFamily: 'Term family',
  distinctive: 'Distinctive terms',
  distinctiveHow: 'Words each outlet uses more than the others: log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), as z-scores (above 1.96: unlikely by chance). Words are jieba segments of the text in simplified script, stop-words and single characters removed; names count as one word.',
  prior: 'Prior',
  priorComparison: 'the other outlets of this comparison',
  priorSamples: 'all sample articles',
  speakers: 'Who gets to speak',
  speakersHow: 'Attributed claims per speaker group: officials of the two governments most mentioned, other governments, experts, anonymous sources, other media, unattributed statements. Direct = quoted. Groups come from the speaker’s name, title and country; correct one with the select below.',
  group: 'Group',
  reassign: 'Reassign a speaker',
  omissions: 'Omissions',
  omissionsHow: 'Claim groups and named entities that other outlets carry and this one does not (entities: carried by at least half of the others), and what only this outlet reports.',
  context: 'Context',
  contextHow: 'Earlier events each outlet brings in: dated mentions before the day before the first publication, with the clause they date.',
  questions: 'Questions to discuss',
  only: 'Only {o} reports',
  notMention: '{o} does not mention',
  lacksClaims: '{o} does not carry {n} claim group(s) that others do',
  nothing: 'Nothing of note.',
  direct: 'direct',
  indirect: 'indirect',
  total: 'Total',
  claimsBy: 'Claims',
  none: 'none',
  termHits: 'occurrences',
  groupNames: {
    'other-government': 'Other governments',
    expert: 'Experts and analysts',
    witness: 'Witnesses',
    public: 'The public',
    anonymous: 'Anonymous sources',
    media: 'Other media',
    unattributed: 'Unattributed',
    other: 'Other named speakers',
  } as Record<string, string>,
  officials: 'Officials: {s}',
  sides: { CN: 'China', US: 'US', TW: 'Taiwan', RU: 'Russia', JP: 'Japan', KR: 'South Korea', KP: 'North Korea', UK: 'UK', EU: 'EU', FR: 'France', DE: 'Germany', UA: 'Ukraine' } as Record<string, string>,
  print: 'Print a handout',
  moreOnline: 'and {n} more (online view)',
};

type Text = typeof en;

const zh: Text = {
  labels: '称谓',
  labelsHow: '凡两篇以上文章提到的人物、机构或地点：各媒体所用的称呼（头衔加姓名，按原文）及次数。指代同一国家政权的名称（中国、中共、北京等）合为一行。用语族（访华/访中等）来自整理的词表。点选次数可在原文中标出这些词。',
  referent: '所指',
  stateOf: '国家政权：',
  termFamily: '用语族',
  distinctive: '特色用词',
  distinctiveHow: '各媒体比其他媒体用得更多的词：带信息性狄利克雷先验的对数胜率（Monroe、Colaresi 与 Quinn 2008），以 z 值表示（大于 1.96 难以用偶然解释）。词语由 jieba 在简体文本上切分，去除停用词和单字；人名等实体算一个词。',
  prior: '先验',
  priorComparison: '本次对照中的其他媒体',
  priorSamples: '全部示例文章',
  speakers: '谁在发声',
  speakersHow: '按说话人类别统计的引述：被提及最多的两国政府官员、其他政府、专家学者、匿名消息源、其他媒体、无具体来源的说法。直接＝直接引语。类别依据说话人的姓名、头衔和国家；可用下方选单更正。',
  group: '类别',
  reassign: '更改说话人类别',
  omissions: '遗漏',
  omissionsHow: '其他媒体报道而本媒体没有的说法组和实体（实体：至少一半其他媒体提到），以及仅本媒体报道的内容。',
  context: '背景',
  contextHow: '各媒体引入的更早事件：早于首篇发布前一天的日期及其所指的分句。',
  questions: '讨论问题',
  only: '仅{o}报道',
  notMention: '{o}没有提到',
  lacksClaims: '{o}缺少其他媒体都有的 {n} 组说法',
  nothing: '无明显内容。',
  direct: '直接',
  indirect: '间接',
  total: '合计',
  claimsBy: '说法',
  none: '无',
  termHits: '处',
  groupNames: {
    'other-government': '其他政府',
    expert: '专家学者',
    witness: '目击者',
    public: '民众',
    anonymous: '匿名消息源',
    media: '其他媒体',
    unattributed: '无具体来源',
    other: '其他具名者',
  },
  officials: '{s}官员',
  sides: { CN: '中国', US: '美国', TW: '台湾', RU: '俄罗斯', JP: '日本', KR: '韩国', KP: '朝鲜', UK: '英国', EU: '欧盟', FR: '法国', DE: '德国', UA: '乌克兰' },
  print: '打印讲义',
  moreOnline: '另有 {n} 项（见网页）',
};

/** Guided questions per panel: [English, Chinese]. */
export const QUESTIONS: Record<'labels' | 'distinctive' | 'speakers' | 'omissions' | 'context', [string, string][]> = {
  labels: [
    ['What does calling the government “中共” rather than “中国” or “北京” suggest to a reader?', '称“中共”而不是“中国”或“北京”，会给读者什么暗示？'],
    ['Which titles does each outlet give the same person? What does a title add or take away?', '各媒体给同一人物加了什么头衔？头衔增加或减少了什么？'],
  ],
  distinctive: [
    ['Which words would tell you which outlet wrote an article, even without its name?', '哪些词即使不看媒体名称，也能看出是哪家媒体写的？'],
    ['Are the distinctive words about the event itself, or about how it is judged?', '这些特色用词是关于事件本身，还是关于如何评价事件？'],
  ],
  speakers: [
    ['Whose voice is quoted directly, and whose is only paraphrased?', '谁的话被直接引用，谁的话只是转述？'],
    ['Which side’s officials get more space in each outlet? Who is missing?', '各媒体给哪一方官员更多篇幅？谁没有发声？'],
  ],
  omissions: [
    ['What does each outlet leave out that the others report? Could that change a reader’s view?', '各媒体省略了其他媒体报道的什么内容？这会改变读者的看法吗？'],
  ],
  context: [
    ['Which earlier events does each outlet recall, and how do they frame the present one?', '各媒体提到了哪些更早的事件？这些背景如何影响对当前事件的理解？'],
  ],
};

/**
 * Guided questions written for comparisons of English articles, replacing the Chinese-press
 * ones where those do not apply (no 中共 question in an English comparison).
 */
const ENGLISH_SOURCES: Partial<Record<keyof typeof QUESTIONS, [string, string][]>> = {
  labels: [
    ['Which names does each outlet use for the same person (“the president”, “Trump”, “the Republican”)? What does each choice stress?', '各媒体用什么称呼指同一人物（“总统”“特朗普”“那位共和党人”）？每种称呼突出了什么？'],
    ['Which outlet names people by title, which by surname only, and which with a description (“the billionaire”)? How does that shape the reader’s view?', '哪家媒体用头衔称呼人物，哪家只用姓，哪家用描述（“那位亿万富翁”）？这如何影响读者的看法？'],
  ],
  speakers: [
    ['Whose words are quoted directly, and whose are only reported with “said” or “according to”?', '谁的话被直接引用，谁的话只是用“表示”“据…”转述？'],
    ['Which officials, witnesses or experts does each outlet let speak? Who is missing?', '各媒体让哪些官员、目击者或专家发声？谁没有发声？'],
  ],
};

/** The guided questions of a panel for a comparison whose articles are in `sources` (`en`, `zh` or `mixed`). */
export function questionsFor(panel: keyof typeof QUESTIONS, sources: 'en' | 'zh' | 'mixed'): [string, string][] {
  return (sources === 'en' ? ENGLISH_SOURCES[panel] : undefined) ?? QUESTIONS[panel];
}

export type FramingText = Text;

/** The framing text for a language. */
export function framingText(lang: Lang): FramingText {
  return lang === 'zh' ? zh : en;
}

export { fill } from '@/lib/i18n';
