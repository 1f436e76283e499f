/**
 * The seam between the engine and whatever model judges paragraphs. The pipeline, the content script and the popup
 * only ever see this interface, so a better model drops in by providing another implementation.
 */
import type { Label } from './labels.ts';

export interface ClassifierInput {
  /** The paragraph, already repaired (mojibake) and whitespace-normalised. */
  text: string;
  /** The nearest section heading above it, '' when there is none. */
  heading: string;
}

export interface Prediction {
  /** Probability-like confidence in [0, 1] per label. */
  scores: Record<Label, number>;
  /** Labels whose score passed their tuned threshold. */
  labels: Label[];
  /**
   * Per assigned label, the [start, end) in the input text of the sentence that carries it most; absent for a single
   * sentence (the whole text is the evidence) or a model that does not read sentences.
   */
  evidence?: Partial<Record<Label, [number, number]>>;
}

export interface Classifier {
  /** Names the model and its version, for reports and provenance ("linear-hash-v1 2026-11-23"). */
  readonly id: string;
  predict(input: ClassifierInput): Prediction;
  /**
   * Judges a whole document's paragraphs, in reading order, each in the light of its neighbours. Optional: a
   * classifier without it is asked paragraph by paragraph.
   */
  predictDocument?(inputs: readonly ClassifierInput[]): Prediction[];
}
