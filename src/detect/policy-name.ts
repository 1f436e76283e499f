/**
 * Does a page's name — its title, a heading, its address — name a privacy policy? A name is short and made of
 * legal-document words: "Privacy Policy", "Your Privacy", "Terms of Use and Privacy", "/privacy_statement". A
 * sentence that merely mentions privacy ("Seven ways to protect your privacy", "Privacy preferences",
 * "/privacy-settings") is not a name.
 */

/** A policy named outright, in English and in the other languages detection reads (so a foreign policy is recognised,
 *  then reported in its language). Plurals ("our privacy notices") name a list of policies, not this one. */
const POLICY_NAMES = [
  '(privacy|cookies?|data protection|data privacy) (policy|notice|statement|agreement)',
  'datenschutz(erklärung|erklaerung|bestimmungen|hinweise?|richtlinien?|informationen?|politik|grundsätze)',
  '(hinweise|informationen|erklärung) zum datenschutz',
  '(politique|charte|déclaration|notice|règles)( \\p{L}+){0,4} (confidentialité|protection des données|données personnelles|vie privée|cookies)',
  '(política|aviso|declaración)( \\p{L}+){0,2} (privacidad|protección de datos|cookies)',
  '(informativa|politica)( \\p{L}+){0,4} (privacy|riservatezza|cookie|dati personali)',
  '(privacy|cookie) ?(beleid|verklaring|reglement)',
  '(política|aviso|declaração)( \\p{L}+){0,2} (privacidade|proteção de dados|cookies)',
  // Languages detection names but does not read: the policy is recognised by its name and reported as such.
  'polityka prywatności|integritetspolicy|privatlivspolitik|personvernerklæring|zásady ochrany osobních údajů',
  'gizlilik politikası|политика конфиденциальности|プライバシーポリシー|隐私政策|개인정보 ?처리방침',
];
const POLICY_NAME = new RegExp(`(?<!\\p{L})(${POLICY_NAMES.join('|')})(?!\\p{L})`, 'u');
/** "Privacy" (or "Datenschutz", "Confidentialité"…) on its own names a policy only when every other word is a
 *  legal-document word. */
const CORE =
  /(?<!\p{L})(privacy|cookies?|datenschutz|confidentialité|vie privée|privacidad|privacidade|riservatezza)(?!\p{L})/u;
const LEGAL_WORDS = new Set(
  `privacy policy policies notice statement agreement commitment terms of and the use conditions service services legal
  security safety accessibility your our online web website site full page data protection cookie cookies information
  user ref footer
  politique politiques des sur relative relatives aux matière données personnelles charte mentions légales générales
  utilisation vie privée respect notre nos votre vos confidentialité traitement
  datenschutz erklärung und zum zur der die das hinweise informationen impressum richtlinie bestimmungen unsere ihre
  política políticas del las los aviso términos condiciones uso protección datos nuestra privacidad
  informativa sulla sul della dei trattamento dati personali nostra termini condizioni riservatezza
  van het voorwaarden algemene onze
  política dos das termos condições proteção dados nossa privacidade
  for pour für para per voor`.split(/\s+/),
);
/** Brand and audience words allowed beside an outright name: "Bank of America Online Privacy Notice". */
const MAX_OTHER_WORDS = 2;

/**
 * A phrase about a policy rather than its name: a question ("What is a privacy policy?"), the policy as the object
 * of a preposition ("Changes to our Privacy Policy", "What's changing in our Privacy Policy"), news of it ("Privacy
 * policy update"), or a tool or guide for writing one ("Free Privacy Policy Generator", "Privacy policy template"). A phrase that says "this" policy is the policy speaking of itself, whatever else it
 * says ("What This Privacy Policy Covers").
 */
const ABOUT_A_POLICY =
  /^(what|how|why|when|where|who|which|is|are|does|do|can|should)\b|\b(to|in|about|on|into|behind|with) (our|the|your|its|their) |\b(updates?|summary|generator|templates?|samples?|examples?|builder|checker|guide)\b/;
const THIS_POLICY = /\bthis (privacy|cookie|data protection) (policy|notice|statement)\b/;

type Name = 'outright' | 'bare' | null;

function nameOf(phrase: string): Name {
  const words = phrase
    .toLowerCase()
    .replace(/privacy(?=[a-z])/g, 'privacy ') // privacypolicy, PrivacySecurity
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  if (THIS_POLICY.test(words)) return 'outright';
  if (ABOUT_A_POLICY.test(words)) return null;
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

const OTHER_DOCUMENT =
  /\b(terms|conditions|eula|licen[cs]e|disclaimer|acceptable use|imprint|impressum|mentions légales|cgu|cgv|agb|nutzungsbedingungen|términos|termini|condizioni|voorwaarden|termos|condições)(?!\p{L})/iu;

/**
 * "Terms and Conditions | Shop": the title names some other legal document, so a "Privacy Policy" heading on the
 * page is one of its sections, not the page's name.
 */
export function titleNamesOtherDocument(title: string): boolean {
  return OTHER_DOCUMENT.test(title) && !titleNamesPolicy(title);
}

const PRIVACY_TOOL =
  /\b(privacy|cookies?) (cent(er|re)|hub|portal|settings|preferences|choices|controls|dashboard|tools?)\b/i;

/**
 * "Privacy Center | Shop": the title names a page about privacy that is not the policy, so an address like
 * /privacy is the section's, not the policy's. A policy shown in such a centre still names itself in a heading.
 */
export function titleNamesPrivacyTool(title: string): boolean {
  return PRIVACY_TOOL.test(title) && !titleNamesPolicy(title);
}

const INDEX_PAGE = /^(index|default|home|main)(\.\w+)?$/i;

/** Sections of a site whose pages are about policies, not one: articles (/blog/privacy-policy-explained) and tools
 *  and guides for writing one (/generator/privacy). */
const ARTICLES =
  /^(blog|news|press|newsroom|stories|magazine|articles?|posts?|insights|generators?|templates?|tools?|guides?|examples?|samples?)$/i;

/**
 * The page's own name in its address: the last path segment (past index pages), the fragment (a legal page opened
 * at #privacy) or the host's first label (privacy.example.com). Earlier segments name a section, not this page:
 * /privacy/cookie-settings is a settings page, and nothing under /blog/ is a policy.
 */
export function addressNamesPolicy(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return namesPolicy(address);
  }
  const segments = url.pathname.split('/').filter((s) => s && !INDEX_PAGE.test(s));
  if (segments.some((s) => ARTICLES.test(s))) return false;
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
