/** The readable form of a report, for `cli analyze` and `npm run demo`: grade, answers with evidence, counts. */
import { DISPLAY_ORDER, LABEL_INFO } from '../../src/classify/labels.ts';
import type { Report } from '../../src/types.ts';

const MARK = { good: '✓', bad: '✗', neutral: '•' } as const;

export function formatReport(file: string, report: Report): string {
  const { grade, reason, items } = report.scorecard;
  const lines = [file, `  Grade ${grade ?? '–  (not enough evidence)'}: ${reason}`];
  if (!report.language.supported)
    lines.push('  Not in English: the model reads English only, so nothing was classified.');
  for (const item of items) {
    if (item.answer === 'unclear') continue;
    const where = item.evidence
      .slice(0, 4)
      .map((id) => `¶${id}`)
      .join(' ');
    lines.push(`  ${MARK[item.verdict]} ${item.finding}   (${item.question} ${item.answer}; ${where})`);
  }
  const unclear = items.filter((i) => i.answer === 'unclear').map((i) => i.question);
  if (unclear.length) lines.push(`  Not addressed: ${unclear.join(' · ')}`);
  const counts = DISPLAY_ORDER.filter((l) => report.counts[l] > 0).map(
    (l) => `${LABEL_INFO[l].name} ${report.counts[l]}`,
  );
  const other = report.paragraphs.filter((p) => !p.policyText).length;
  lines.push(`  ${report.paragraphs.length} paragraphs (${other} not policy text): ${counts.join(' · ')}`);
  lines.push(`  Model ${report.model}`);
  return lines.join('\n');
}
