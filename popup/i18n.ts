/** Typed lookup of UI strings from _locales; falls back to English where the browser has no catalogue (tests). */
import browser from 'webextension-polyfill';
import english from '../_locales/en/messages.json' with { type: 'json' };

export type MessageKey = keyof typeof english;

export function t(key: MessageKey, detail?: string): string {
  let found = '';
  try {
    found = browser.i18n.getMessage(key, detail === undefined ? undefined : [detail]);
  } catch {
    found = '';
  }
  if (found) return found;
  return english[key].message.replace('$DETAIL$', detail ?? '');
}
