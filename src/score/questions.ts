/**
 * The questions of the scorecard, in the order the popup asks them, with what each answer is worth: the fourteen
 * people have always asked (data leaving you in questions-leaving.ts, your rights and the company's promises here) and
 * the six of 2026 (questions-2026.ts) beside the ones they belong with. The README's "The grade" table is these files
 * in prose; change one, change the other.
 *
 * Points follow one idea: a question scores only where policies differ. Handing data to the police when the law
 * requires it, moving it to the US, passing it on in a merger: nearly every policy says so, so those "yes"
 * answers are shown as bad news but cost 0 points (docking them would reward the policies that stay silent).
 */
import { changesCue, dntCue, securityCue } from './cues-promises.ts';
import { accessCue, childrenCue, choiceCue, retentionCue } from './cues-rights.ts';
import { bad, good, no, type Question, question } from './question.ts';
import { AI_OPT_OUT, AI_TRAINING, GPC, SELL_OR_SHARE, SENSITIVE, SENSITIVE_LIMIT } from './questions-2026.ts';
import { ADVERTISING, LAW_ENFORCEMENT, MERGER, SELLS, SHARES, TRACKING, TRANSFERS } from './questions-leaving.ts';

export const QUESTIONS: readonly Question[] = [
  SELLS,
  SELL_OR_SHARE,
  SHARES,
  ADVERTISING,
  TRACKING,
  question({
    key: 'retention',
    question: 'How long is your data kept?',
    labels: ['Data Retention'],
    cue: retentionCue,
    weigh: 'ordered',
    // A period stated for some data answers first, as a careful reader answers; then the worst of the rest.
    outcomes: {
      stated: good(1, 'States how long data is kept'),
      indefinite: bad(-2, 'May keep your data indefinitely'),
      afterDeletion: bad(-1, 'Some of your data may be kept after you delete it'),
      limited: good(0.5, 'Keeps data only "as long as needed", no period given'),
    },
    none: 'Does not say how long data is kept',
    mentioned: 'Mentions retention but gives no period',
  }),
  question({
    key: 'access',
    titles: true,
    question: 'Can you see and delete your data?',
    labels: ['User Access, Edit and Deletion'],
    cue: accessCue,
    weigh: 'ordered',
    outcomes: {
      yes: good(1, 'You can access, edit or delete your data'),
      no: no(bad(-1, 'Says you cannot access or delete your data')),
    },
    none: 'Does not say whether you can access or delete your data',
  }),
  question({
    key: 'choice',
    titles: true,
    question: 'Can you opt out?',
    labels: ['User Choice/Control'],
    cue: choiceCue,
    weigh: 'ordered',
    outcomes: {
      yes: good(1, 'Gives you choices (opt-out, consent, settings)'),
      no: no(bad(-1, 'Says you cannot opt out')),
    },
    none: 'Does not describe any choices',
  }),
  question({
    key: 'dnt',
    question: 'Is Do Not Track honoured?',
    labels: ['Do Not Track'],
    topic: /\bdo[\s-]+not[\s-]+track\b|\bDNT\b/i,
    cue: dntCue,
    weigh: 'ordered',
    outcomes: { no: no(bad(-0.5, 'Does not honour Do Not Track')), yes: good(0.5, 'Honours Do Not Track') },
    none: 'Does not mention Do Not Track',
    mentioned: 'Mentions Do Not Track without saying whether it is honoured',
  }),
  GPC,
  question({
    key: 'changes',
    question: 'Will you be told when the policy changes?',
    labels: ['Policy Change'],
    cue: changesCue,
    weigh: 'ordered',
    outcomes: {
      yes: good(0.5, 'Says it will tell you about changes'),
      no: no(bad(-0.5, 'Changes may only show as a new date on this page')),
    },
    none: 'Does not say how changes are announced',
  }),
  question({
    key: 'children',
    titles: true,
    question: "Does it address children's data?",
    labels: ['International and Specific Audiences'],
    cue: childrenCue,
    weigh: 'ordered',
    outcomes: { yes: good(0.5, "Addresses children's data") },
    none: "Does not address children's data",
  }),
  question({
    key: 'security',
    question: 'Does it describe how data is protected?',
    labels: ['Data Security'],
    cue: securityCue,
    weigh: 'ordered',
    outcomes: {
      yes: good(0.5, 'Describes security measures'),
      no: no(bad(-0.5, 'Disclaims liability if your data is breached')),
    },
    none: 'Does not describe security',
  }),
  TRANSFERS,
  LAW_ENFORCEMENT,
  MERGER,
  AI_TRAINING,
  AI_OPT_OUT,
  SENSITIVE,
  SENSITIVE_LIMIT,
];
