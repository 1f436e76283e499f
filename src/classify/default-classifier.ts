/**
 * The classifier the extension ships: the linear model trained by `scripts/train.ts` on OPP-115 (non-commercial
 * licence; see model/README.md). The weights are bundled as JSON, so there is nothing to fetch at run time.
 */
import weights from '../../model/policy-lens-linear.json' with { type: 'json' };
import type { Classifier } from './classifier.ts';
import { createLinearClassifier, type LinearWeights } from './linear-model.ts';

export const defaultClassifier: Classifier = createLinearClassifier(weights as LinearWeights);
