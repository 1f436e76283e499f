/**
 * Fetching a policy page a web page pointed to, safely: the address rules of src/fetch-rules.ts, no cookies, a
 * time limit, a byte limit read as a stream (the download stops there), HTML only. Used by the popup for a policy
 * on another site (redirects are not followed: a browser hides where they lead, so they cannot be checked first)
 * and by the content script for one on the page's own origin (as the page itself could fetch it; it must end on
 * that origin).
 */
import browser from 'webextension-polyfill';
import { fetchRefusal } from '../src/fetch-rules.ts';

export const FETCH_LIMITS = { timeoutMs: 15_000, maxBytes: 5_000_000 };
const HTML = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

/** A fetch Policy Lens will not make or finish, with a reason meant for the reader. */
export class FetchRefused extends Error {
  constructor(key: string, detail = '') {
    super(browser.i18n.getMessage(key, detail) || `${key} ${detail}`);
  }
}

export interface FetchedPolicy {
  /** The address the HTML came from (after any redirect): what it is remembered and exported under. */
  url: string;
  html: string;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchRefused('fetchTooLarge', String(Math.round(maxBytes / 1e6)));
    }
    chunks.push(next.value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** The page's HTML, if the response is an HTML page within the limits. */
async function readHtml(response: Response): Promise<string> {
  if (response.type === 'opaqueredirect') throw new FetchRefused('fetchRedirected');
  if (!response.ok) throw new FetchRefused('fetchStatus', String(response.status));
  const type = response.headers.get('content-type') ?? '';
  if (!HTML.test(type)) throw new FetchRefused('fetchNotHtml', type.split(';')[0] || '?');
  const charset = /charset=["']?([\w-]+)/i.exec(type)?.[1] ?? 'utf-8';
  const bytes = await readCapped(response, FETCH_LIMITS.maxBytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/**
 * Fetches the policy at `href` for the page at `pageUrl`. `sameOrigin`: the page's own origin, following its
 * redirects but only to where it started; otherwise no redirect is followed at all.
 */
export async function fetchPolicyPage(href: string, pageUrl: string, sameOrigin = false): Promise<FetchedPolicy> {
  const refusal = fetchRefusal(href, pageUrl);
  if (refusal) throw new FetchRefused('fetchRefused', refusal);
  const timeout = AbortSignal.timeout(FETCH_LIMITS.timeoutMs);
  try {
    const response = await fetch(href, {
      credentials: 'omit',
      redirect: sameOrigin ? 'follow' : 'manual',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: timeout,
    });
    const url = response.url || href;
    if (sameOrigin && new URL(url).origin !== new URL(href).origin) throw new FetchRefused('fetchRedirected');
    return { url, html: await readHtml(response) };
  } catch (error) {
    if (timeout.aborted) throw new FetchRefused('fetchTimeout', String(FETCH_LIMITS.timeoutMs / 1000));
    throw error;
  }
}
