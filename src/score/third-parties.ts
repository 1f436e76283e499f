/**
 * The companies a policy names as receiving or collecting data. Two passes: the maintained list
 * (known-parties.ts), and, for the sentences that talk about sharing, capitalised names in the places
 * organisations stand ("such as Acme Analytics, Inc.", "with Foo and Bar").
 *
 * Why not compromise/three's `.organizations()`: its tagger costs several times the tokeniser and, once
 * imported, slows every other compromise call in the engine (see src/nlp/sells.ts). On the handful of
 * sharing sentences it would be affordable; scripts/eval-tosdr.ts --orgs measures both on ToS;DR's sharing quotes.
 */
import type { NamedParty, ParagraphResult } from '../types.ts';
import { KNOWN_PARTIES } from './known-parties.ts';

const SHARING_SENTENCE =
  /\b(?:shar\w*|disclos\w*|provid\w*|partner\w*|vendors?|processors?|service providers?|third[- ]part\w*|powered by|provided by|hosted (?:by|on|with)|uses?|through|via)\b/i;
/** A run of capitalised words after a word that introduces a company, optionally ending in a legal suffix. */
const ORG =
  /(?<=\b(?:such as|including|includes?|like|by|with|to|from|via|through|use|uses|using|and|or)\s)((?:[A-Z][\w&'.-]*[a-z][\w&'-]*|[A-Z]{2,})(?:\s(?:[A-Z][\w&'-]*|&)){0,3})(?:,?\s(?:Inc|LLC|Ltd|Corp|GmbH|Co)\b\.?)?/g;
/** Capitalised words that are not companies: the policy's own vocabulary, places, laws. */
const NOT_ORG =
  /^(?:We|Our|Us|You|Your|The|This|These|Those|Its|It|If|In|For|Personal|Information|Data|Privacy|Policy|Service|Services|Site|Sites|Website|Terms|Cookie|Cookies|Company|Act|Law|Section|Agreement|United|European|EU|EEA|US|USA|UK|California|Canada|GDPR|CCPA|COPPA|IP|API|URL|SSL|TLS|FAQ|Do Not Track|DNT|Platform|Account|Content|User|Users|Customer|Customers|Partners?|Affiliates?|Third|Other|Any|All|Some|Such|Please|Contact|Email|Settings|Google|Guest|Members?|Compliance|Internet|Third-Party|Measurement|Switzerland|Germany|Ireland|Australia|Japan|China|India|France|Israel|Singapore|Brazil|Mexico|Others?|Applications?|Log)(?:\s|$)/;
/** Shape-found names seen in more paragraphs than this are taken to be the company itself. */
const OWN_NAME_PARAGRAPHS = 2;
const NAME_RUN = /[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*)*/;

function add(found: Map<string, NamedParty>, name: string, kind: string | null, paragraph: number): void {
  const entry = found.get(name) ?? { name, kind, evidence: [] };
  if (!entry.evidence.includes(paragraph)) entry.evidence.push(paragraph);
  found.set(name, entry);
}

/** Organisation-shaped names in one sentence about sharing; `orgNames('We use Acme Metrics, Inc. to…')` → ['Acme Metrics']. */
export function orgNames(sentence: string): string[] {
  if (!SHARING_SENTENCE.test(sentence)) return [];
  const out: string[] = [];
  for (const m of sentence.matchAll(ORG)) {
    const name = NAME_RUN.exec(m[1] ?? '')?.[0]?.replace(/[.,]$/, '') ?? '';
    // Acronyms ("ICDR", "URLs"), possessives and headings-in-title-case ("How We Use It") are not companies.
    const shapeless =
      /^[A-Z]{2,5}s?$|[’']s\b|\b(?:We|It|You|Use|Information|Services?|Data|Level|Applications?|Others)$/.test(name);
    if (name.length > 2 && !shapeless && !NOT_ORG.test(name) && !KNOWN_PARTIES.some((k) => k.pattern.test(name)))
      out.push(name);
  }
  return out;
}

/** Named third parties, known ones first (in list order), then names found by their shape, in page order. */
export function thirdParties(paragraphs: readonly ParagraphResult[]): NamedParty[] {
  const known = new Map<string, NamedParty>();
  const shaped = new Map<string, NamedParty>();
  for (const p of paragraphs) {
    if (!p.policyText) continue;
    let text = p.cleanText;
    for (const k of KNOWN_PARTIES) {
      if (!k.pattern.test(text)) continue;
      add(known, k.name, k.kind, p.id);
      text = text.replace(new RegExp(k.pattern.source, `${k.pattern.flags}g`), ' ');
    }
    for (const sentence of text.split(/(?<=[.;:!?])\s+/))
      for (const name of orgNames(sentence)) add(shaped, name, null, p.id);
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
