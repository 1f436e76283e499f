/**
 * Tells policy prose from what surrounds it on a scraped page: site navigation, marketing copy, cookie-banner
 * buttons, copyright lines. A weighted word count, not a model: the failure to avoid is hiding a real policy
 * sentence, so anything with privacy vocabulary is kept and only vocabulary-free or promotional text is dropped.
 */

/** Words that only privacy and terms documents use much; each hit counts twice. */
const STRONG =
  /\b(?:privacy|personal(?:ly)?|cookies?|third[- ]part(?:y|ies)|collect\w*|disclos\w*|consent\w*|opt[- ]?(?:out|in)|polic(?:y|ies)|retain\w*|retention|gdpr|ccpa|coppa|truste|laws?|legal\w*|rights?|process(?:ing|ed|or)|controller|data protection|e-?mail|ip address\w*|browser|children|child|minors?|age of|secur\w*|shar(?:e|es|ed|ing)|sell|sold|delet\w*|terms|agree\w*|contact|identif\w*|track\w*|advertis\w*|beacons?|subpoena|jurisdiction|comply|pursuant|affiliat\w*|service providers?|transfer\w*|fraud\w*|social media|merger|acqui\w+|california\w*|europe(?:an)?)\b/gi;
/** Everyday policy words; one point each. */
const WEAK =
  /\b(?:we|us|our|you|your|information|data|may|will|use|used|provide\w*|request\w*|access\w*|account|sites?|websites?|services?|partners?|payment|residents?|visitors?|changes?|employees|subsidiar\w*|submit\w*|logs?|logins?|communicat\w*|protect\w*|illegal|unauthori[sz]ed|analytics|widgets|plugins?|safe\w*|questions|comments|operat\w*)\b/gi;
/** Words of product pages and promotions. A policy uses them too, so they only outvote, never veto. */
const MARKETING =
  /\b(?:ebooks?|webinars?|on-demand|read more|learn more|learn how|watch|demo|trial|platform|success\w*|customers?|industr(?:y|ies)|ai|machine learning|automl|mlops|automation|data scien\w*|capabilities|podcast|events?|blog|community|pricing|sign up|get started|download|explore|discover|unlock|powerful|seamless\w*|accelerat\w*|revolution|innovation|transform\w*|possibilities|productivity|empower\w*|unmatched|collaboration|training|businesses|potential|insights?|massive|thrive|deep dive|harness\w*|dominance)\b/gi;

const COPYRIGHT = /^\s*(?:©|\(c\)|copyright\b)[\s\S]{0,120}$|^\s*all rights reserved\.?\s*$/i;
const BUTTON =
  /^\s*(?:(?:accept|reject|decline|allow|deny|agree|i agree|ok|okay|got it|close|dismiss|save|continue)(?: all)?(?: cookies)?(?: settings| preferences)?|(?:cookie|privacy) (?:settings|preferences)|manage (?:cookies|preferences|consent))[.!]?\s*$/i;
/** Menu entries that a policy page links to but that say nothing themselves. */
const NAV_LINK = /^\s*(?:contact us|about us|careers|home|search|menu|log ?in|sign ?in|sign ?up|newsroom)\.?\s*$/i;
/** Menu labels run together by a scraper ("platform#overviewtour the ai platformwhat’s new…") or laid out by tabs. */
const GLUED = /\p{L}{19,}|\t{3,}/gu;
const ANCHOR_GLUED = /\p{L}#\p{L}/u;
const CONTACT =
  /[\w.+-]+@[\w-]+\.[\w.]+|\bcontact us\b.{8,}|\b\d{5}(?:-\d{4})?\b|\b(?:street|avenue|suite|floor|p\.?\s?o\.? box)\b|^attn\b/i;
/** "Last updated: March 3, 2014", "Effective Date: …", a bare "August 11, 2014": the policy's own date. */
const DATE =
  /\b(?:updated?|revised|modified|posted|published|released|effective|revision)\b.{0,40}\d{2,4}|^\W*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\W*$/i;
/** An item of a list the segmenter cut apart: "to meet contractual obligations,", "Conduct … reporting;". */
const LIST_ITEM = /^\s*(?:to|and|or|with|through)\s+\w+|[;,]\s*(?:and|or)?\s*$/i;

function count(re: RegExp, text: string): number {
  return text.match(re)?.length ?? 0;
}

/** Text with no policy purpose whatever its words: buttons, copyright, bare menu links. */
function isChrome(text: string): boolean {
  return text === '' || BUTTON.test(text) || COPYRIGHT.test(text) || NAV_LINK.test(text);
}

/**
 * False for text that is not policy content at all. `isPolicyText('overview.', '')` → false;
 * `isPolicyText('We do not sell your data.', '')` → true.
 */
export function isPolicyText(text: string, heading: string): boolean {
  const trimmed = text.trim();
  if (isChrome(trimmed)) return false;
  const marketing = count(MARKETING, trimmed);
  // A scraped menu lists every section title ("partners overview…"): only privacy words proper count there.
  if (ANCHOR_GLUED.test(trimmed) || count(GLUED, trimmed) >= 2) return count(STRONG, trimmed) >= 2 + marketing;
  if (CONTACT.test(trimmed) || (trimmed.length <= 100 && DATE.test(trimmed))) return true;
  const policy = 2 * count(STRONG, trimmed) + count(WEAK, trimmed);
  if (policy >= 2 && policy > marketing) return true;
  if (marketing === 0 && LIST_ITEM.test(trimmed)) return true;
  // Vocabulary-free prose under a policy heading ("Changes", "Children") is the policy's own.
  const words = trimmed.split(/\s+/).length;
  return words >= 4 && marketing === 0 && /\b(?:privacy|policy|notice|terms|data)\b/i.test(heading);
}
