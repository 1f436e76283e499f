import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ALL_SITES } from '../background/content-script.ts';
import { loadSettings, saveSettings } from '../background/settings-store.ts';
import { t } from '../popup/i18n.ts';
import { DISPLAY_ORDER, LABEL_INFO, type Label } from '../src/classify/labels.ts';
import { normaliseSite, type Palette, type Settings } from '../src/settings.ts';
import { GrantsSection } from './GrantsSection.tsx';
import { MemorySection } from './MemorySection.tsx';

const PALETTES: Palette[] = ['okabe-ito', 'high-contrast'];

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return null;

  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  // The permission request must be the first thing the click does: browsers only allow it inside a user gesture.
  const toggleAuto = async (on: boolean) => {
    const granted = on ? await browser.permissions.request({ origins: ALL_SITES }) : false;
    if (!on) await browser.permissions.remove({ origins: ALL_SITES });
    setNote(on && !granted ? t('optionsAutoDenied') : '');
    update({ ...settings, autoAnnotate: on && granted });
  };
  const toggleLabel = (label: Label, shown: boolean) =>
    update({
      ...settings,
      hiddenLabels: shown ? settings.hiddenLabels.filter((l) => l !== label) : [...settings.hiddenLabels, label],
    });
  const addSite = (event: Event) => {
    event.preventDefault();
    const host = normaliseSite(site);
    if (host && !settings.disabledSites.includes(host))
      update({ ...settings, disabledSites: [...settings.disabledSites, host] });
    setSite('');
  };

  return (
    <main class="options">
      <h1>Policy Lens</h1>
      <section>
        <label class="row">
          <input
            type="checkbox"
            id="auto-annotate"
            checked={settings.autoAnnotate}
            onChange={(e) => void toggleAuto(e.currentTarget.checked)}
          />
          <span>
            <strong>{t('optionsAuto')}</strong>
            <small>{t('optionsAutoHelp')}</small>
          </span>
        </label>
        {note && <p class="note">{note}</p>}
      </section>
      <section>
        <h2>{t('optionsCategories')}</h2>
        <ul class="labels">
          {DISPLAY_ORDER.map((label) => (
            <li key={label}>
              <label class="row">
                <input
                  type="checkbox"
                  data-label={label}
                  checked={!settings.hiddenLabels.includes(label)}
                  onChange={(e) => toggleLabel(label, e.currentTarget.checked)}
                />
                <span class="swatch" style={{ background: LABEL_INFO[label].colour }} />
                {LABEL_INFO[label].name}
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t('optionsPalette')}</h2>
        {PALETTES.map((palette) => (
          <label class="row" key={palette}>
            <input
              type="radio"
              name="palette"
              value={palette}
              checked={settings.palette === palette}
              onChange={() => update({ ...settings, palette })}
            />
            {t(palette === 'okabe-ito' ? 'optionsPaletteDefault' : 'optionsPaletteContrast')}
          </label>
        ))}
      </section>
      <section>
        <h2>{t('optionsSites')}</h2>
        <p class="help">{t('optionsSitesHelp')}</p>
        <form onSubmit={addSite} class="row">
          <input
            type="text"
            id="site"
            value={site}
            placeholder="example.com"
            onInput={(e) => setSite(e.currentTarget.value)}
          />
          <button type="submit">{t('optionsAddSite')}</button>
        </form>
        <ul class="sites">
          {settings.disabledSites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button
                type="button"
                onClick={() => update({ ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) })}
              >
                {t('optionsRemoveSite')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <MemorySection settings={settings} update={update} />
      <GrantsSection />
    </main>
  );
}
