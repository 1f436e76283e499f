/**
 * Is a capitalised run of words, found where companies stand in a sentence about sharing, a company's name? Only
 * with evidence. A legal suffix ("Acme Metrics, Inc.", "SCHUFA Holding AG") is enough. Otherwise two things must
 * hold: the text puts a company there — introduced ("provided by", "partners such as"), described ("…, an
 * advertising network") or listed with a known one — and none of its words is an ordinary word of this policy. A
 * policy that writes "sold" and "shared" in its prose wrote "Sold" and "Shared" in a heading, and one that writes
 * "how" wrote "How" to open a sentence; it never writes "liveramp" (plain forms count: "answer" rules out
 * "Answers"). Days, months, places, people, laws, hyphenated terms, domain names, e-mail addresses and groups
 * ("Meta Companies", "FOX Affiliates") are never a company's name.
 */

const LEGAL_SUFFIX =
  /(?:^|\s)(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|AG|S\.?A\.?S?|SARL|B\.?V\.?|N\.?V\.?|plc|PLC|Pty|LLP|Co|AB|Oy|SE|S\.p\.A)\.?$/;
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Nationalities and the US states policies list their residents' rights for. */
const PLACE =
  /^(?:Swiss|American|British|English|European|German|French|Irish|Canadian|Australian|Japanese|Chinese|Indian|Israeli|Brazilian|Mexican|Spanish|Italian|Dutch|Korean|Russian|Asian|African|Latin|Alabama|Alaska|Arizona|Arkansas|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)$/;
/** A person, not a company: a title, or a common given name first ("John Smith", the examples policies give). */
const PERSON =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Madam|Monsieur|Madame|Herr|Frau|John|Jane|James|Mary|Michael|David|Robert|William|Richard|Joseph|Thomas|Charles|Daniel|Matthew|Mark|Paul|Peter|George|Steven|Kevin|Brian|Edward|Jason|Jennifer|Linda|Patricia|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Emily|Anna|Laura|Maria|Alice|Bob|Joe|Sam|Tom|Florent|Jean|Pierre|Marie)\b/;
/** A name for a group of things, not one organisation. */
const GROUP_WORD = /\s(?:Affiliates|Companies|Products|Partners|Services|Brands|Entities|Subsidiaries|Members|Users)$/;
/** Laws, legal instruments and documents: "Standard Contractual Clauses", "Article", "Community Guidelines". */
const LEGAL_TERM =
  /(?:^|\s)(?:Clauses?|Act|Law|Regulations?|Directive|Article|Section|Framework|Shield|Rules|Principles|Code|Amendment|Conditions|Guidelines|Policy|Notice|Statement)$/;
/** Where a company stands in prose: after "provided by", after "partners such as", "third-party applications, like". */
const INTRODUCED =
  /\b(?:(?:provided|operated|offered|powered|hosted|run|owned|developed|supplied) by|(?:partners?|providers?|processors?|sub-?processors?|vendors?|companies|networks?|agenc(?:y|ies)|bureaus?|platforms|applications|integrations|brokers?)[,:]?\s*\(?(?:such as|including|includes?|like|e\.g\.,?|namely|i\.e\.,?)?)\s*$/i;
/** …or after it: "TRUSTe, an alternative dispute resolution provider", "Slack or other organizations". */
const DESCRIBED =
  /^(?:,?\s*(?:a|an|the|our)\s+(?:[\w-]+\s+){0,4}(?:company|provider|agency|platform|network|firm|organi[sz]ation|processor|vendor|partner|bureau)\b|\s+(?:or|and)\s+other\s+(?:organi[sz]ations|companies|providers|partners|platforms))/i;

/** Words inside names that belong to no one word's test: "Procter & Gamble", "Bank of America". */
const JOINERS = new Set(['&', 'of', 'and', 'the', 'de', 'for']);

/** The words `texts` write in lower case (whole words of three letters or more; not parts of addresses). */
export function lowercaseWords(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts)
    for (const w of text.match(/(?<![\w@./:-])[a-z][a-z'-]{2,}\b(?![.@/:][\w])/g) ?? []) out.add(w);
  return out;
}

/** Where a name was found: the text before and after it in its sentence, and whether a known company is listed
 *  right beside it ("Adobe, Google and Microsoft": Adobe stands with Google). */
export interface NameContext {
  before: string;
  after: string;
  besideKnown: boolean;
}

/**
 * `name` as found by its shape; `suffixed`: a legal suffix followed it; `lowercase`: lowercaseWords of the policy;
 * `context`: where it stands. A legal suffix is evidence enough; otherwise the context must say a company stands
 * there, and the words must be no ordinary words of this policy.
 */
export function isCompanyName(
  name: string,
  suffixed: boolean,
  lowercase: ReadonlySet<string>,
  context: NameContext,
): boolean {
  if (/^(?:@|\.[a-z])/i.test(context.after) || (/\.\w/.test(name) && !context.besideKnown)) return false;
  // A legal suffix on its own ("Amazon.com, Inc."), or a street or town in an address ("Kormoranweg 5",
  // "L-1855, Luxembourg", "Waltham, MA 02451"), is no company's name.
  if (/^\S+$/.test(name) && LEGAL_SUFFIX.test(` ${name}`)) return false;
  if (/^\s+\d|^,\s+[A-Z]{2}\s+\d{5}/.test(context.after) || /\d[\w-]*,\s*$/.test(context.before)) return false;
  if (suffixed || LEGAL_SUFFIX.test(name)) return true;
  const words = name.split(/\s+/).filter((w) => !JOINERS.has(w.toLowerCase()));
  if (CALENDAR.test(name) || PLACE.test(name) || PERSON.test(name)) return false;
  if (GROUP_WORD.test(name) || LEGAL_TERM.test(name)) return false;
  // "Wi-Fi", "Opt-Out": hyphenated words are terms; the rare hyphenated company needs its suffix.
  if (words.length === 1 && name.includes('-')) return false;
  if (words.some((w) => formsOf(w).some((f) => lowercase.has(f)))) return false;
  return context.besideKnown || INTRODUCED.test(context.before) || DESCRIBED.test(context.after);
}

/** A word and its plain forms: "Answers" → answers, answer; "Crushes" → crushes, crushe, crush. */
function formsOf(word: string): string[] {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  return [
    w,
    w.replace(/s$/, ''),
    w.replace(/es$/, ''),
    w.replace(/ies$/, 'y'),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
  ];
}
