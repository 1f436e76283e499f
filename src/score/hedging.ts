/**
 * Qualified answers. Policies rarely say "we sell your data"; they say "we may", and they rarely say a flat "we
 * do not share"; they add "except with service providers". Both are answers, but not clean ones, and the reader
 * should see the difference: the scorecard keeps the answer and marks it hedged.
 */

/** A "yes" that only reserves the right: "we may sell", "from time to time we might share". */
const MAY =
  /\b(?:may|might|could|can|from time to time|occasionally|reserves? the right|at (?:our|its) (?:sole )?discretion|in (?:some|certain) (?:cases|circumstances))\b/i;

/** A "no" with carve-outs: "except with service providers", "unless required by law", "without your consent". */
const CARVE_OUT =
  /\b(?:except|excepting|unless|other than|apart from|save (?:for|as)|without (?:your|the user[’']?s?) (?:prior |express |explicit )?(?:consent|permission|authori[sz]ation)|only (?:with|when|if|to|as|in|for)|but (?:we )?may|however)\b/i;

/** `isMay('We may sell your data.')` → true. */
export const isMay = (sentence: string): boolean => MAY.test(sentence);

/** `hasCarveOut('We do not share it except as required by law.')` → true. */
export const hasCarveOut = (sentence: string): boolean => CARVE_OUT.test(sentence);

/** Whether a sentence's answer is qualified, given which way it answers. */
export function isHedged(answer: 'yes' | 'no', sentence: string): boolean {
  return answer === 'yes' ? isMay(sentence) : hasCarveOut(sentence);
}
