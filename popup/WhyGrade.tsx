/** "Why this grade?": the points of every answered question, their sum, and the bands, so it can be redone by hand. */
import type { Report } from '../src/types.ts';
import { t } from './i18n.ts';
import { whyGrade } from './scorecard-model.ts';

export function WhyGrade({ report }: { report: Report }) {
  const { rows, total, bands, enough } = whyGrade(report);
  return (
    <details class="why">
      <summary>{t('popupWhy')}</summary>
      <p>{report.scorecard.reason}</p>
      {rows.length > 0 && (
        <table class="points">
          <tbody>
            {rows.map((r) => (
              <tr key={r.question}>
                <td>{r.question}</td>
                <td>{r.answer}</td>
                <td class="num">{r.points}</td>
              </tr>
            ))}
            <tr class="total">
              <td colSpan={2}>{t('popupTotal')}</td>
              <td class="num">{total}</td>
            </tr>
          </tbody>
        </table>
      )}
      <p class="rule">{enough ? t('popupRule', bands) : t('popupRuleNoGrade')}</p>
    </details>
  );
}
