/**
 * Tells the content script when the page has changed enough to look again: text added or replaced (a policy
 * rendered late by a JavaScript app, an accordion filled in on open) or an in-page navigation (SPA route change,
 * history back/forward). Debounced, so a busy page costs one check per quiet spell, and blind to our own nodes.
 */
import { isOurs } from './guard.ts';

const QUIET_MS = 400;
/** A page that never goes quiet (a ticker, rotating ads) is still looked at this often. */
const MAX_WAIT_MS = 2000;

export interface PageChange {
  /** The address changed without a page load. */
  navigated: boolean;
}

export function watchChanges(doc: Document, onChange: (change: PageChange) => void, signal: AbortSignal): void {
  const view = doc.defaultView;
  if (!view) return;
  let timer = 0;
  let pendingSince = 0;
  let href = view.location.href;
  const fire = () => {
    timer = 0;
    pendingSince = 0;
    const navigated = view.location.href !== href;
    href = view.location.href;
    onChange({ navigated });
  };
  const schedule = () => {
    const now = Date.now();
    pendingSince ||= now;
    view.clearTimeout(timer);
    timer = view.setTimeout(fire, Math.max(0, Math.min(QUIET_MS, pendingSince + MAX_WAIT_MS - now)));
  };
  const observer = new MutationObserver((records) => {
    if (
      records.some(
        (r) => !isOurs(r.target) && (r.type === 'characterData' || r.addedNodes.length || r.removedNodes.length),
      )
    )
      schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  view.addEventListener('popstate', schedule, { signal });
  view.addEventListener('hashchange', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    view.clearTimeout(timer);
  });
}
