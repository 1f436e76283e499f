/**
 * The first look, registered on every page when automatic annotation is on. It is all that runs on the great
 * majority of pages, so it is small (no polyfill, no UI, no engine) and touches nothing: it reads the page's cheap
 * signals, and only when they say "privacy policy" does it ask the background worker to inject the full content
 * script (index.ts), which reads the settings, detects again and annotates. Until then it watches, cheaply, for
 * what turns a page into a policy later: an in-page navigation, a new title, or blocks of prose added by a script.
 */
import { detectPolicy } from '../src/detect/is-policy.ts';
import { mayBeNamed, NAME_WORDS, SELF_WORDS } from '../src/detect/may-be-policy.ts';
import { type BackgroundRequests, message } from '../src/protocol.ts';
import { GUARD } from './guard.ts';
import { mayMention, readSignals } from './page-signals.ts';

/** Added text shorter than this (clocks, counters, prices, buttons) is not worth a second look. */
const PROSE_CHARS = 40;
/** The first look again at most this soon after a change, and half as often after each one that finds nothing. */
const FIRST_WAIT_MS = 500;
const MAX_WAIT_MS = 30_000;

interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

const scope = globalThis as typeof globalThis & { browser?: ExtensionApi; chrome?: ExtensionApi };
const api = scope.browser ?? scope.chrome;

/** True once the full content script runs in this page (injected by this look or by the toolbar button). */
const annotating = () => Boolean((scope as Record<symbol, unknown>)[GUARD]);

/** detectPolicy's answer, computed only for pages that pass its cheap necessary conditions (may-be-policy.ts). */
function isPolicy(doc: Document): boolean {
  const may = mayBeNamed([doc.location.href, doc.title]) || mayMention(doc.body, NAME_WORDS, SELF_WORDS);
  if (!may) return false;
  return detectPolicy(readSignals(doc)).isPolicy;
}

function addsProse(records: MutationRecord[]): boolean {
  for (const record of records) {
    if (record.target.nodeName === 'TITLE' || record.target.parentNode?.nodeName === 'TITLE') return true;
    for (const node of record.addedNodes) if ((node.textContent?.length ?? 0) >= PROSE_CHARS) return true;
  }
  return false;
}

/** Watches for changes that may make the page a policy; calls `look` after each, ever less often. */
function watch(doc: Document, look: () => boolean, signal: AbortSignal): void {
  const view = doc.defaultView;
  if (!view) return;
  let wait = FIRST_WAIT_MS;
  let timer = 0;
  const fire = () => {
    timer = 0;
    if (!look()) wait = Math.min(MAX_WAIT_MS, wait * 2);
  };
  const schedule = () => {
    timer ||= view.setTimeout(fire, wait);
  };
  const navigated = () => {
    wait = FIRST_WAIT_MS;
    schedule();
  };
  const observer = new MutationObserver((records) => {
    if (!timer && addsProse(records)) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  view.addEventListener('popstate', navigated, { signal });
  view.addEventListener('hashchange', navigated, { signal });
  // pushState navigations fire no event of their own, but the Navigation API's, where the browser has it.
  const navigation = (view as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', navigated, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    view.clearTimeout(timer);
  });
}

function start(): void {
  if (!api || annotating()) return;
  const controller = new AbortController();
  const look = (): boolean => {
    if (annotating()) controller.abort();
    else if (isPolicy(document)) {
      controller.abort();
      const ask = message<BackgroundRequests, 'injectContentScript'>('injectContentScript', {});
      // The background may refuse (a site the reader listed); either way this page has had its look.
      try {
        api.runtime.sendMessage(ask).catch(() => undefined);
      } catch {
        // The extension was reloaded or removed under this page: nothing to ask any more.
      }
    }
    return controller.signal.aborted;
  };
  if (!look()) watch(document, look, controller.signal);
}

start();
