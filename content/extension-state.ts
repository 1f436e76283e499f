/**
 * The content script's view of the extension's state, asked of the background: it never touches extension storage
 * itself, and the background answers only for this page's own site (its settings, its remembered policy).
 */
import type { RememberedPolicy } from '../src/policy-memory.ts';
import type { Settings } from '../src/settings.ts';
import { sendToBackground } from './messaging.ts';

export function loadSettings(): Promise<Settings> {
  return sendToBackground('pageSettings', {});
}

/** What is remembered for this page's site. */
export async function recall(): Promise<RememberedPolicy | undefined> {
  return (await sendToBackground('recallSite', {})) ?? undefined;
}

/** Remembers a reading of a policy on this page's site. */
export function rememberSite(memory: RememberedPolicy): Promise<void> {
  return sendToBackground('rememberReading', { memory });
}
