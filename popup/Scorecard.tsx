import type { Label } from '../src/classify/labels.ts';
import type { Report } from '../src/types.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { t } from './i18n.ts';
import { Named } from './Named.tsx';
import { answerLabel, categoryRows, type FindingRow, findingRows, GRADE_COLOURS } from './scorecard-model.ts';
import { WhyGrade } from './WhyGrade.tsx';

interface Props {
  report: Report;
  hidden: Label[];
  onToggle: (label: Label, visible: boolean) => void;
  onReveal: (paragraph: number) => void;
}

const ICONS = { good: '✓', bad: '✗', neutral: '•' } as const;

function Finding({ row, onReveal }: { row: FindingRow; onReveal: (p: number) => void }) {
  return (
    <li class={`finding ${row.verdict}`} data-key={row.key}>
      <span class="icon" aria-hidden="true">
        {ICONS[row.verdict]}
      </span>
      <div class="finding-body">
        <div class="question">
          {row.question} <span class={`answer ${row.answer}`}>{answerLabel(row)}</span>
        </div>
        <div class="finding-text">{row.finding}</div>
        {row.excerpt && row.answer !== 'unclear' && <q class="evidence">{row.excerpt}</q>}
      </div>
      {row.target !== null && (
        <button type="button" class="show-me" onClick={() => onReveal(row.target as number)} title={row.excerpt}>
          {t('popupShowMe')}
        </button>
      )}
    </li>
  );
}

export function Scorecard({ report, hidden, onToggle, onReveal }: Props) {
  const { grade } = report.scorecard;
  const { answered, unanswered } = findingRows(report);
  return (
    <div class="scorecard">
      <section class="grade-row">
        <div
          class="grade"
          data-grade={grade ?? 'none'}
          style={{ background: grade ? GRADE_COLOURS[grade] : '#5F6B7A' }}
        >
          {grade ?? '?'}
        </div>
        <div>
          <div class="grade-label">{grade ? t('popupGrade') : t('popupNoGrade')}</div>
          <div class="grade-sub">
            {t('popupAnswered', `${report.scorecard.answered} / ${report.scorecard.items.length}`)}
          </div>
        </div>
      </section>
      <WhyGrade report={report} />
      <h2>{t('popupFindings')}</h2>
      <ul class="findings">
        {answered.map((row) => (
          <Finding key={row.key} row={row} onReveal={onReveal} />
        ))}
      </ul>
      {unanswered.length > 0 && (
        <details class="unanswered">
          <summary>
            {t('popupUnanswered')} ({unanswered.length})
          </summary>
          <ul class="findings">
            {unanswered.map((row) => (
              <Finding key={row.key} row={row} onReveal={onReveal} />
            ))}
          </ul>
        </details>
      )}
      <Named report={report} onReveal={onReveal} />
      <h2>{t('popupCategories')}</h2>
      <ul class="categories">
        {categoryRows(report, hidden).map((row) => (
          <li key={row.label} data-label={row.label}>
            <label>
              <input
                type="checkbox"
                checked={row.visible}
                onChange={(e) => onToggle(row.label, e.currentTarget.checked)}
              />
              <span class="swatch" style={{ background: row.colour }} />
              <span class="name">{row.name}</span>
              <span class="count">{row.count}</span>
            </label>
          </li>
        ))}
      </ul>
      <ExportLinks report={report} />
      <p class="note">
        {t('popupParagraphs', String(report.paragraphs.length))} · {t('popupPrivacyNote')}
      </p>
    </div>
  );
}
