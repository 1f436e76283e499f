import browser from 'webextension-polyfill';
import { LANGUAGE_NAMES } from '../src/detect/language.ts';
import type { ContentState } from '../src/protocol.ts';
import { t } from './i18n.ts';
import { LinkedPolicy } from './LinkedPolicy.tsx';

type Foreign = Extract<ContentState, { status: 'unsupported-language' }>;

/** "This is a privacy policy in German…", and the English version when the page links one: opened, or read here. */
export function ForeignPolicy({ tabId, view }: { tabId: number; view: Foreign }) {
  const name = LANGUAGE_NAMES[view.language] ?? LANGUAGE_NAMES.und;
  const english = view.englishVersion;
  const open = () => {
    if (english) void browser.tabs.update(tabId, { url: english.href }).then(() => window.close());
  };
  return (
    <div class="foreign" data-language={view.language}>
      <p class="status">{t('popupUnsupportedLanguage', name)}</p>
      {english && (
        <>
          <p class="english-version">{t('popupEnglishVersion')}</p>
          <button type="button" class="secondary" id="open-english" onClick={open}>
            {t('popupOpenEnglish')}
          </button>
          <LinkedPolicy tabId={tabId} link={english} />
        </>
      )}
    </div>
  );
}
