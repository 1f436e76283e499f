/**
 * The companies a policy names as receiving or collecting data. Two passes: the maintained list
 * (known-parties.ts), and, for the sentences that talk about sharing, capitalised names in the places
 * organisations stand ("such as Acme Analytics, Inc.", "with Foo and Bar") — kept only with evidence that they are a
 * company's name (company-names.ts): a legal suffix, or words the policy never writes in lower case. Headings run
 * into sentences ("Categories of Third Parties to Whom Personal Information Is Sold") and sentence openings
 * ("How", "Department") are capitalised too, and are the policy's own words.
 *
 * Why not compromise/three's `.organizations()`: its tagger costs several times the tokeniser and, once
 * imported, slows every other compromise call in the engine (see src/nlp/sells.ts). On the handful of
 * sharing sentences it would be affordable; scripts/eval-tosdr.ts --orgs measures both on ToS;DR's sharing quotes.
 */
import type { NamedParty, ParagraphResult } from '../types.ts';
import { isCompanyName, lowercaseWords } from './company-names.ts';
import { KNOWN_PARTIES, type KnownParty } from './known-parties.ts';

const SHARING_SENTENCE =
  /\b(?:shar\w*|disclos\w*|provid\w*|partner\w*|vendors?|processors?|service providers?|third[- ]part\w*|powered by|provided by|hosted (?:by|on|with)|uses?|through|via)\b/i;
/** A run of capitalised words after a word that introduces a company or a list's comma, optionally ending in a
 *  legal suffix. */
