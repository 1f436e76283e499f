/**
 * Sentence cues for what the company promises about itself: honouring Do Not Track, telling you about changes,
 * protecting your data. Each has its own way of saying no ("we do not respond to DNT", "without notice", "we are
 * not liable for unauthorized access"), so each has its own patterns.
 */
import { HONOUR_DNT } from '../nlp/practices.ts';
import { stanceUnder } from '../nlp/stance.ts';
import { DENIALS } from './cues-rights.ts';
import type { Cue } from './question.ts';

type YesNo = Cue<'yes' | 'no'> | null;

// The practice's own name contains "not", so generic negation cannot read these; they get their own patterns.
const DNT_IGNORED =
  /\b(?:(?:do(?:es)?|will|can|are|is)(?:\s+currently)?(?:\s+not|n[’']t)|won[’']t|can[’']t|cannot)\s+(?:currently\s+)?(?:yet\s+)?(?:respond|honou?r|recogni[sz]e|support|process|act on|obey|comply|track|change|alter|treat)|\b(?:unable|not able|not designed|not configured|not set up) to (?:currently )?(?:respond|honou?r|recogni[sz]e)|\b(?:may|might) not (?:currently )?(?:respond|honou?r|recogni[sz]e)|\b(?:take|takes|taking) (?:any |no )?actions? (?:in response|to respond)|\bnot (?:all|every)\b[^.]{0,60}\brespond|\b(?:do|does) not (?:currently )?(?:monitor|take)|\bignores?\b|\bno (?:uniform|common|universal|accepted|industry|consistent)[\w -]*standard|\bnot (?:been )?(?:agreed|established|finali[sz]ed|adopted|standardi[sz]ed)/i;
/** What honouring looks like in practice: "if DNT is on, we do not collect analytics". */
const DNT_EFFECT =
  /\bDNT\b[^.]{0,160}\b(?:we|we[’']ll|[A-Z]\w+)\s+(?:will not|won[’']t|do not|don[’']t|does not)\s+(?:\w+\s+){0,2}(?:collect|count|track|utili[sz]e|use|load|set|record|log)\b/;
const DNT_HONOURED =
  /\b(?:honou?r|honou?rs|respond to|responds to|respects?|recogni[sz]es?|comply with|complies with|stop (?:tracking|collecting)|will not track|do not track (?:you|users))\b/i;
const DNT = /\bdo[\s-]+not[\s-]+track\b|\bDNT\b/i;
const DNT_ALL = /\bdo[\s-]+not[\s-]+track\b/gi;

/** "We do not respond to DNT signals" → ignored; "we honor Do Not Track" → honoured; else null. */
export function dntPolarity(text: string): 'honoured' | 'ignored' | null {
  const plain = text.replace(/\bdo[\s-]+not[\s-]+track\b/gi, 'DNT');
  if (DNT_IGNORED.test(plain)) return 'ignored';
  return DNT_HONOURED.test(plain) || DNT_EFFECT.test(plain) ? 'honoured' : null;
}

/**
 * A sentence without the words counts inside a paragraph about Do Not Track ("We do not respond to those signals.").
 * The stance reader answers first, clause by clause ("we honor your preferences, but we do not respond to DNT").
 */
export function dntCue(sentence: string, inLabel: boolean, leadIn?: string): YesNo {
  if (!DNT.test(sentence) && !inLabel) return null;
  const reading = stanceUnder(sentence.replace(DNT_ALL, 'DNT'), leadIn, HONOUR_DNT);
  if (reading?.stance === 'does_not' || reading?.stance === 'does_not_except') return { outcome: 'no', hedged: false };
  if (reading?.stance) return { outcome: 'yes', hedged: false };
  const polarity = dntPolarity(sentence);
  if (polarity === 'ignored') return { outcome: 'no', hedged: false };
  return polarity === 'honoured' ? { outcome: 'yes', hedged: false } : null;
}

const DOCUMENT =
  /\b(?:polic\w*|terms|statement|agreement|notice|conditions|practices|TOU|TOS|ToS|T&Cs?|contract|document)\b/;
const CHANGE =
  /\b(?:chang\w*|updat\w*|modif\w*|amend\w*|revis\w*|alter\w*)\b[^.]{0,120}\b(?:polic\w*|terms|statement|agreement|notice|conditions|practices|TOU|TOS|T&Cs?|contract|document)\b|\b(?:polic\w*|terms|statement|agreement|conditions|TOU|TOS|T&Cs?|contract|document)\b[^.]{0,120}\b(?:chang\w*|updat\w*|modif\w*|amend\w*|revis\w*|alter\w*)\b/i;
const REVISION = /\b(?:chang|updat|modif|amend|revis|alter)\w*/i;
/** A change named as the policy's ("such changes", "if the revision is material", "if we do so"), not a service's. */
const THE_CHANGE =
  /\b(?:material|significant|substantial|important|these|such|any|the) (?:changes?|revisions?|modifications?|amendments?)\b/i;
/** Phrases that say the reader must find out alone; removed before looking for a promise of notice. */
const SILENT =
  /\bwithout (?:\w+ ){0,3}(?:notice|notif\w*|informing)(?: to you)?|\bmay,? (?:at (?:our|its) (?:sole )?discretion,? )?(?:attempt|choose|try|elect|decide)\w* to (?:notify|inform|let)|\bat (?:our|its) discretion,? may (?:\w+ ){0,3}(?:notify|inform|contact)|\bno (?:prior |advance )?notice\b|\bnot (?:be )?(?:bound|obliged|required) to (?:provide |give )?(?:\w+ )?notice\b|\b(?:review|check|visit|revisit|consult)\w* (?:\w+ ){0,5}(?:periodically|regularly|frequently|often|from time to time|each time)|\bcontinu\w+ (?:to )?(?:use|access)\w*\b[^.]{0,80}\b(?:accept|agree|consent|bound)|\bsole discretion|\bresponsib\w+ (?:for|to) (?:\w+ ){0,3}(?:review|check)/i;
const SILENT_ALL = new RegExp(SILENT.source, 'gi');
const NOTICE =
  /\b(?:notify|notif(?:ied|ies|ying|ication)|e-?mail|announc\w*|inform(?:ed)? (?:you|(?:the )?users?|customers|members|(?:those |affected )?individuals)|notice (?:is|will be|shall be) (?:posted|provided|sent|given|displayed)|communicat\w* (?:this|them|it|these|the changes|such changes|appropriately)|(?:will|shall) be communicated|(?:bring|brought|draw\w*) (?:\w+ ){0,3}(?:to )?your attention|make you aware|(?:be|are) informed|let (?:you|users|our \w+) know|alert\w*|tell you|in advance|(?:prior|advance|direct|prominent|conspicuous|reasonable|appropriate) notice|(?:provide|give|post|send|display|place)\w* (?:\w+ ){0,3}notice|notice (?:to you|of (?:the|any|such|material)|on|through|via|by|before|regarding)|banner|(?:\d+|thirty|fifteen|fourteen|seven) (?:\(\d+\) )?days(?:[’'] notice| (?:in advance|before|prior))|(?:ask|obtain|seek) (?:for )?your (?:\w+ )?consent|opt[- ]in consent)\b/i;
/** "We may change this policy at any time", "we reserve the right to amend it": changes on the page only. */
const AT_WILL =
  /\b(?:may|can|reserves? the right|at any time|from time to time|at (?:our|its) discretion|effective (?:immediately )?(?:upon|when) post\w*|by posting|will (?:be )?post\w*)\b/i;

/** A promise of notice wins: "we may change it at any time; material changes we will email you about" is a yes. */
/** Words that look like notice but are not: the document's own name ("our Privacy Notice"), "email us". */
const NOT_NOTICE =
  /\b[Pp]rivacy [Nn]otice\b|\b[Cc]ookie [Nn]otice\b|\b(?:[Tt]his|[Oo]ur|[Tt]he|revised|updated|new) Notice\b|\b(?:[Ee]-?mail|[Cc]ontact|[Ww]rite to|[Cc]all) us\b|\btake notice\b/g;
/**
 * "Notice" that is only the new text and its date ("we will notify you by posting the revised policy and updating
 * the effective date"). A notice posted ahead of the change is more than that, and counts.
 */
const ONLY_POSTED =
  /\bby (?:posting|publishing) (?:the|an?|any|such) (?:\w+ ){0,2}(?:version|polic\w*|terms|statement|agreement|changes|modifications|notice)|\b(?:updat|revis|chang)\w* the (?:["“]?(?:effective|last updated|last revised)|date\b)/i;
const BY_POSTING = /\b(?:by|through|via) (?:posting|publishing|updating|revising|changing|placing)\b/i;
const ADVANCE =
  /\bin advance\b|\bprior to\b|\bbefore (?:the|such|any|they|it) \w*\s?(?:takes?|become)|\b\d+ days|\bdays[’'] notice/i;
const PERSONAL =
  /\be-?mail|\bdirect(?:ly)?\b|\bin[- ]app\b|\bnotification|\bprominent|\bbanner|\bhome ?page|\bmessage|\balert|\bcommunications?\b|\bother (?:appropriate|reasonable) means\b/i;

export function changesCue(sentence: string, inLabel: boolean): YesNo {
  // "If we do so, we will send an email", "If changes are material, we will notify you": the change is implied.
  const implied = (inLabel || THE_CHANGE.test(sentence)) && (NOTICE.test(sentence) || SILENT.test(sentence));
  if (!CHANGE.test(sentence) && !implied && !(inLabel && (DOCUMENT.test(sentence) || REVISION.test(sentence))))
    return null;
  const plain = sentence.replace(SILENT_ALL, ' ').replace(NOT_NOTICE, ' ');
  const dated = ONLY_POSTED.test(plain);
  // "Notify you by posting the new version" is only the posting; "notify you and update the date" is notice.
  const byPosting = (BY_POSTING.test(plain) || !NOTICE.test(plain)) && !PERSONAL.test(plain) && !ADVANCE.test(plain);
  if (NOTICE.test(plain) && !(dated && byPosting)) return { outcome: 'yes', hedged: false };
  if (dated) return { outcome: 'no', hedged: false };
  if (SILENT.test(sentence) || AT_WILL.test(sentence) || inLabel) return { outcome: 'no', hedged: false };
  return null;
}

/** Messages about security are not measures: "you may receive … security notices". */
const SECURITY_MESSAGES = /\bsecurity (?:notices?|alerts?|updates?|messages?|communications?|announcements?)\b/gi;
/** Hashed or pseudonymised identifiers handed to ad partners are a way of matching people, not of protecting them. */
const MATCHING = /\b(?:hash\w*|pseudonymi[sz]\w*)\b/gi;
const SHARED_WITH_PARTNERS =
  /\b(?:shar|disclos|provid|send|transfer)\w*\b[^.]*\b(?:partners?|advertis\w*|third[- ]part\w*)/i;
const SAFEGUARD =
  /\b(?:secur\w*|encrypt\w*|SSL|TLS|HTTPS|safeguards?|firewalls?|protect\w*|two[- ]factor|2FA|multi[- ]factor|access controls?|hash\w*|salted|pseudonymi[sz]\w*|breach\w*|confidential\w*|unauthori[sz]ed)\b/i;
/** The reader's own duty ("you are responsible for your password") describes no measure of theirs. */
const YOUR_DUTY =
  /\byou (?:are|remain) (?:\w+ )?responsible\b|\byour responsibility\b|\byou (?:must|should|agree to) (?:\w+ )?(?:keep|protect|maintain|safeguard)/i;

/** Named measures: enough on their own. */
const MEASURE =
  /\b(?:encrypt\w*|SSL|TLS|HTTPS(?!:)|firewalls?|safeguards?|two[- ]factor|2FA|multi[- ]factor|access controls?|hash(?:ed|ing)?|salted|pseudonymi[sz]\w*|bcrypt|two-step|audits?|(?:notify|inform) (?:you|users)\b[^.]*\bbreach)\b/i;
/** Generic words ("measures", "steps") count only beside a word about security itself. */
const GENERIC_MEASURE =
  /\b(?:measures|precautions|steps|procedures|industry[- ]standard|organi[sz]ational|physical|technical)\b/i;
const ABOUT_SECURITY = /\b(?:secur\w*|protect\w*|unauthori[sz]ed|safe(?:ty|ly|guard\w*)?|breach\w*|confidential\w*)\b/i;

const PROTECTS =
  /\b(?:protect\w*|secur(?:e|ed|es|ing|ely)|safeguard\w*|encrypt\w*|prevent\w*|guard\w*|safe|confidential\w*)\b/i;

/** Disclaiming liability for breaches is the bad answer; "no system is 100% secure" alone is a caveat, not one. */
const NOT_LIABLE =
  /\b(?:not (?:be )?(?:held )?(?:liable|responsible)|disclaims? (?:any and all |all |any )?liability|no (?:liability|responsibility))\b[^.]{0,200}\b(?:unauthori[sz]ed|privacy of|breach\w*|hack\w*|intercept\w*|(?:loss|misuse|alteration|theft) of (?:your |any |the )?(?:\w+ )?(?:data|information)|security of (?:your|any|the) (?:\w+ )?(?:data|information))|\bunauthori[sz]ed access\b[^.]{0,160}\b(?:not (?:be )?(?:liable|responsible)|disclaim)/i;
const BREACH_NOTICE =
  /\b(?:notify|inform|alert)\w*\b[^.]{0,80}\bbreach|\bbreach\w*\b[^.]{0,160}\b(?:notify|inform|alert)\w*/i;

/** Not being answerable for other sites' practices is about those sites, not about this one's security. */
const ELSEWHERE =
  /\bthird[- ]part(?:y|ies)[’']? (?:web)?(?:sites|services|practices|polic\w+|content|apps|applications)|\bexternal (?:web)?sites|\bother (?:web)?sites|\blinked (?:web)?sites|\blinks?\b/i;

export function securityCue(text: string, inLabel: boolean): YesNo {
  const messages = text.replace(SECURITY_MESSAGES, 'notices');
  const sentence = SHARED_WITH_PARTNERS.test(messages) ? messages.replace(MATCHING, 'matched') : messages;
  if (NOT_LIABLE.test(sentence) && !ELSEWHERE.test(sentence)) return { outcome: 'no', hedged: false };
  if (!SAFEGUARD.test(sentence) && !MEASURE.test(sentence)) return null;
  if (YOUR_DUTY.test(sentence)) return null;
  const measure = MEASURE.test(sentence) || (GENERIC_MEASURE.test(sentence) && ABOUT_SECURITY.test(sentence));
  if (measure || BREACH_NOTICE.test(sentence)) return { outcome: 'yes', hedged: false };
  if (DENIALS.security.test(sentence)) return null;
  // In a security paragraph a protective word will do; "unauthorized access" alone names the risk, not a measure.
  return inLabel && PROTECTS.test(sentence) ? { outcome: 'yes', hedged: false } : null;
}
