/** The popup's side of src/protocol.ts: it talks to the content script of one tab. */
import browser from 'webextension-polyfill';
import { type ContentRequests, message, type Payload, type Reply } from '../src/protocol.ts';

export function sendToTab<K extends keyof ContentRequests & string>(
  tabId: number,
  type: K,
  payload: Payload<ContentRequests, K>,
): Promise<Reply<ContentRequests, K>> {
  return browser.tabs.sendMessage(tabId, message<ContentRequests, K>(type, payload)) as Promise<
    Reply<ContentRequests, K>
  >;
}

/**
 * Makes sure the content script runs in the tab. Opening the popup from the toolbar grants `activeTab`, which is
 * what allows this; on pages no extension may touch (the browser's own pages, the stores) it throws.
 */
export { ensureContentScript } from '../background/content-script.ts';

/** The tab the popup is about: `?tab=` when opened as a page (tests, keyboard users), else the active tab. */
export async function targetTab(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
