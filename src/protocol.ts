/**
 * Every message of the extension, declared once, named by direction. Each entry maps a message type to
 * [payload, reply]. Content script, popup and background use the typed adapters below and never build raw messages.
 */
import type { Label } from './classify/labels.ts';
import type { Detection } from './detect/is-policy.ts';
import type { LanguageCode } from './detect/language.ts';
import type { RememberedPolicy } from './policy-memory.ts';
import type { WireReport } from './report-wire.ts';
import type { Settings } from './settings.ts';
import type { Block, Grade, Report } from './types.ts';

/** content → background, and popup → background where ALLOWED_SENDERS says so */
export interface BackgroundRequests {
  /** Run the engine on the page's blocks (the model lives in the background, off the page's thread). */
  /** The engine's report on the blocks, in its wire form (`fromWire` with the same blocks restores it). */
  analyze: [{ blocks: Block[] }, WireReport];
  /** Show the grade on the toolbar badge of the sending tab; null clears it. */
  showGrade: [{ grade: Grade | null; analysed: boolean }, undefined];
  /** The settings, as far as the sending page's site needs them (not the reader's whole list of sites). */
  pageSettings: [Record<string, never>, Settings];
  /** What is remembered for the sending page's own site, if anything. */
  recallSite: [Record<string, never>, RememberedPolicy | null];
  /** Remember a reading of the sending page's own site (a policy on another site is refused). */
  rememberReading: [{ memory: RememberedPolicy }, undefined];
  /** popup → background: remember a linked policy under its own (final) address's site; replies what was there. */
  rememberPolicy: [{ memory: RememberedPolicy }, RememberedPolicy | null];
  /** Add (or remove) the highlight colours to the sending tab's page, in the reader's palette. */
  styleHighlights: [Record<string, never>, undefined];
  unstyleHighlights: [Record<string, never>, undefined];
  /** The first look (content/first-look.ts) found a likely policy: inject the full content script, unless the
   *  reader listed the site. True when injected. */
  injectContentScript: [Record<string, never>, boolean];
}

/** popup → content */
export interface ContentRequests {
  getState: [Record<string, never>, ContentState];
  analyzeAnyway: [Record<string, never>, ContentState];
  setLabelVisible: [{ label: Label; visible: boolean }, undefined];
  reveal: [{ paragraph: number }, boolean];
  /** Fetch the site's policy at `href`, on this page's own origin, as the page would (its HTML, unparsed). */
  fetchOwnPolicy: [{ href: string }, { url: string; html: string }];
  /** Remove every highlight and stop, for this page. */
  disable: [Record<string, never>, undefined];
}

export type ContentState =
  | { status: 'idle' | 'analysing' }
  /** The reader listed this site as one where Policy Lens stays off (it still answers the popup). */
  | { status: 'site-off' }
  | { status: 'not-policy'; detection: Detection; policyLink: LinkedPolicyRef | null }
  /** A policy in a language the model cannot read: named, never painted; its English version when the page links one. */
  | {
      status: 'unsupported-language';
      detection: Detection;
      language: LanguageCode;
      englishVersion: LinkedPolicyRef | null;
    }
  | {
      status: 'ready';
      detection: Detection;
      report: Report;
      hidden: Label[];
      /** Paragraphs new or edited since the reader's last visit to this policy, if it changed. */
      changes: { since: string; paragraphs: number[] } | null;
    }
  | { status: 'error'; message: string };

/** The site's policy as linked from a page; `sameOrigin` policies need no extra permission to read. */
export interface LinkedPolicyRef {
  href: string;
  text: string;
  sameOrigin: boolean;
}

/** Who sent a message: a content script in a web page, or a page of the extension itself (popup, options). */
export type SenderRole = 'content' | 'extension';

/** Which context may send which message; the background refuses the rest. */
export const ALLOWED_SENDERS: { [K in keyof BackgroundRequests]: readonly SenderRole[] } = {
  analyze: ['content', 'extension'],
  showGrade: ['content'],
  pageSettings: ['content'],
  recallSite: ['content'],
  rememberReading: ['content'],
  rememberPolicy: ['extension'],
  styleHighlights: ['content'],
  unstyleHighlights: ['content'],
  injectContentScript: ['content'],
};

/** The role of a message's sender, from what the browser says about it; null for anything not ours. */
export function senderRole(
  sender: { id?: string; url?: string; tab?: unknown },
  self: { id: string; origin: string },
): SenderRole | null {
  if (sender.id !== self.id || !sender.url) return null;
  if (sender.url.startsWith(self.origin)) return 'extension';
  return sender.tab ? 'content' : null;
}

export type Message<M> = { [K in keyof M]: { type: K } & (M[K] extends [infer P, unknown] ? P : never) }[keyof M];
export type Reply<M, K extends keyof M> = M[K] extends [unknown, infer R] ? R : never;
export type Payload<M, K extends keyof M> = M[K] extends [infer P, unknown] ? P : never;

/** Builds a message; `message<ContentRequests>('reveal', { paragraph: 3 })`. */
export function message<M, K extends keyof M & string>(type: K, payload: Payload<M, K>): Message<M> {
  return { type, ...(payload as object) } as Message<M>;
}

/** True for objects that look like one of our messages (anything else on the channel is ignored). */
export function isMessage<M>(value: unknown, types: readonly (keyof M)[]): value is Message<M> {
  return typeof value === 'object' && value !== null && types.includes((value as { type: keyof M }).type);
}

export type Handlers<M, Ctx> = {
  [K in keyof M]: (payload: Payload<M, K>, context: Ctx) => Reply<M, K> | Promise<Reply<M, K>>;
};

/** Routes a message to its handler; undefined (not ours) for anything else, so other listeners may answer. */
export function dispatch<M, Ctx>(
  handlers: Handlers<M, Ctx>,
  value: unknown,
  context: Ctx,
): Promise<unknown> | undefined {
  if (!isMessage<M>(value, Object.keys(handlers) as (keyof M)[])) return undefined;
  const { type, ...payload } = value as { type: keyof M };
  const handler = handlers[type] as (p: unknown, c: Ctx) => unknown;
  return Promise.resolve().then(() => handler(payload, context));
}
