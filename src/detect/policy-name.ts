/**
 * Does a page's name — its title, a heading, its address — name a privacy policy? A name is short and made of
 * legal-document words: "Privacy Policy", "Your Privacy", "Terms of Use and Privacy", "/privacy_statement". A
 * sentence that merely mentions privacy ("Seven ways to protect your privacy", "Privacy preferences",
 * "/privacy-settings") is not a name.
 */

/** A policy named outright, in English or (so a foreign policy is recognised, then reported unsupported) German,
 *  French, Spanish, Dutch. Plurals ("our privacy notices") name a list of policies, not this one. */
const POLICY_NAME =
  /\b(privacy|cookies?|data protection|data privacy) (policy|notice|statement|agreement)\b|\bdatenschutz|\bconfidentialit|\bprivacidad\b|\bprivacy(beleid|verklaring)\b/;
/** "Privacy" on its own names a policy only when every other word is a legal-document word. */
const CORE = /\b(privacy|cookies?)\b/;
const LEGAL_WORDS = new Set(
  `privacy policy policies notice statement agreement commitment terms of and the use conditions service services legal
  security safety accessibility your our online web website site full page data protection cookie cookies information
  user ref footer`.split(/\s+/),
);
/** Brand and audience words allowed beside an outright name: "Bank of America Online Privacy Notice". */
const MAX_OTHER_WORDS = 2;

type Name = 'outright' | 'bare' | null;

function nameOf(phrase: string): Name {
  const words = phrase
    .toLowerCase()
    .replace(/privacy(?=[a-z])/g, 'privacy ') // privacypolicy, PrivacySecurity
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  const others = words.split(' ').filter((w) => w.length > 2 && !LEGAL_WORDS.has(w)).length;
  if (POLICY_NAME.test(words)) return others <= MAX_OTHER_WORDS ? 'outright' : null;
  return CORE.test(words) && others === 0 ? 'bare' : null;
}

/** "Privacy Policy", "Your Privacy" → true; "Read the privacy policy (or at least skim it)" → false. */
export function namesPolicy(phrase: string): boolean {
  return nameOf(phrase) !== null;
}

/** A heading names the page only outright: a bare "Privacy" heading is a section of some other document. */
export function headingNamesPolicy(heading: string): boolean {
  return nameOf(heading) === 'outright';
}

/** Titles join the page's name and the site's: "Privacy Policy | Example", "Example - Your Privacy". */
const TITLE_PARTS = /\s+[|\-–—:•·>»]\s+|[|•·>»/:]/;

export function titleNamesPolicy(title: string): boolean {
  return title.split(TITLE_PARTS).some(namesPolicy);
}

const OTHER_DOCUMENT = /\b(terms|conditions|eula|licen[cs]e|disclaimer|acceptable use|imprint|impressum)\b/i;

/**
 * "Terms and Conditions | Shop": the title names some other legal document, so a "Privacy Policy" heading on the
 * page is one of its sections, not the page's name.
 */
export function titleNamesOtherDocument(title: string): boolean {
  return OTHER_DOCUMENT.test(title) && !titleNamesPolicy(title);
}

const INDEX_PAGE = /^(index|default|home|main)(\.\w+)?$/i;

/**
 * The page's own name in its address: the last path segment (past index pages), the fragment (a legal page opened
 * at #privacy) or the host's first label (privacy.example.com). Earlier segments name a section, not this page:
 * /privacy/cookie-settings is a settings page.
 */
export function addressNamesPolicy(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return namesPolicy(address);
  }
  const segments = url.pathname.split('/').filter((s) => s && !INDEX_PAGE.test(s));
  const last = (segments.at(-1) ?? '').replace(/\.\w+$/, '');
  const fragment = safeDecode(url.hash.slice(1));
  return [last, fragment, url.hostname.split('.')[0] ?? ''].some((part) => part !== '' && namesPolicy(part));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
