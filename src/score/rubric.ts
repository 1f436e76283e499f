/**
 * The questions of the scorecard and how each is answered from classified paragraphs. Every answer carries the ids
 * of the paragraphs it rests on; a question with no evidence is `unclear`, never guessed.
 */

import type { Label } from '../classify/labels.ts';
import type { ParagraphResult, ScoreItem, ScoreKey } from '../types.ts';

type Rule = (paragraphs: readonly ParagraphResult[]) => Omit<ScoreItem, 'key' | 'question'>;

const has = (p: ParagraphResult, label: Label) =>
  p.policyText && (label === 'Advertising' ? p.advertising : p.categories.includes(label));
const ids = (ps: readonly ParagraphResult[]) => ps.map((p) => p.id);
const unclear = (finding: string, evidence: number[] = []) =>
  ({ answer: 'unclear', verdict: 'neutral', finding, points: 0, evidence }) as const;

/** Paragraphs of a label, split by whether they say the practice is not done. */
function byPolarity(paragraphs: readonly ParagraphResult[], label: Label) {
  const all = paragraphs.filter((p) => has(p, label));
  return { all, done: all.filter((p) => !p.flags.negated), notDone: all.filter((p) => p.flags.negated) };
}

const sells: Rule = (ps) => {
  const does = ps.filter((p) => p.policyText && p.flags.sells === 'does');
  const doesNot = ps.filter((p) => p.policyText && p.flags.sells === 'does_not');
  if (does.length)
    return { answer: 'yes', verdict: 'bad', finding: 'Says it may sell your data', points: -2, evidence: ids(does) };
  if (doesNot.length)
    return {
      answer: 'no',
      verdict: 'good',
      finding: 'Says it does not sell your data',
      points: 1,
      evidence: ids(doesNot),
    };
  return unclear('Does not say whether it sells your data');
};

/**
 * How a paragraph denies a practice. Sharing and advertising are denied in so many words ("we do not share"), so the
 * paragraph's negation flag is enough. For choices, access and security a "we do not …" in the paragraph is almost
 * always about something else ("we do not store card numbers"): only an explicit denial of the practice counts.
 */
type Denial = 'negated' | RegExp;

const CANNOT = "(?:cannot|can[’']t|can not|are not able to|will not be able to|won[’']t be able to|may not)";
export const DENIALS = {
  access: new RegExp(String.raw`\b${CANNOT} (?:access|delete|remove|correct|edit|update|erase)\b`, 'i'),
  choice: new RegExp(
    String.raw`\b${CANNOT} opt[\s-]?out\b|\bno (?:option|way|choice) to (?:opt|refuse|decline)|\bthere is no opt[\s-]?out`,
    'i',
  ),
  security:
    /\b(?:cannot|can[’']t|do not|does not|don[’']t|make no)\s+(?:guarantee|ensure|warrant|promise)\w*\b[^.]*\bsecur/i,
};

function practice(label: Label, yes: [string, number], no: [string, number], denial: Denial, none: string): Rule {
  return (ps) => {
    const all = byPolarity(ps, label).all;
    const denies = (p: ParagraphResult) => (denial === 'negated' ? p.flags.negated : denial.test(p.cleanText));
    const done = all.filter((p) => !denies(p));
    const notDone = all.filter(denies);
    if (done.length)
      return {
        answer: 'yes',
        verdict: yes[1] < 0 ? 'bad' : 'good',
        finding: yes[0],
        points: yes[1],
        evidence: ids(done),
      };
    if (notDone.length)
      return {
        answer: 'no',
        verdict: no[1] < 0 ? 'bad' : 'good',
        finding: no[0],
        points: no[1],
        evidence: ids(notDone),
      };
    return unclear(none);
  };
}

const retention: Rule = (ps) => {
  const stated = ps.filter((p) => p.policyText && p.flags.retention === 'stated');
  const indefinite = ps.filter((p) => p.policyText && p.flags.retention === 'indefinite');
  const limited = ps.filter((p) => p.policyText && p.flags.retention === 'limited');
  if (indefinite.length)
    return {
      answer: 'yes',
      verdict: 'bad',
      finding: 'May keep your data indefinitely',
      points: -2,
      evidence: ids(indefinite),
    };
  if (stated.length) {
    const period = stated[0]?.flags.retentionPeriod;
    const finding = period ? `States how long data is kept (${period})` : 'States how long data is kept';
    return { answer: 'yes', verdict: 'good', finding, points: 1, evidence: ids(stated) };
  }
  if (limited.length)
    return {
      answer: 'yes',
      verdict: 'neutral',
      finding: 'Keeps data "as long as needed", no period given',
      points: 0,
      evidence: ids(limited),
    };
  const any = byPolarity(ps, 'Data Retention').all;
  return unclear(
    any.length ? 'Mentions retention but gives no period' : 'Does not say how long data is kept',
    ids(any),
  );
};

