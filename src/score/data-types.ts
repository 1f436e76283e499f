/**
 * The kinds of personal data a policy says it collects or handles, found by closed lists of phrasings.
 * Only paragraphs about collection or sharing (by the classifier, or by a collecting verb) count, so "contact
 * us at privacy@…" is not "collects your email address".
 */
import type { DataType, ParagraphResult } from '../types.ts';

interface Kind {
  key: string;
  name: string;
  sensitive: boolean;
  pattern: RegExp;
}

const kind = (key: string, name: string, pattern: RegExp, sensitive = false): Kind => ({
  key,
  name,
  sensitive,
  pattern,
});

export const DATA_KINDS: readonly Kind[] = [
  kind('email', 'Email address', /\be-?mail (?:address|addresses)\b|\bemail\b(?=,| and| or)/i),
  kind(
    'name',
    'Name',
    /\b(?:your|full|first|last|real|legal|user) ?names?\b|\bnames?(?=,| and (?:e-?mail|address|phone))/i,
  ),
  kind('phone', 'Phone number', /\b(?:phone|telephone|mobile|cell) (?:numbers?|no\.?)/i),
  kind('address', 'Postal address', /\b(?:postal|mailing|billing|shipping|home|street|physical) address/i),
  kind('location', 'Location', /\b(?:geo-?)?location(?: data| information)?\b|\bGPS\b|\bgeo-?locat\w*/i),
  kind('ip', 'IP address', /\bIP[- ]address(?:es)?\b|\bInternet Protocol address/i),
  kind(
    'device',
    'Device identifiers',
    /\bdevice (?:identifiers?|IDs?|information)\b|\b(?:IDFA|advertising (?:ID|identifier)s?|MAC address|IMEI|UDID)\b|\bunique (?:device )?identifiers?/i,
  ),
  kind(
    'payment',
    'Payment or card details',
    /\b(?:credit|debit|payment) cards?\b|\bcard (?:numbers?|details)\b|\bbilling (?:information|details)\b|\bpayment (?:information|details|data)\b|\bbank account/i,
  ),
  kind('contacts', 'Contacts', /\baddress book|\bcontact lists?\b|\byour contacts\b|\bphone contacts\b/i),
  kind(
    'browsing',
    'Browsing and usage',
    /\bbrowsing (?:history|activity|behaviou?r)|\bpages? (?:you )?(?:visit|view)\w*|\bclickstream|\bsearch (?:history|queries|terms)|\busage (?:data|information)|\breferr\w+ (?:URL|page|site)s?/i,
  ),
  kind(
    'birthdate',
    'Date of birth or age',
    /\bdate of birth\b|\bbirth ?date\b|\bbirthday\b|\byour age\b|\bage and gender\b/i,
  ),
  kind('credentials', 'Username and password', /\b(?:username|user name|password|login credentials)s?\b/i),
  kind(
    'media',
    'Photos, audio or video',
    /\b(?:photos?|photographs|pictures|voice recordings?|audio recordings?|videos)\b/i,
  ),
  kind(
    'health',
    'Health information',
    /\bhealth (?:data|information|conditions?|records?|status)|\bmedical\b|\bfitness data/i,
    true,
  ),
  kind(
    'biometric',
    'Biometric data',
    /\bbiometric|\bface ?prints?|\bfacial (?:recognition|geometry|features)|\bvoice ?prints?|\bretina|\biris scans?|\bfingerprints? (?:scans?|data)/i,
    true,
  ),
  kind(
    'government-id',
    'Government ID numbers',
    /\bsocial security|\bSSN\b|\bpassports?\b|\bdriver[’']?s licen[cs]e|\bnational (?:ID|identi\w+) (?:number|card)|\btax (?:ID|identification)/i,
    true,
  ),
  kind(
    'special',
    'Race, religion, sexuality or politics',
    /\bracial\b|\bethnic origin|\breligio\w+ (?:beliefs?|views)|\bsexual (?:orientation|life)|\bpolitical (?:opinions?|affiliations?|views)|\btrade union/i,
    true,
  ),
  kind(
    'precise-location',
    'Precise location',
    /\bprecise (?:geo-?)?location|\bGPS (?:coordinates|location|data)/i,
    true,
  ),
];

const COLLECTING =
  /\b(?:collect\w*|receiv\w*|obtain\w*|gather\w*|record\w*|provide us|you provide|you give|submit\w*|store\w*|process\w*|log\w*|request\w*|ask (?:you )?for|shar\w*|disclos\w*)\b/i;

function isCollection(p: ParagraphResult): boolean {
  if (!p.policyText) return false;
  const labelled = p.categories.some(
    (c) => c === 'First Party Collection/Use' || c === 'Third Party Sharing/Collection',
  );
  return labelled || COLLECTING.test(p.cleanText);
}

/** Data kinds in list order, each with the paragraphs that mention it. */
export function dataTypes(paragraphs: readonly ParagraphResult[]): DataType[] {
  const collecting = paragraphs.filter(isCollection);
  return DATA_KINDS.flatMap(({ key, name, sensitive, pattern }) => {
    const evidence = collecting.filter((p) => pattern.test(p.cleanText)).map((p) => p.id);
    return evidence.length ? [{ key, name, sensitive, evidence }] : [];
  });
}
