/** Who the policy names as receiving data, and what data it says it collects. */
import type { Report } from '../src/types.ts';
import { t } from './i18n.ts';

export function Named({ report, onReveal }: { report: Report; onReveal: (paragraph: number) => void }) {
  const { thirdParties, dataTypes } = report.scorecard;
  return (
    <>
      {thirdParties.length > 0 && (
        <>
          <h2>{t('popupThirdParties')}</h2>
          <ul class="chips parties">
            {thirdParties.map((p) => (
              <li key={p.name}>
                <button type="button" class="chip" title={p.kind ?? ''} onClick={() => onReveal(p.evidence[0] ?? 0)}>
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {dataTypes.length > 0 && (
        <>
          <h2>{t('popupDataTypes')}</h2>
          <ul class="chips data-types">
            {dataTypes.map((d) => (
              <li key={d.key}>
                <button
                  type="button"
                  class={d.sensitive ? 'chip sensitive' : 'chip'}
                  title={d.sensitive ? t('popupSensitive') : ''}
                  onClick={() => onReveal(d.evidence[0] ?? 0)}
                >
                  {d.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
