/**
 * The background worker runs the engine (compromise and the model weights live here, not in every page), keeps
 * the toolbar badge, styles highlights in the tabs that ask, and keeps the automatic-annotation registration in
 * step with the settings and permissions. It holds no state of its own between requests.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { highlightCss } from '../content/highlight-styles.ts';
import { defaultClassifier } from '../src/classify/default-classifier.ts';
import { analyze, JudgementCache } from '../src/pipeline.ts';
import { type BackgroundRequests, dispatch, type Handlers } from '../src/protocol.ts';
import { toWire } from '../src/report-wire.ts';
import type { Grade } from '../src/types.ts';
import { injectOnRequest, syncRegistration } from './content-script.ts';
import { loadSettings } from './settings-store.ts';
import { recall } from './site-memory.ts';

const BADGE_COLOURS: Record<Grade | '?', string> = {
  A: '#1B873F',
  B: '#4E8F26',
  C: '#B07A00',
  D: '#C8541E',
  E: '#C62828',
  '?': '#5F6B7A',
};

async function styleTarget(sender: Runtime.MessageSender) {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('highlight styles are only for tabs');
  const settings = await loadSettings();
  return { target: { tabId, frameIds: [sender.frameId ?? 0] }, css: highlightCss(settings.palette) };
}

async function setBadge(tabId: number, grade: Grade | null, analysed: boolean): Promise<void> {
  const text = grade ?? (analysed ? '?' : '');
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[grade ?? '?'] });
}

/**
 * On a site whose policy the reader had analysed, its grade goes on the badge of every page. The background does
 * it (where it may see the tab's address: all-sites access, or the tab the reader clicked the button in) because
 * the first look stays silent on pages that are not policies; a grade the page's own analysis set stays.
 */
async function showRememberedGrade(tabId: number, url: string): Promise<void> {
  if (!/^https?:/.test(url) || (await browser.action.getBadgeText({ tabId }))) return;
  const grade = (await recall(new URL(url).hostname))?.grade;
  if (grade) await setBadge(tabId, grade, true);
}

/** Lives as long as the worker does; the browser may stop the worker, which just empties it. */
const cache = new JudgementCache();

const handlers: Handlers<BackgroundRequests, Runtime.MessageSender> = {
  analyze: ({ blocks }) => toWire(analyze(blocks, { classifier: defaultClassifier, cache })),
  showGrade: async ({ grade, analysed }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await setBadge(tabId, grade, analysed);
    return undefined;
  },
  fetchPolicy: async ({ href }) => {
    const url = new URL(href);
    if (!/^https?:$/.test(url.protocol)) throw new Error('only web pages can be fetched');
    if (!(await browser.permissions.contains({ origins: [`${url.origin}/*`] })))
      throw new Error(`no access to ${url.host}: the reader has not granted it`);
    const response = await fetch(url, { credentials: 'omit', redirect: 'follow' });
    if (!response.ok) throw new Error(`the policy page answered ${response.status}`);
    return (await response.text()).slice(0, 5_000_000);
  },
  // CSS reaches the page through the browser, not a <style> element: the page's DOM stays untouched.
  styleHighlights: async (_, sender) => {
    await browser.scripting.insertCSS(await styleTarget(sender));
    return undefined;
  },
  unstyleHighlights: async (_, sender) => {
    await browser.scripting.removeCSS(await styleTarget(sender));
    return undefined;
  },
  injectContentScript: async (_, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    return injectOnRequest(tabId, sender.frameId ?? 0, sender.url ?? sender.tab?.url ?? '');
  },
};

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => dispatch(handlers, msg, sender));
// Content scripts hold a port open only to learn when the extension goes away; nothing is sent over it.
browser.runtime.onConnect.addListener(() => undefined);

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === 'complete' && tab.url) void showRememberedGrade(tabId, tab.url).catch(() => undefined);
});

const resync = () =>
  void syncRegistration().catch((error: unknown) => console.warn('Policy Lens: registration', error));
browser.runtime.onInstalled.addListener(resync);
browser.runtime.onStartup.addListener(resync);
browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);
browser.storage.onChanged.addListener((changes) => {
  if ('settings' in changes) resync();
});
