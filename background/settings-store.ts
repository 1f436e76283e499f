/** Settings in extension storage (local: they describe this browser's reader, so they are not synced anywhere). */
import browser from 'webextension-polyfill';
import { parseSettings, type Settings } from '../src/settings.ts';

export async function loadSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get('settings')).settings);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ settings });
}
