/** Remembered policies per site, in extension storage (local only). */
import browser from 'webextension-polyfill';
import type { RememberedPolicy } from '../src/policy-memory.ts';

const KEY = 'sites';

async function all(): Promise<Record<string, RememberedPolicy>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return typeof stored === 'object' && stored !== null ? (stored as Record<string, RememberedPolicy>) : {};
}

export async function recall(host: string): Promise<RememberedPolicy | undefined> {
  return (await all())[host];
}

export async function rememberSite(host: string, policy: RememberedPolicy): Promise<void> {
  await browser.storage.local.set({ [KEY]: { ...(await all()), [host]: policy } });
}
