/**
 * The background worker runs the engine (compromise and the model weights live here, not in every page) and keeps
 * the toolbar badge. It holds no state of its own: each request carries what it needs.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { defaultClassifier } from '../src/classify/default-classifier.ts';
import { analyze } from '../src/pipeline.ts';
import { type BackgroundRequests, dispatch, type Handlers } from '../src/protocol.ts';
import type { Grade } from '../src/types.ts';

const BADGE_COLOURS: Record<Grade | '?', string> = {
  A: '#1B873F',
  B: '#4E8F26',
  C: '#B07A00',
  D: '#C8541E',
  E: '#C62828',
  '?': '#5F6B7A',
};

const handlers: Handlers<BackgroundRequests, Runtime.MessageSender> = {
  analyze: ({ blocks }) => analyze(blocks, { classifier: defaultClassifier }),
  showGrade: async ({ grade, analysed }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const text = grade ?? (analysed ? '?' : '');
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[grade ?? '?'] });
  },
};

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => dispatch(handlers, msg, sender));
// Content scripts hold a port open only to learn when the extension goes away; nothing is sent over it.
browser.runtime.onConnect.addListener(() => undefined);
