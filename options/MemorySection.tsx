/** What Policy Lens remembers per site, for how long, and "Forget all". */
import { useEffect, useState } from 'preact/hooks';
import { forgetAll, rememberedCount } from '../background/site-memory.ts';
import { t } from '../popup/i18n.ts';
import { MEMORY_DAYS, type Settings } from '../src/settings.ts';

interface Props {
  settings: Settings;
  update: (next: Settings) => void;
}

export function MemorySection({ settings, update }: Props) {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => void rememberedCount().then(setCount), []);
  const forget = async () => {
    await forgetAll();
    setCount(await rememberedCount());
  };
  return (
    <section>
      <h2>{t('optionsMemory')}</h2>
      <p class="help">{t('optionsMemoryHelp')}</p>
      <label class="row">
        {t('optionsMemoryDays')}
        <select
          id="memory-days"
          value={String(settings.memoryDays)}
          onChange={(e) => update({ ...settings, memoryDays: Number(e.currentTarget.value) })}
        >
          {MEMORY_DAYS.map((days) => (
            <option key={days} value={String(days)}>
              {days === 0 ? t('optionsMemoryNever') : t('optionsMemoryDaysN', String(days))}
            </option>
          ))}
        </select>
      </label>
      <p class="row">
        <span id="memory-count">{count === null ? '' : t('optionsMemoryCount', String(count))}</span>
        <button type="button" id="forget-all" onClick={forget}>
          {t('optionsForgetAll')}
        </button>
      </p>
    </section>
  );
}
