/**
 * Chinese reporting cues (simplified and traditional) and the filters that keep their
 * non-speech uses (说明, 称为, 的表示, 被认为 …) out.
 */

/** A reporting verb found in the text: `[start, end)` is the cue as written. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

const VERBS = [
  '表示', '说', '說', '称', '稱', '强调', '強調', '指出', '认为', '認為', '重申', '敦促', '承认', '承認',
  '透露', '宣布', '宣佈', '呼吁', '呼籲', '提到', '提及', '明言', '坦言', '表明', '声称', '聲稱', '警告',
  '回应', '回應', '补充', '補充', '坚称', '堅稱', '辩称', '辯稱', '告诉', '告訴', '批评', '批評', '谴责', '譴責', '写道', '寫道', '指称',
  '指稱', '宣称', '宣稱', '直言', '坦承', '否认', '否認', '介绍', '介紹', '解释', '解釋', '提醒', '证实',
  '證實', '披露', '抨击', '抨擊', '问道', '問道', '答道', '回答', '驳斥', '駁斥', '反驳', '反駁', '表态',
  '表態', '指责', '指責', '形容', '暗示', '感叹', '感嘆', '断言', '斷言', '分析', '报道', '報導', '报导',
  '報道', '评论', '評論', '提出', '写', '寫', '指',
  '描述', '反映', '指控', '通报', '通報', '显示', '顯示', '回复', '回覆',
  '质疑', '質疑', '查明', '认定', '認定', '确认', '確認', '回忆', '回憶', '爆料',
];

/** Verbs whose noun use is common: they only count when followed by a comma, colon, quote or a speech suffix. */
const NEEDS_FOLLOWER = new Set([
  '写', '寫', '提出', '补充', '補充', '回应', '回應', '介绍', '介紹', '解释', '解釋', '提醒', '评论', '評論', '分析', '报道', '報導', '报导', '報道', '指', '回答', '形容', '暗示', '表态', '表態',
  '反映', '通报', '通報', '显示', '顯示', '描述', '回复', '回覆', '查明', '认定', '認定', '确认', '確認', '回忆', '回憶', '爆料']);

const SUFFIX = '(?:说道|說道|说|說|称|稱|道|指出|指称|指稱|表示|指(?=[，,：:]))?';
const CUE_RE = new RegExp(`(?:${[...VERBS].sort((a, b) => b.length - a.length).join('|')})${SUFFIX}`, 'g');

/** `说` inside words that are not speech: 说明, 小说, 游说, 据说, 来说, 换句话说 … */
const SHUO_BEFORE = /[来來话話据據小游遊传傳学學演听聽虽雖所再解劝勸胡瞎以单單地]$/;
const SHUO_AFTER = /^[明服法话話不出完谎謊起来來好的白]/;
/** `称` naming constructions: 称为, 称之为, 号称, 堪称, 自称, 简称, 称霸, 称赞 … */
const CHENG_BEFORE = /[号號堪自简簡俗统統人名对對相职職著]$/;
const CHENG_AFTER = /^[为為作呼号號霸职職赞讚道之得许許颂頌]/;
/** `称 X 为 Y` naming: a short object then 为, with no punctuation between. */
const CHENG_NAMING = /^[^，,。：:；;“”「」"\s]{1,12}?[为為](?![了何什])/;
/** Nominal uses: 的表示, 这一批评, 受到批评, 被认为 … */
const NOUN_BEFORE = /(?:[的之所被受遭一些该該]|这一|這一|有关|有關|相关|相關|上述|受到|遭到|得到)$/;
const NOUN_AFTER = /^(?:的|声|聲|者|家|人士|性|为|為)/;
/** Light verbs that take a speech verb as their object. */
const LIGHT_VERB = /(?:予以了?|加以|作出|做出|作了|做了)$/;
/** Negated speech is no claim: 没有表示, 并未透露, 拒绝评论. */
const NEGATED = /(?:没有|沒有|没|沒|不|未|无法|無法|拒绝|拒絕|不愿|不願|不便)$/;
const FOLLOWER = /^[，,：:“「『"]/;

/** Cues that can close a sentence after the content they attribute (`…，他说。`). */
const TRAILING = /^(?:说|說|表示|称|稱|指出|强调|強調|补充|補充|写道|寫道|透露|坦言|直言|回应|回應|重申|警告|认为|認為|解释|解釋|介绍|介紹|承认|承認|宣布|宣佈|声称|聲稱|指称|指稱|表明|明言|问道|問道|答道|告诉|告訴)/;

/** True when `cue` can follow the content it attributes. */
export function canTrail(cue: string): boolean {
  return TRAILING.test(cue);
}

/** Finds the reporting cues inside `[from, to)` of `text`, leftmost first. */
export function findCues(text: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  const slice = text.slice(from, to);
  CUE_RE.lastIndex = 0;
  for (const m of slice.matchAll(CUE_RE)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (keepCue(text, start, end, m[0])) out.push({ start, end, text: m[0] });
  }
  return out;
}

function keepCue(text: string, start: number, end: number, cue: string): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 14);
  if (cue === '说' || cue === '說') {
    if (SHUO_BEFORE.test(before) || SHUO_AFTER.test(after)) return false;
    if (/(?:就是|比如|譬如|例如|可以|也就是|总的|總的|一般|意义上|意義上|理论上|理論上|总体上|總體上|基本上|本质上|本質上|实际上|實際上|事实上|事實上|表面上|原则上|原則上)$/.test(text.slice(Math.max(0, start - 6), start))) return false;
  }
  if (cue === '称' || cue === '稱') {
    if (CHENG_BEFORE.test(before) || CHENG_AFTER.test(after) || CHENG_NAMING.test(after)) return false;
  }
  // `予以了否认`, `做出回应`: a verb used as the object of a light verb, unless a speech suffix follows (`做出回应说`).
  if (LIGHT_VERB.test(before) && !/(?:说|說|称|稱|道|表示|指出)$/.test(cue)) return false;
  if (NOUN_BEFORE.test(before) || NOUN_AFTER.test(after) || NEGATED.test(before)) return false;
  if (NEEDS_FOLLOWER.has(cue) && !FOLLOWER.test(after)) return false;
  if (cue === '指' && /[手意所是直旨一]$/.test(before)) return false;
  return true;
}
