/**
 * The questions about data leaving you: selling, sharing, advertising, tracking, transfers abroad, the authorities,
 * a merger. For all of them a "yes" outweighs a "no" among sentences of the same strength (question.ts): one "we share
 * with advertisers" outweighs "we never share with brokers".
 */
import { sellsCue } from './cues-selling.ts';
import { advertisingCue, lawEnforcementCue, mergerCue, sharesCue, transfersCue } from './cues-sharing.ts';
import { trackingCue } from './cues-tracking.ts';
import { bad, good, no, question } from './question.ts';

const SHARING = 'Third Party Sharing/Collection';

export const SELLS = question({
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
});

export const SHARES = question({
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
});

export const ADVERTISING = question({
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
});

export const TRACKING = question({
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
});

export const TRANSFERS = question({
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
});

export const LAW_ENFORCEMENT = question({
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
});

export const MERGER = question({
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
});
