import type { SpeakerKind } from '../../schema/analysis';

/** Written statements: the phrase ends on the document noun (`白宫声明`, `联合公报`). */
const STATEMENT = /(?:声明|聲明|通告|公报|公報|新闻稿|新聞稿|通报|通報|文告|白皮书|白皮書|声明稿|聲明稿|statement|communiqu[eé]|press release)$/i;
/** News organisations and reports. */
const MEDIA =
  /(?:通讯社|通訊社|新华社|新華社|中新社|路透社?|美联社|美聯社|法新社|彭博社?|共同社|塔斯社|韩联社|韓聯社|社|日报|日報|时报|時報|晚报|晚報|早报|早報|邮报|郵報|报|報|电视台|電視台|电台|電台|广播公司|廣播公司|新闻网|新聞網|网站|網站|媒体|媒體|官媒|党媒|黨媒|外媒|港媒|台媒|陆媒|陸媒|日媒|韩媒|韓媒|美媒|英媒|俄媒|报道|報導|报导|報道|Reuters|Associated Press|AP|AFP|Bloomberg|CNN|BBC|VOA|RFA|RFI|DW|Xinhua|Times|Post|Journal|News)$/;
/** Analysts and commentators. */
export const EXPERT_TITLE =
  /(?:分析|专家|專家|学者|學者|观察|觀察|评论员|評論員|评论家|評論家|教授|研究员|研究員|研究人员|研究人員|智库|智庫|分析师|分析師|经济学家|經濟學家|学家|學家|analyst|expert|scholar|professor|researcher|observer|commentator)/i;
/** Unnamed sources. */
const ANONYMOUS =
  /(?:双方$|雙方$|^各方$|^两国$|^兩國$|议员们?$|議員們?$|匿名|不愿具名|不願具名|未具名|不具名|知情|消息人士|消息来源|消息來源|内部人士|內部人士|相关人士|相關人士|一名|一位|一些|多名|多位|数名|數名|某|官员|官員|人士|外交官|外界|source|official|diplomat|people familiar)/i;

/** The kind a speaker phrase implies by its words alone, or undefined when it names nobody in particular. */
export function lexicalKind(phrase: string): SpeakerKind | undefined {
  if (STATEMENT.test(phrase)) return 'statement';
  if (MEDIA.test(phrase)) return 'media';
  if (EXPERT_TITLE.test(phrase)) return 'expert';
  if (ANONYMOUS.test(phrase)) return 'anonymous';
  return undefined;
}

/** Personal pronouns standing for a speaker. */
export const PRONOUN = /^(?:他们|他們|她们|她們|它们|它們|他|她|它|其|he|she|they|it)$/i;
/** Plural pronouns, which prefer organisations and countries as antecedents. */
export const PLURAL = /^(?:他们|他們|她们|她們|它们|它們|they)$/i;

/** Role nouns (`发言人`, `国务卿`) a speaker phrase can end on; the match is the role. */
export const ROLE =
  /(?:女?发言人|女?發言人|国务卿|國務卿|外长|外長|总统|總統|主席|总理|總理|首相|部长|部長|大使|领导人|領導人|官员|官員|总书记|總書記|spokes(?:man|woman|person)|secretary|president|minister|official)$/i;
/** A determiner that makes a role phrase anaphoric: `该官员`, `这位美国总统`. */
export const ANAPHORIC = /^(?:该|該|这位|這位|这名|這名|此|那位|这些|這些|此位|the|this|that)/i;

/** Speaker phrases that look like a bare personal name (Han 2–4 characters, or Latin words). */
export const NAME_LIKE = /^(?:[\u4e00-\u9fff]{2,4}(?:（[^）]*）|\([^)]*\))?|[A-Z][a-z]+(?: [A-Z][a-z.]+){0,3})$/;
