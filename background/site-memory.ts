/**
 * Remembered policies, one storage key per site (`site:<host>`) beside a small index (`memory-index`) of when each
 * was last used and its size, so a page load reads one small entry whatever the number of sites, and the total
 * stays within MEMORY_LIMITS: expired, surplus subdomains and least recently used entries are forgotten. Only the
 * background worker writes here (content scripts and the popup ask it by message), one task at a time.
 */
import browser from 'webextension-polyfill';
import { evictions, MEMORY_LIMITS, type MemoryIndex, parseIndex } from '../src/memory-index.ts';
import {
  fromLegacy,
  fromStored,
  type RememberedPolicy,
  type StoredPolicy,
  sameReading,
  toStored,
  usedAt,
} from '../src/policy-memory.ts';
import { loadSettings } from './settings-store.ts';

const INDEX = 'memory-index';
const LEGACY = 'sites';
const DAY_MS = 86_400_000;
const keyOf = (host: string) => `site:${host}`;
const local = () => browser.storage.local;

/** Thrown when the browser's storage is full even after forgetting: the reader sees this, not the quota error. */
export class MemoryFullError extends Error {
  constructor() {
    super(browser.i18n.getMessage('memoryFull') || 'Policy Lens could not remember this policy: storage is full.');
  }
}

let queue: Promise<unknown> = Promise.resolve();
/** Runs `task` after every earlier one: the index is read, changed and written by one task at a time. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

const maxAgeMs = async () => (await loadSettings()).memoryDays * DAY_MS;
const readIndex = async (): Promise<MemoryIndex> => parseIndex((await local().get(INDEX))[INDEX]);

/** The remembered policy of `host`, or undefined; a damaged or expired entry is forgotten on the way. */
export async function recall(host: string): Promise<RememberedPolicy | undefined> {
  const key = keyOf(host);
  const stored = (await local().get(key))[key];
  if (stored === undefined) return undefined;
  const policy = fromStored(stored);
  if (!policy || Date.now() - Date.parse(policy.analysedAt) > (await maxAgeMs())) {
    void forget([host]);
    return undefined;
  }
  // Coming back counts as use, noted at most once a day so that page loads stay one read.
  if (Date.now() - usedAt(stored) > DAY_MS) void put([[host, policy]], MEMORY_LIMITS);
  return policy;
}

/** Writes entries and the index, forgetting what the limits say must go; `used` is now for every entry written. */
function put(entries: (readonly [string, RememberedPolicy])[], limits: typeof MEMORY_LIMITS): Promise<void> {
  return serial(async () => {
    const keepMs = await maxAgeMs();
    if (keepMs <= 0 || entries.length === 0) return;
    const index = await readIndex();
    const now = Date.now();
    const items: Record<string, StoredPolicy | MemoryIndex> = {};
    for (const [host, policy] of entries) {
      const stored = toStored(policy, now);
      items[keyOf(host)] = stored;
      index[host] = { used: now, bytes: host.length + JSON.stringify(stored).length };
    }
    const last = entries.at(-1)?.[0] ?? '';
    const drop = evictions(index, last, limits, now, keepMs);
    for (const gone of drop) {
      delete index[gone];
      delete items[keyOf(gone)];
    }
    if (drop.length) await local().remove(drop.map(keyOf));
    await local().set({ ...items, [INDEX]: index });
  });
}

/** Remembers `policy` for `host` (nothing when the reader chose to remember nothing). */
export async function rememberSite(host: string, policy: RememberedPolicy): Promise<void> {
  // A re-reading of the same text (a page that keeps changing its address, say) writes nothing.
  if (sameReading(await recall(host), policy)) return;
  await put([[host, policy]], MEMORY_LIMITS).catch(async () => {
    // Full: something else filled the quota (an older version's memory, say). Make room once, then say so.
    await local().remove(LEGACY);
    await put([[host, policy]], { ...MEMORY_LIMITS, bytes: MEMORY_LIMITS.bytes / 2 }).catch(() => {
      throw new MemoryFullError();
    });
  });
}

function forget(hosts: string[]): Promise<void> {
  return serial(async () => {
    const index = await readIndex();
    for (const host of hosts) delete index[host];
    await local().remove(hosts.map(keyOf));
    await local().set({ [INDEX]: index });
  });
}

/** How many sites are remembered (for the options). */
export async function rememberedCount(): Promise<number> {
  return Object.keys(await readIndex()).length;
}

/** Forgets every remembered policy (the options' "Forget all"). */
export async function forgetAll(): Promise<void> {
  await forget(Object.keys(await readIndex()));
}

/** Moves the first layout's memory (every site in one object, read whole on each page load) to this one, once. */
export async function migrateLegacy(): Promise<void> {
  const legacy = (await local().get(LEGACY))[LEGACY];
  if (legacy === undefined) return;
  await local().remove(LEGACY);
  const entries = Object.entries(typeof legacy === 'object' && legacy !== null ? legacy : {})
    .map(([host, value]) => [host, fromLegacy(value)] as const)
    .filter((e): e is readonly [string, RememberedPolicy] => e[1] !== undefined)
    .sort(([, a], [, b]) => Date.parse(a.analysedAt) - Date.parse(b.analysedAt));
  await put(entries.slice(-MEMORY_LIMITS.entries), MEMORY_LIMITS);
}
