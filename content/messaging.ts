/** The content script's side of src/protocol.ts. */
import browser from 'webextension-polyfill';
import { type BackgroundRequests, message, type Payload, type Reply } from '../src/protocol.ts';

export function sendToBackground<K extends keyof BackgroundRequests & string>(
  type: K,
  payload: Payload<BackgroundRequests, K>,
): Promise<Reply<BackgroundRequests, K>> {
  return browser.runtime.sendMessage(message<BackgroundRequests, K>(type, payload)) as Promise<
    Reply<BackgroundRequests, K>
  >;
}

/** False once the extension was reloaded, updated or disabled under this page ("Extension context invalidated"). */
export function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
