/**
 * The labels the classifier assigns: the ten OPP-115 categories (Wilson et al., ACL 2016) plus advertising,
 * derived from OPP-115's `Purpose: Advertising` attribute. Names are OPP-115's own, so evaluation needs no mapping.
 */
export const OPP_CATEGORIES = [
  'First Party Collection/Use',
  'Third Party Sharing/Collection',
  'User Choice/Control',
  'User Access, Edit and Deletion',
  'Data Retention',
  'Data Security',
  'Policy Change',
  'Do Not Track',
  'International and Specific Audiences',
  'Other',
] as const;

export type OppCategory = (typeof OPP_CATEGORIES)[number];
export type Label = OppCategory | 'Advertising';

export const LABELS: readonly Label[] = [...OPP_CATEGORIES, 'Advertising'];

export interface LabelInfo {
  /** Short id, safe in CSS names (`::highlight(policy-lens-sharing)`). */
  id: string;
  /** What the reader sees. */
  name: string;
  /** What a paragraph of this kind means for the reader, in plain words. */
  meaning: string;
  /**
   * Chosen so every pair stays ΔE2000 ≥ 10 apart as the highlight tints show them, over light and dark pages
   * (test/dom/highlight-colours.test.ts); Okabe–Ito's orange for sharing, the rest moved off Okabe–Ito where its
   * pale tints ran together (sky blue and blue, orange and yellow, reddish purple and pink).
   */
  colour: string;
}

export const LABEL_INFO: Record<Label, LabelInfo> = {
  'First Party Collection/Use': {
    id: 'collection',
    name: 'Data collection',
    meaning: 'What the site itself collects about you and what it uses it for.',
    colour: '#5EA6D8',
  },
  'Third Party Sharing/Collection': {
    id: 'sharing',
    name: 'Third-party sharing',
    meaning: 'Who else gets your data: partners, service providers, or others who collect it on this site.',
    colour: '#E69F00',
  },
  'User Choice/Control': {
    id: 'choice',
    name: 'Your choices',
    meaning: 'Choices you have: opting out, consent, settings that limit what happens to your data.',
    colour: '#4B9700',
  },
  'User Access, Edit and Deletion': {
    id: 'access',
    name: 'Access and deletion',
    meaning: 'Whether you can see, correct, export or delete the data held about you.',
    colour: '#1F3A93',
  },
  'Data Retention': {
    id: 'retention',
    name: 'Data retention',
    meaning: 'How long your data is kept.',
    colour: '#916DB5',
  },
  'Data Security': {
    id: 'security',
    name: 'Security',
    meaning: 'How your data is protected.',
    colour: '#38D8D0',
  },
  'Policy Change': {
    id: 'changes',
    name: 'Policy changes',
    meaning: 'How you will (or will not) be told when this policy changes.',
    colour: '#FC72BA',
  },
  'Do Not Track': {
    id: 'dnt',
    name: 'Do Not Track',
    meaning: "Whether the site honours your browser's Do Not Track signal.",
    colour: '#DDFF36',
  },
  'International and Specific Audiences': {
    id: 'audiences',
    name: 'Children and regional rules',
    meaning: 'Rules for particular people: children, residents of California or the EU, transfers abroad.',
    colour: '#954B49',
  },
  Other: {
    id: 'other',
    name: 'Other',
    meaning: 'Introductions, contact details and other text that describes no specific data practice.',
    colour: '#7F7F7F',
  },
  Advertising: {
    id: 'advertising',
    name: 'Advertising',
    meaning: 'Your data is used for advertising, targeted ads or ad networks.',
    colour: '#D91B23',
  },
};

/** Labels in the order the reader sees them (most consequential first). */
export const DISPLAY_ORDER: readonly Label[] = [
  'Third Party Sharing/Collection',
  'Advertising',
  'Data Retention',
  'First Party Collection/Use',
  'User Choice/Control',
  'User Access, Edit and Deletion',
  'Data Security',
  'Policy Change',
  'Do Not Track',
  'International and Specific Audiences',
  'Other',
];

export function isLabel(value: string): value is Label {
  return (LABELS as readonly string[]).includes(value);
}
