/**
 * Getting the content script into pages. By default only on demand: the toolbar button grants `activeTab` for the
 * tab the reader is on, and the popup injects the script there. Only when the reader turns on automatic
 * annotation (and grants access to all sites) is it registered to run on every page.
 */
import browser from 'webextension-polyfill';
import contentScript from '../content/index.ts?script&iife';
import { loadSettings } from './settings-store.ts';

export const ALL_SITES = ['http://*/*', 'https://*/*'];
const REGISTRATION = 'policy-lens-auto';

/** Injects the content script into a tab unless it is there already (the script guards itself too). */
export async function ensureContentScript(tabId: number): Promise<void> {
  // Root-absolute: Firefox resolves a relative path against the calling page (popup/…), Chromium against the root.
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${contentScript.replace(/^\//, '')}`] });
}

/** Registers or unregisters the all-sites content script to match the settings and the granted permissions. */
export async function syncRegistration(): Promise<void> {
  const settings = await loadSettings();
  const granted = await browser.permissions.contains({ origins: ALL_SITES });
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION] });
  const wanted = settings.autoAnnotate && granted;
  if (wanted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: REGISTRATION,
        matches: ALL_SITES,
        js: [contentScript],
        // At DOMContentLoaded, not "idle" (which on busy pages comes seconds later): the content script's work
        // is sliced and yields, and it watches for text that arrives afterwards (BENCHMARKS.md).
        runAt: 'document_end',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!wanted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION] });
  }
}