// The practice's own name contains "not", so generic negation cannot read these; they get their own patterns.
const DNT_IGNORED =
  /\b(?:(?:do(?:es)?|will|can|are|is)(?:\s+currently)?(?:\s+not|n[’']t)|won[’']t|can[’']t|cannot)\s+(?:currently\s+)?(?:respond|honou?r|recogni[sz]e|support|process|act on|obey|comply|track)|\bignores?\b|\bno (?:uniform|common|universal|accepted|industry|consistent)[\w -]*standard/i;
const DNT_HONOURED = /\b(?:honou?r|respond to|respects?|recogni[sz]e|comply with|stop (?:tracking|collecting))\b/i;

/** "We do not respond to DNT signals" → ignored; "we honor Do Not Track" → honoured; else null. */
export function dntPolarity(text: string): 'honoured' | 'ignored' | null {
  const plain = text.replace(/\bdo[\s-]+not[\s-]+track\b/gi, 'DNT');
  if (DNT_IGNORED.test(plain)) return 'ignored';
  return DNT_HONOURED.test(plain) ? 'honoured' : null;
}

const dnt: Rule = (ps) => {
  const all = byPolarity(ps, 'Do Not Track').all;
  const ignored = all.filter((p) => dntPolarity(p.cleanText) === 'ignored');
  const honoured = all.filter((p) => dntPolarity(p.cleanText) === 'honoured');
  if (ignored.length)
    return {
      answer: 'no',
      verdict: 'bad',
      finding: 'Does not honour Do Not Track',
      points: -0.5,
      evidence: ids(ignored),
    };
  if (honoured.length)
    return { answer: 'yes', verdict: 'good', finding: 'Honours Do Not Track', points: 0.5, evidence: ids(honoured) };
  return unclear(
    all.length ? 'Mentions Do Not Track without saying whether it is honoured' : 'Does not mention Do Not Track',
    ids(all),
  );
};

const changes: Rule = (ps) => {
  const all = byPolarity(ps, 'Policy Change').all;
  const notice = all.filter((p) =>
    /\b(e-?mail|notify you|notice to you|notif(y|ied|ies|ying|ication)|your consent)\b/i.test(p.text),
  );
  if (notice.length)
    return {
      answer: 'yes',
      verdict: 'good',
      finding: 'Says it will tell you about changes',
      points: 0.5,
      evidence: ids(notice),
    };
  if (all.length)
    return {
      answer: 'no',
      verdict: 'bad',
      finding: 'Changes may only show as a new date on this page',
      points: -0.5,
      evidence: ids(all),
    };
  return unclear('Does not say how changes are announced');
};

const children: Rule = (ps) => {
  const kids = ps.filter(
    (p) =>
      has(p, 'International and Specific Audiences') &&
      /\bchild|\bkids?\b|\bminors?\b|\bunder (the age of )?1[3-8]\b/i.test(p.text),
  );
  if (kids.length)
    return { answer: 'yes', verdict: 'good', finding: "Addresses children's data", points: 0.5, evidence: ids(kids) };
  return unclear("Does not address children's data");
};

export const RUBRIC: readonly { key: ScoreKey; question: string; rule: Rule }[] = [
  { key: 'sells', question: 'Does it sell your data?', rule: sells },
  {
    key: 'shares',
    question: 'Does it share your data with third parties?',
    rule: practice(
      'Third Party Sharing/Collection',
      ['Shares your data with third parties', -1],
      ['Says it does not share your data', 1],
      'negated',
      'Does not say whether it shares your data',
    ),
  },
  {
    key: 'advertising',
    question: 'Is your data used for advertising?',
    rule: practice(
      'Advertising',
      ['Uses your data for advertising', -1],
      ['Says it does not use your data for ads', 0.5],
      'negated',
      'Does not mention advertising',
    ),
  },
  { key: 'retention', question: 'How long is your data kept?', rule: retention },
  {
    key: 'access',
    question: 'Can you see and delete your data?',
    rule: practice(
      'User Access, Edit and Deletion',
      ['You can access, edit or delete your data', 1],
      ['Says you cannot access or delete your data', -1],
      DENIALS.access,
      'Does not say whether you can access or delete your data',
    ),
  },
  {
    key: 'choice',
    question: 'Can you opt out?',
    rule: practice(
      'User Choice/Control',
      ['Gives you choices (opt-out, consent, settings)', 1],
      ['Says you cannot opt out', -1],
      DENIALS.choice,
      'Does not describe any choices',
    ),
  },
  { key: 'dnt', question: 'Is Do Not Track honoured?', rule: dnt },
  {
    key: 'security',
    question: 'Does it describe how data is protected?',
    rule: practice(
      'Data Security',
      ['Describes security measures', 0.5],
      ['Disclaims security measures', -0.5],
      DENIALS.security,
      'Does not describe security',
    ),
  },
  { key: 'changes', question: 'Will you be told when the policy changes?', rule: changes },
  { key: 'children', question: "Does it address children's data?", rule: children },
];
