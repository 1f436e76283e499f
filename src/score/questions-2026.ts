/**
 * The questions people ask of a policy in 2026, beside the fourteen of questions.ts: the US state laws' "sell or
 * share", the Global Privacy Control signal, AI training on your data and its opt-out, sensitive data and the right
 * to limit its use (definitions: data/answers/GUIDE-2026.md). Points only where policies really differ (README, "The
 * grade"): selling or sharing for targeted ads, honouring GPC, training AI on your data, offering an opt-out or a
 * limit are things some policies do and others do not; collecting some sensitive data (a precise location, an ID
 * number) nearly all do, so that answer is shown and costs nothing. Half a point each: selling in plain words
 * already weighs two.
 */
import { AI_TRAINING_TOPIC, aiOptOutCue, aiTrainingCue } from './cues-ai.ts';
import { sellOrShareCue } from './cues-selling.ts';
import { SENSITIVE_DATA, sensitiveCue, sensitiveLimitCue } from './cues-sensitive.ts';
import { gpcCue } from './cues-signals.ts';
import { bad, good, no, question } from './question.ts';

export const SELL_OR_SHARE = question({
  key: 'sellOrShare',
  question: 'Does it "sell or share" your data for targeted ads (as US state laws say)?',
  labels: ['Third Party Sharing/Collection', 'Advertising'],
  cue: sellOrShareCue,
  weigh: 'yesWins',
  joint: { parts: ['noSale', 'noShare'], outcome: 'no' },
  outcomes: {
    yes: bad(
      -0.5,
      'Sells or shares your data for targeted ads, as US state laws define it',
      'May sell or share your data for targeted ads, as US state laws define it',
    ),
    no: no(good(0.5, 'Says it neither sells nor shares your data for targeted ads')),
  },
  none: 'Does not say whether it sells or shares your data for targeted ads',
});

export const GPC = question({
  key: 'gpc',
  question: 'Is Global Privacy Control (the browser opt-out signal) honoured?',
  labels: [],
  topic: /\bglobal privacy control\b|\bGPC\b|\bopt[- ]?out preference signals?\b/i,
  cue: gpcCue,
  weigh: 'ordered',
  outcomes: {
    yes: good(0.5, 'Honours Global Privacy Control'),
    no: no(bad(-0.5, 'Does not honour Global Privacy Control')),
  },
  none: 'Does not mention Global Privacy Control',
  mentioned: 'Mentions Global Privacy Control without saying whether it is honoured',
});

export const AI_TRAINING = question({
  key: 'aiTraining',
  question: 'Is your data used to train AI or machine-learning models?',
  labels: [],
  cue: aiTrainingCue,
  weigh: 'yesWins',
  outcomes: {
    yes: bad(-0.5, 'Uses your data or content to train AI models', 'May use your data or content to train AI models'),
    no: no(good(0.5, 'Says your data is not used to train AI models')),
  },
  none: 'Does not say whether your data trains AI models',
});

export const AI_OPT_OUT = question({
  key: 'aiOptOut',
  question: 'Can you opt out of AI training?',
  labels: [],
  topic: AI_TRAINING_TOPIC,
  cue: aiOptOutCue,
  weigh: 'ordered',
  after: 'aiTraining',
  outcomes: {
    yes: good(0.5, 'You can opt out of (or must opt in to) AI training'),
    no: no(bad(-0.5, 'Says you cannot opt out of AI training')),
  },
  none: 'Does not say whether you can opt out of AI training',
});

export const SENSITIVE = question({
  key: 'sensitive',
  question: 'Does it collect sensitive data (health, biometrics, precise location…)?',
  labels: [],
  cue: sensitiveCue,
  weigh: 'yesWins',
  outcomes: {
    yes: bad(0, 'Collects sensitive data', 'May collect sensitive data'),
    no: no(good(0, 'Says it does not collect sensitive data')),
  },
  none: 'Does not say whether it collects sensitive data',
});

export const SENSITIVE_LIMIT = question({
  key: 'sensitiveLimit',
  question: 'Can you limit the use of your sensitive data?',
  labels: [],
  topic: SENSITIVE_DATA,
  cue: sensitiveLimitCue,
  weigh: 'ordered',
  after: 'sensitive',
  outcomes: {
    yes: good(0.5, 'You can limit or refuse the use of your sensitive data'),
    no: no(bad(-0.5, 'Says you cannot limit the use of your sensitive data')),
  },
  none: 'Does not say whether you can limit the use of your sensitive data',
});