const ORG =
  /(?<=(?:\b(?:such as|including|includes?|like|by|with|to|from|via|through|use|uses|using|and|or)|,)\s)((?:[A-Z][\w&'.-]*[a-z][\w&'-]*|[A-Z]{2,})(?:\s(?:[A-Z][\w&'-]*|&)){0,3})(,?\s(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|AG|S\.?A\.?S?|SARL|B\.?V\.?|N\.?V\.?|plc|PLC|Pty|LLP|Co|AB|Oy|SE|S\.p\.A)\b\.?)?/g;
/** Capitalised words that are not companies: the policy's own vocabulary, places, laws. */
const NOT_ORG =
  /^(?:We|Our|Us|You|Your|The|This|These|Those|Its|It|If|In|For|Personal|Information|Data|Privacy|Policy|Service|Services|Site|Sites|Website|Terms|Cookie|Cookies|Company|Act|Law|Section|Agreement|United|European|EU|EEA|US|USA|UK|California|Canada|GDPR|CCPA|COPPA|IP|API|URL|SSL|TLS|FAQ|Do Not Track|DNT|Platform|Account|Content|User|Users|Customer|Customers|Partners?|Affiliates?|Third|Other|Any|All|Some|Such|Please|Contact|Email|Settings|Google|Guest|Members?|Compliance|Internet|Third-Party|Measurement|Switzerland|Germany|Ireland|Australia|Japan|China|India|France|Israel|Singapore|Brazil|Mexico|Others?|Applications?|Log)(?:\s|$)/;
/** Whether a text may name any known company (case aside): most paragraphs name none, and skip the list. */
const ANY_KNOWN = new RegExp(KNOWN_PARTIES.map((k) => `(?:${k.pattern.source})`).join('|'), 'i');
/** Stands in for a known company's name in the text the shape pass reads; no name pattern matches it. */
const KNOWN = '§';
/** A known company listed right before or after a name: "Adobe, Google and Microsoft". */
const BESIDE_KNOWN_BEFORE = /§\W{0,3}(?:,\s*|\s+(?:and|or|&)\s+)$/;
const BESIDE_KNOWN_AFTER = /^(?:,\s*|\s+(?:and|or|&)\s+)§/;
/** How much of the sentence around a name its context is read from. */
const CONTEXT_CHARS = 80;
const LIST_GAP = /^(?:,\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or)\s+)$/;
/** Shape-found names seen in more paragraphs than this are taken to be the company itself. */
const OWN_NAME_PARAGRAPHS = 2;
const NAME_RUN = /[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*)*/;

function add(found: Map<string, NamedParty>, name: string, kind: string | null, paragraph: number): void {
  const entry = found.get(name) ?? { name, kind, evidence: [] };
  if (!entry.evidence.includes(paragraph)) entry.evidence.push(paragraph);
  found.set(name, entry);
}

/**
 * Organisation-shaped names in one sentence about sharing, judged on the sentence alone (no policy around it to tell
 * its ordinary words); `orgNames('We use Acme Metrics, Inc. to…')` → ['Acme Metrics'].
 */
export function orgNames(sentence: string): string[] {
  return namesIn(withoutKnown(sentence), new Set());
}

/** orgNames of a sentence whose known companies are already replaced by KNOWN; `lowercase`: lowercaseWords of the
 *  policy (company-names.ts). */
function namesIn(text: string, lowercase: ReadonlySet<string>): string[] {
  if (!SHARING_SENTENCE.test(text)) return [];
  const out: string[] = [];
  let taken = -1;
  for (const m of text.matchAll(ORG)) {
    const name = NAME_RUN.exec(m[1] ?? '')?.[0]?.replace(/[.,]$/, '') ?? '';
    // Acronyms ("ICDR", "URLs"), possessives and headings-in-title-case ("How We Use It") are not companies.
    const shapeless =
      /^[A-Z]{2,5}s?$|[’']s\b|[’']$|\b(?:We|It|You|Use|Information|Services?|Data|Level|Applications?|Others)$/.test(
        name,
      );
    if (name.length <= 2 || shapeless || NOT_ORG.test(name)) continue;
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - CONTEXT_CHARS), at);
    const after = text.slice(at + m[0].length, at + m[0].length + CONTEXT_CHARS);
    // Beside a known company, or next in a list after a name already taken: "Acme Pay and Northwind Hosting".
    const besideKnown =
      BESIDE_KNOWN_BEFORE.test(before) || BESIDE_KNOWN_AFTER.test(after) || LIST_GAP.test(text.slice(taken, at));
    if (!isCompanyName(name, Boolean(m[2]), lowercase, { before, after, besideKnown })) continue;
    out.push(name);
    taken = at + m[0].length;
  }
  return out;
}

/**
 * Known companies' mentions, each replaced by KNOWN: found by the list already, and marking where one stands. In
 * list order, so "Google Analytics" is taken before the "Google" inside it; `found` hears of each one present.
 */
function withoutKnown(text: string, found: (party: KnownParty) => void = () => undefined): string {
  if (!ANY_KNOWN.test(text)) return text;
  let out = text;
  for (const k of KNOWN_PARTIES) {
    if (!k.pattern.test(out)) continue;
    found(k);
    out = out.replace(new RegExp(k.pattern.source, `${k.pattern.flags}g`), KNOWN);
  }
  return out;
}

/** Named third parties, known ones first (in list order), then names found by their shape, in page order. */
export function thirdParties(paragraphs: readonly ParagraphResult[]): NamedParty[] {
  const known = new Map<string, NamedParty>();
  const shaped = new Map<string, NamedParty>();
  const lowercase = lowercaseWords(paragraphs.filter((p) => p.policyText).map((p) => p.cleanText));
  for (const p of paragraphs) {
    if (!p.policyText) continue;
    const text = withoutKnown(p.cleanText, (k) => add(known, k.name, k.kind, p.id));
    for (const sentence of text.split(/(?<=[.;:!?])\s+/))
      for (const name of namesIn(sentence, lowercase)) add(shaped, name, null, p.id);
  }
  const order = KNOWN_PARTIES.map((k) => k.name);
  const listed = [...known.values()].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  // A name whose first word is in many paragraphs is the policy's own company ("BigML Inc"), not a recipient.
  const mentions = (word: string) =>
    paragraphs.filter((p) => new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(p.cleanText))
      .length;
  const others = [...shaped.values()].filter(
    (s) => s.evidence.length <= OWN_NAME_PARAGRAPHS && mentions(s.name.split(' ')[0] ?? '') <= OWN_NAME_PARAGRAPHS * 2,
  );
  return [...listed, ...others];
}
