/**
 * Getting the content script into pages. By default only on demand: the toolbar button grants `activeTab` for the
 * tab the reader is on, and the popup injects the script there. Only when the reader turns on automatic
 * annotation (and grants access to all sites) is a script registered to run on every page, and then only the
 * first look (content/first-look.ts, a few KB), which asks for the full script on pages that look like policies.
 */
import browser from 'webextension-polyfill';
import firstLook from '../content/first-look.ts?script&iife';
import contentScript from '../content/index.ts?script&iife';
import { excludePatterns, siteDisabled } from '../src/settings.ts';
import { loadSettings } from './settings-store.ts';

export const ALL_SITES = ['http://*/*', 'https://*/*'];
const REGISTRATION = 'policy-lens-auto';

/** Injects the content script into a tab's frame unless it is there already (the script guards itself too). */
export async function ensureContentScript(tabId: number, frameId = 0): Promise<void> {
  // Root-absolute: Firefox resolves a relative path against the calling page (popup/…), Chromium against the root.
  const file = `/${contentScript.replace(/^\//, '')}`;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}

/** The first look's request: the full content script for a likely policy, unless the reader listed its site. */
export async function injectOnRequest(tabId: number, frameId: number, url: string): Promise<boolean> {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  if (!host || siteDisabled(await loadSettings(), host)) return false;
  await ensureContentScript(tabId, frameId);
  return true;
}

/** Registers or unregisters the all-sites content script to match the settings and the granted permissions. */
export async function syncRegistration(): Promise<void> {
  const settings = await loadSettings();
  const granted = await browser.permissions.contains({ origins: ALL_SITES });
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION] });
  const wanted = settings.autoAnnotate && granted;
  // The first look never runs on the reader's switched-off sites (not even to look).
  const excluded = excludePatterns(settings);
  // An update may leave the previous version's registration (another file) in place; or the list has changed.
  const stale = registered.some(
    (script) =>
      script.js?.map((f) => f.replace(/^\//, '')).join() !== firstLook ||
      (script.excludeMatches ?? []).join() !== excluded.join(),
  );
  if (wanted && stale) await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION] });
  if (wanted && (registered.length === 0 || stale)) {
    await browser.scripting.registerContentScripts([
      {
        id: REGISTRATION,
        matches: ALL_SITES,
        ...(excluded.length ? { excludeMatches: excluded } : {}),
        js: [firstLook],
        // At DOMContentLoaded, not "idle" (which on busy pages comes seconds later): the content script's work
        // is sliced and yields, and the first look watches for text that arrives afterwards (BENCHMARKS.md).
        runAt: 'document_end',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!wanted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION] });
  }
}
