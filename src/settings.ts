/**
 * The reader's settings, as stored in extension storage, with their defaults. Pure: the options page, popup,
 * background and content script all read them through `parseSettings`, so a damaged or older stored value can
 * never break any of them.
 */
import { LABELS, type Label } from './classify/labels.ts';

export type Palette = 'okabe-ito' | 'high-contrast';

export interface Settings {
  /** Annotate every policy page as it opens (needs access to all sites); otherwise only on the toolbar button. */
  autoAnnotate: boolean;
  /** Labels painted on the page; the rest stay counted in the popup but unpainted. */
  hiddenLabels: Label[];
  palette: Palette;
  /** Host names where Policy Lens never runs by itself ("example.com" also covers its subdomains). */
  disabledSites: string[];
  /** Days an analysed policy's grade and fingerprints are remembered; 0 remembers nothing. */
  memoryDays: number;
}

/** The choices the options offer for how long to remember analysed policies. */
export const MEMORY_DAYS = [0, 30, 90, 180, 365] as const;

export const DEFAULT_SETTINGS: Settings = {
  autoAnnotate: false,
  hiddenLabels: ['Other'],
  palette: 'okabe-ito',
  disabledSites: [],
  memoryDays: 180,
};

/** Turns whatever storage holds into valid settings, keeping each field that is well-formed. */
export function parseSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const labels = Array.isArray(s.hiddenLabels)
    ? s.hiddenLabels.filter((l): l is Label => LABELS.includes(l as Label))
    : null;
  const sites = Array.isArray(s.disabledSites)
    ? s.disabledSites.filter((x): x is string => typeof x === 'string')
    : null;
  return {
    autoAnnotate: typeof s.autoAnnotate === 'boolean' ? s.autoAnnotate : DEFAULT_SETTINGS.autoAnnotate,
    hiddenLabels: labels ?? DEFAULT_SETTINGS.hiddenLabels,
    palette: s.palette === 'high-contrast' ? 'high-contrast' : DEFAULT_SETTINGS.palette,
    disabledSites: (sites ?? DEFAULT_SETTINGS.disabledSites).map(normaliseSite).filter(Boolean),
    memoryDays: MEMORY_DAYS.includes(s.memoryDays as never) ? (s.memoryDays as number) : DEFAULT_SETTINGS.memoryDays,
  };
}

/** "https://www.Example.com/privacy" → "www.example.com"; "Example.com" → "example.com". */
export function normaliseSite(input: string): string {
  const text = input.trim().toLowerCase();
  if (!text) return '';
  try {
    return new URL(text.includes('://') ? text : `https://${text}`).hostname;
  } catch {
    return '';
  }
}

/** The settings a content script on `host` needs: the reader's list of sites is not its business. */
export function settingsFor(settings: Settings, host: string): Settings {
  return { ...settings, disabledSites: siteDisabled(settings, host) ? [host] : [] };
}

/** Match patterns that keep the automatic first look off the reader's sites ("example.com" and its subdomains). */
export function excludePatterns(settings: Settings): string[] {
  return settings.disabledSites.flatMap((site) =>
    /^[\d.]+$|:/.test(site) ? [`*://${site}/*`] : [`*://${site}/*`, `*://*.${site}/*`],
  );
}

/** Whether a page's host is on the reader's list; "example.com" covers "www.example.com" too. */
export function siteDisabled(settings: Settings, host: string): boolean {
  const h = host.toLowerCase();
  return settings.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}
