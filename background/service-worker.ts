/**
 * The background worker runs the engine (compromise and the model weights live here, not in every page), keeps
 * the toolbar badge, styles highlights in the tabs that ask, keeps what is remembered per site, and keeps the
 * automatic-annotation registration in step with the settings and permissions. Every message is checked against
 * the context that may send it (ALLOWED_SENDERS); a content script speaks only for its own page's site.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { highlightCss } from '../content/highlight-styles.ts';
import { defaultClassifier } from '../src/classify/default-classifier.ts';
import { analyze, JudgementCache } from '../src/pipeline.ts';
import { fromStored, toStored } from '../src/policy-memory.ts';
import {
  ALLOWED_SENDERS,
  type BackgroundRequests,
  dispatch,
  type Handlers,
  isMessage,
  senderRole,
} from '../src/protocol.ts';
import { toWire } from '../src/report-wire.ts';
import { settingsFor } from '../src/settings.ts';
import { setBadge, showRememberedGrade } from './badge.ts';
import { injectOnRequest, syncRegistration } from './content-script.ts';
import { loadSettings } from './settings-store.ts';
import { migrateLegacy, recall, rememberSite } from './site-memory.ts';

async function styleTarget(sender: Runtime.MessageSender) {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('highlight styles are only for tabs');
  const settings = await loadSettings();
  return { target: { tabId, frameIds: [sender.frameId ?? 0] }, css: highlightCss(settings.palette) };
}

/** The host of the page a content script runs in: the only site it may read or write the memory of. */
const pageHost = (sender: Runtime.MessageSender) => new URL(sender.url ?? '').hostname;

/** A remembered policy as a message carried it, checked like anything read from storage. */
function received(memory: unknown) {
  const policy = fromStored(toStored(memory as never, 0));
  if (!policy) throw new Error('not a remembered policy');
  return policy;
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
  pageSettings: async (_, sender) => settingsFor(await loadSettings(), pageHost(sender)),
  recallSite: async (_, sender) => (await recall(pageHost(sender))) ?? null,
  rememberReading: async ({ memory }, sender) => {
    const policy = received(memory);
    if (new URL(policy.href).hostname !== pageHost(sender)) throw new Error('a page remembers only its own site');
    await rememberSite(pageHost(sender), policy);
    return undefined;
  },
  rememberPolicy: async ({ memory }) => {
    const policy = received(memory);
    const host = new URL(policy.href).hostname;
    const previous = (await recall(host)) ?? null;
    await rememberSite(host, policy);
    return previous;
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

const SELF = { id: browser.runtime.id, origin: browser.runtime.getURL('') };
const TYPES = Object.keys(handlers) as (keyof BackgroundRequests)[];

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage<BackgroundRequests>(msg, TYPES)) return undefined;
  const role = senderRole(sender, SELF);
  if (!role || !ALLOWED_SENDERS[msg.type].includes(role))
    return Promise.reject(new Error(`${String(msg.type)} is not accepted from this context`));
  return dispatch(handlers, msg, sender);
});
// Content scripts hold a port open only to learn when the extension goes away; nothing is sent over it.
browser.runtime.onConnect.addListener(() => undefined);

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === 'complete' && tab.url) void showRememberedGrade(tabId, tab.url).catch(() => undefined);
});

/**
 * Content scripts reach storage only through the messages above: where the browser can enforce that
 * (Chromium's storage.local.setAccessLevel), it does, so even a compromised page process cannot read other sites'
 * entries or the settings.
 */
function restrictStorage(): void {
  const local = (globalThis as { chrome?: { storage?: { local?: { setAccessLevel?: (o: object) => Promise<void> } } } })
    .chrome?.storage?.local;
  void local?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
}
restrictStorage();

const resync = () =>
  void syncRegistration().catch((error: unknown) => console.warn('Policy Lens: registration', error));
browser.runtime.onInstalled.addListener(() => {
  resync();
  void migrateLegacy().catch((error: unknown) => console.warn('Policy Lens: migration', error));
});
browser.runtime.onStartup.addListener(resync);
browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);
browser.storage.onChanged.addListener((changes) => {
  if ('settings' in changes) resync();
});
