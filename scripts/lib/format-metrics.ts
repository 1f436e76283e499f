/**
 * Metrics as text: a per-label table (Markdown, so the same table serves the terminal and `model/README.md`).
 */
import { LABELS } from '../../src/classify/labels.ts';
import type { Report } from './label-metrics.ts';

const fixed = (value: number): string => value.toFixed(3);

/** One Markdown table per report, headed by its name. */
export function formatMetrics(name: string, report: Report): string {
  const lines = [
    `**${name}** (${report.segments} segments): micro-F1 ${fixed(report.microF1)}, macro-F1 ${fixed(report.macroF1)} ` +
      `over the 10 categories; advertising F1 ${fixed(report.advertisingF1)}`,
    '',
    '| label | P | R | F1 | support |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const label of LABELS) {
    const score = report.perLabel[label];
    const name = label === 'Advertising' ? 'Advertising (derived)' : label;
    lines.push(
      `| ${name} | ${fixed(score.precision)} | ${fixed(score.recall)} | ${fixed(score.f1)} | ${score.support} |`,
    );
  }
  return lines.join('\n');
}
