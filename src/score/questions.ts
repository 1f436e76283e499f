/**
 * The fourteen questions of the scorecard, in the order the popup asks them, with what each answer is worth.
 * The README's "The grade" table is this file in prose; change one, change the other.
 *
 * Points follow one idea: a question scores only where policies differ. Handing data to the police when the law
 * requires it, moving it to the US, passing it on in a merger: nearly every policy says so, so those "yes"
 * answers are shown as bad news but cost 0 points (docking them would reward the policies that stay silent).
 */

import { changesCue, dntCue, securityCue } from './cues-promises.ts';
import { accessCue, childrenCue, choiceCue, retentionCue } from './cues-rights.ts';
import { sellsCue } from './cues-selling.ts';
import { advertisingCue, lawEnforcementCue, mergerCue, sharesCue, transfersCue } from './cues-sharing.ts';
import { trackingCue } from './cues-tracking.ts';
import { bad, good, no, type Question, question } from './question.ts';
import { AI_OPT_OUT, AI_TRAINING, GPC, SELL_OR_SHARE, SENSITIVE, SENSITIVE_LIMIT } from './questions-2026.ts';

const SHARING = 'Third Party Sharing/Collection';

export const QUESTIONS: readonly Question[] = [
  question({
    key: 'sells',
    question: 'Does it sell your data?',
    labels: [SHARING],
    cue: sellsCue,
    weigh: 'yesWins',
    outcomes: {
      yes: bad(-2, 'Says it sells your data', 'Says it may sell your data'),
      no: no(good(1, 'Says it does not sell your data', [0.5, 'Says it does not sell your data, with exceptions'])),
      forAds: {
        answer: 'no',
        verdict: 'neutral',
        points: 0,
        finding:
          "Does not sell your data for money, but shares it for targeted ads, which some state laws count as a sale or 'sharing'",
      },
    },
    nuance: 'forAds',
    nuanceWith: 'sellOrShare',
    none: 'Does not say whether it sells your data',
  }),
  SELL_OR_SHARE,
  question({
    key: 'shares',
    question: 'Does it share your data with third parties?',
    labels: [SHARING],
    cue: sharesCue,
    weigh: 'yesWins',
    outcomes: {
      yes: bad(-1, 'Shares your data with third parties', 'May share your data with third parties'),
      no: no(good(1, 'Says it does not share your data', [0.5, 'Says it does not share your data, with exceptions'])),
    },
    none: 'Does not say whether it shares your data',
    mentioned: 'Mentions third parties without saying what they receive',
  }),
  question({
    key: 'advertising',
    question: 'Is your data used for advertising or marketing?',
    labels: ['Advertising'],
    cue: advertisingCue,
    weigh: 'yesWins',
    outcomes: {
      yes: bad(-1, 'Uses your data for advertising or marketing', 'May use your data for advertising or marketing'),
      no: no(good(0.5, 'Says it does not use your data for ads')),
    },
    none: 'Does not mention advertising',
  }),
  question({
    key: 'tracking',
    question: 'Does it track you with cookies, pixels or analytics?',
    labels: [],
    cue: trackingCue,
    weigh: 'yesWins',
    outcomes: {
      yes: bad(-0.5, 'Uses cookies, pixels or analytics', 'May use cookies, pixels or analytics'),
      no: no(good(0.5, 'Says it does not track you')),
    },
    none: 'Does not mention cookies or tracking',
  }),
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
  question({
    key: 'transfers',
    question: 'Is your data moved to other countries?',
    labels: [],
    cue: transfersCue,
    weigh: 'yesWins',
    outcomes: {
      yes: bad(0, 'Your data may be moved to other countries'),
      no: no(good(0.5, 'Says your data stays where you are')),
    },
    none: 'Does not say where your data is kept',
  }),
  question({
    key: 'lawEnforcement',
    question: 'Is your data handed to the authorities?',
    labels: [],
    cue: lawEnforcementCue,
    weigh: 'yesWins',
    outcomes: {
      yes: bad(
        0,
        'Discloses data to authorities when it decides to',
        'Discloses data to authorities when the law requires it',
      ),
      no: no(good(0.5, 'Says it does not give data to authorities')),
    },
    none: 'Does not mention requests from authorities',
  }),
  question({
    key: 'merger',
    question: 'Is your data passed on if the company is sold?',
    labels: [],
    cue: mergerCue,
    weigh: 'yesWins',
    outcomes: {
      yes: bad(0, 'Your data is passed on if the company is sold or merged'),
      no: no(good(0.5, 'Says your data is not sold with the company')),
    },
    none: 'Does not say what happens to your data in a merger',
  }),
  AI_TRAINING,
  AI_OPT_OUT,
  SENSITIVE,
  SENSITIVE_LIMIT,
];
