/**
 * Known boilerplate, as data: block texts that are never story text, in any outlet.
 * `WHOLE_BLOCK` patterns must match a whole (short) block; `SHORT_BLOCK_CONTAINS`
 * patterns drop a block that contains them when it is at most `SHORT_BLOCK_MAX` chars,
 * so a long story paragraph that merely mentions e.g. "版权" is kept.
 */

/** Upper length (UTF-16 units) of a block the `SHORT_BLOCK_CONTAINS` rules may drop. */
export const SHORT_BLOCK_MAX = 220;

export const WHOLE_BLOCK: readonly RegExp[] = [
  // share widgets
  /^(?:分享|分享到|分享至|分享本文|转发|轉發|share|share this|share on \w+)\s*[:：]?$/i,
  // read-more / related headings and lead-ins
  /^(?:延伸阅读|延伸閱讀|相关阅读|相關閱讀|相关新闻|相關新聞|相关报道|相關報導|相关文章|相關文章|推荐阅读|推薦閱讀|更多报道|更多報導|更多新闻|更多新聞|热门新闻|熱門新聞|聚焦新闻|聚焦新聞|最新消息|编辑推荐|編輯推薦|猜你喜欢|猜你喜歡|read more|related(?: stories| articles| coverage)?|more on this story)\s*[:：]?/i,
  // media placeholders
  /^(?:你的器材不支持播放多媒体材料|你的設備不支持播放多媒體材料|视频加注文字，?|图像加注文字，?|圖像加註文字，?|影片加註文字，?|图片来源[:：].{0,40}|圖片來源[:：].{0,40}|此视频无法播放|點擊播放|点击播放|advertisement|广告|廣告)$/i,
  // print-edition notes and reading-time labels
  /^a version of this article appears in print\b/i,
  /^(?:\d+\s*min(?:ute)?s?\s*read|(?:temps de )?lecture\s*:?\s*\d+\s*min\.?|tiempo de lectura\s*:?\s*\d+\s*min\.?|lesezeit\s*:?\s*\d+\s*min\.?|阅读时间.{0,8}|\d+\s*分钟阅读)$/i,
  // ad-slot labels in other languages (fr, es, pt, de, it, cs, pl, nl) and an ad-slot artefact of some layouts
  /^(?:publicité|publicidad|publicidade|werbung|anzeige|pubblicità|reklama|reklame|advertentie|story continues below advertisement|after newsletter promotion|skip advertisement|ad feedback)$/i,
  // editor/producer credits that are not names (names go to byline.ts)
  /^.{0,20}(?:制作组|製作組|编辑部|編輯部)$/,
  // end marks
  /^(?:[（(](?:完|全文完|終|终)[）)]|[-－—]\s*(?:完|終|终)\s*[-－—]|\(END\)|END)$/i,
  // lone hashtags (tag lists)
  /^(?:#\S+\s*)+$/,
];

export const SHORT_BLOCK_CONTAINS: readonly RegExp[] = [
  // RSS-relay footers
  /获取更多RSS|獲取更多RSS|feedx\.(?:net|best|cc)/i,
  // copyright lines
  /©|版权声明|版權聲明|版权所有|版權所有|\bcopyright\b|all rights reserved|未经授权|未經授權|不得转载|不得轉載/i,
  // newsletter / app / subscription placeholders
  /订阅(?:我们的)?(?:电子报|新闻信|newsletter)|訂閱(?:我們的)?(?:電子報|新聞信)|下载.{0,8}(?:APP|App|应用)|下載.{0,8}(?:APP|App|應用)|扫码关注|掃碼關注|关注我们的|關注我們的/,
  // paywall / login prompts
  /(?:登录|登入|訂閱|订阅)(?:后|後)?(?:继续|繼續)?阅读全文|閱讀全文請|subscribe to continue/i,
  // carousels of headlines
  /聚焦新聞|聚焦新闻/,
];

/**
 * Widget text that scraped pages run into a story paragraph (one paragraph per page in some
 * archives): newsletter sign-up forms, video players, share links, ad slots of outlet templates.
 * Removed from inside a block wherever they occur; a block left empty is dropped.
 */
export const INLINE_FURNITURE: readonly RegExp[] = [
  // newsletter sign-up (Mirror): `Get politics updates directly to your inbox + Subscribe Thank you for subscribing! …`
  /\bGet (?:[\w-]+ ){0,3}updates directly to your inbox\s*\+?\s*Subscribe\s+Thank you for subscribing!\s*Could not subscribe, try again later\s*Invalid Email\b/g,
  // video player (Mirror)
  /\bVideo Loading\s+Video Unavailable\s+Click to play\s+Tap to play\s+The video will start in \d+\s+Cancel\s+Play now\s+Watch this video again\s+Video will play in\s+Share this video\s+Watch Next\b/g,
  // share links (The Sun)
  /\bClick to share on [A-Z][\w+]* \(Opens in new window\)/g,
  // ad slot and embed controls (USA Today)
  /\bSkip Ad\s+Ad Loading\.\.\.\s+x\s+Embed\s+x\s+Share\b/g,
];

/** `text` without inline widget text, spaces closed up. */
export function stripInlineFurniture(text: string): string {
  let out = text;
  for (const re of INLINE_FURNITURE) out = out.replace(re, ' ');
  return out === text ? text : out.replace(/\s{2,}/g, ' ').trim();
}
