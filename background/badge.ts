/** The toolbar badge: a tab's grade, set by the page's analysis or, on other pages of the site, from memory. */
import browser from 'webextension-polyfill';
import type { Grade } from '../src/types.ts';
import { recall } from './site-memory.ts';

const BADGE_COLOURS: Record<Grade | '?', string> = {
  A: '#1B873F',
  B: '#4E8F26',
  C: '#B07A00',
  D: '#C8541E',
  E: '#C62828',
  '?': '#5F6B7A',
};

/** Only a grade or "?" ever reaches the badge, whatever a message or storage held. */
export async function setBadge(tabId: number, grade: Grade | null, analysed: boolean): Promise<void> {
  const known = grade !== null && grade in BADGE_COLOURS ? grade : null;
  const text = known ?? (analysed ? '?' : '');
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[known ?? '?'] });
}

/**
 * On a site whose policy the reader had analysed, its grade goes on the badge of every page. The background does
 * it (where it may see the tab's address: all-sites access, or the tab the reader clicked the button in) because
 * the first look stays silent on pages that are not policies; a grade the page's own analysis set stays. One small
 * storage read per page load, whatever the number of sites remembered.
 */
export async function showRememberedGrade(tabId: number, url: string): Promise<void> {
  if (!/^https?:/.test(url) || (await browser.action.getBadgeText({ tabId }))) return;
  const grade = (await recall(new URL(url).hostname))?.grade;
  if (grade) await setBadge(tabId, grade, true);
}
