/**
 * The engine's data types, from the blocks a reader hands in to the report that comes out.
 * Everything here is plain data (structured-clone safe): it crosses the extension's message channel as is.
 */
import type { Label, OppCategory } from './classify/labels.ts';
import type { Language } from './detect/language.ts';

/** A run of text as a reader found it: one DOM block, one Markdown paragraph, one list item. */
export interface Block {
  /** The block's text. Offsets in the report are offsets into this string. */
  text: string;
  /** Headings above the block, outermost first ("Privacy Policy", "Sharing"). */
  headings: string[];
  /** What kind of block the reader saw; headings are context, not paragraphs to classify. */
  kind: 'heading' | 'paragraph' | 'list-item' | 'cell';
}

/** The engine's unit of judgement: one or more consecutive blocks of the same section. */
export interface ParagraphInput {
  id: number;
  text: string;
  heading: string;
  /** Where the paragraph's text lies: each piece is a [start, end) range of one block's text. */
  pieces: BlockRange[];
  /** For list items, the sentence that introduces the list ("We will never:"), read with every item. */
  leadIn?: string;
}

export interface BlockRange {
  block: number;
  start: number;
  end: number;
}

export type Sells = 'does' | 'does_not' | null;
export type Retention = 'stated' | 'limited' | 'indefinite' | null;

export interface Flags {
  /** The paragraph says a practice is explicitly not done ("we do not share"). */
  negated: boolean;
  sells: Sells;
  retention: Retention;
  /** The period itself when one is stated ("30 days"). */
  retentionPeriod: string | null;
}

/** A sentence of a paragraph: [start, end) in the paragraph's text. */
export interface Sentence {
  start: number;
  end: number;
}

export interface ParagraphResult extends ParagraphInput {
  /** The text as the model read it: mojibake repaired, whitespace collapsed. For display; offsets use `text`. */
  cleanText: string;
  /** OPP-115 categories the classifier assigns, most confident first. */
  categories: OppCategory[];
  /** Confidence in [0, 1] for every label, assigned or not. */
  scores: Record<Label, number>;
  advertising: boolean;
  /** False for text that is not policy content at all (navigation, marketing copy). */
  policyText: boolean;
  flags: Flags;
  /** Sentences of `text` (offsets into `text`, not `cleanText`). */
  sentences: Sentence[];
  /**
   * Per assigned label, the index in `sentences` of the sentence that carries it most — what the page marks when the
   * reader hovers the paragraph. Only for policy text of two or more sentences.
   */
  keySentences?: Partial<Record<Label, number>>;
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';
export type Answer = 'yes' | 'no' | 'unclear';
/** Whether an answer is good or bad news for the reader; neutral when unclear or neither. */
export type Verdict = 'good' | 'bad' | 'neutral';

/** The sentence an answer rests on: [start, end) in its paragraph's `text`, and the words themselves. */
export interface EvidenceSentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** One question of the scorecard, answered from the policy's own paragraphs. */
export interface ScoreItem {
  key: ScoreKey;
  question: string;
  answer: Answer;
  verdict: Verdict;
  /** Plain-language finding ("Says it does not sell your data"). */
  finding: string;
  points: number;
  evidence: number[];
  /** A "yes" that only says the practice *may* happen ("we may sell"): every supporting sentence is hedged. */
  hedged: boolean;
  /** The sentences that carry the answer, strongest first (at most a few). */
  sentences: EvidenceSentence[];
  /** A value the answer states, when there is one: the retention period ("30 days"). */
  detail: string | null;
  /** Retention's answer in full ("stated", "limited", "afterDeletion", "indefinite"); null for other questions. */
  outcome: RetentionOutcome | null;
  /**
   * A "no" with carve-outs ("we do not share, except with service providers"): any supporting sentence has one
   * (one carve-out qualifies every denial).
   */
  exceptions: boolean;
}

export type RetentionOutcome = 'stated' | 'limited' | 'afterDeletion' | 'indefinite';

export type ScoreKey =
  | 'sells'
  | 'sellOrShare'
  | 'shares'
  | 'advertising'
  | 'tracking'
  | 'retention'
  | 'access'
  | 'choice'
  | 'dnt'
  | 'gpc'
  | 'changes'
  | 'children'
  | 'security'
  | 'transfers'
  | 'lawEnforcement'
  | 'merger'
  | 'aiTraining'
  | 'aiOptOut'
  | 'sensitive'
  | 'sensitiveLimit';

/** A company or product the policy names as receiving or collecting data (Google Analytics, Stripe). */
export interface NamedParty {
  name: string;
  /** What it is, for the known ones ("analytics", "payments"); null for a name found only by its shape. */
  kind: string | null;
  /** Paragraphs that name it. */
  evidence: number[];
}

/** A kind of personal data the policy says it collects or handles (email address, location). */
export interface DataType {
  key: string;
  name: string;
  /** Health, biometric, precise location…: data whose misuse harms most. */
  sensitive: boolean;
  evidence: number[];
}

export interface Scorecard {
  /** Null when too few questions have evidence to grade fairly. */
  grade: Grade | null;
  score: number;
  reason: string;
  items: ScoreItem[];
  /** How many questions have a yes or no answer. */
  answered: number;
  thirdParties: NamedParty[];
  dataTypes: DataType[];
}

export interface Report {
  engine: string;
  model: string;
  language: Language;
  paragraphs: ParagraphResult[];
  counts: Record<Label, number>;
  scorecard: Scorecard;
}
