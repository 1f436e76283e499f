/**
 * Paragraphs that are new since the reader's last visit to this policy, underlined on the page with a highlight of
 * their own (on top of their category colour). The memory of the last visit is per site, in extension storage.
 */
import { newSince, remember } from '../src/policy-memory.ts';
import type { Report } from '../src/types.ts';
import { recall, rememberSite } from './extension-state.ts';
import type { ExtractedPage } from './extract-blocks.ts';
import { slicesFor } from './highlight.ts';
import { HIGHLIGHT_PREFIX } from './highlight-styles.ts';

export const NEW = `${HIGHLIGHT_PREFIX}new`;

export interface Changes {
  since: string;
  paragraphs: number[];
}

/** Compares this reading with the last one for the site, remembers this one, and says what is new. */
export async function compareWithLastVisit(report: Report): Promise<Changes | null> {
  const href = `${location.origin}${location.pathname}`;
  const previous = await recall();
  const fresh = previous?.href === href ? newSince(previous, report) : [];
  // Not awaited: the reading is shown at once; remembering it is the background's business from here.
  void rememberSite(remember(href, report, new Date())).catch(() => undefined);
  return previous && fresh.length ? { since: previous.analysedAt, paragraphs: fresh } : null;
}

/** Underlines the new paragraphs; returns the function that takes the underline away again. */
export function underlineNew(doc: Document, page: ExtractedPage, report: Report, ids: readonly number[]): () => void {
  const registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS?.highlights;
  if (!registry || typeof Highlight !== 'function' || ids.length === 0) return () => undefined;
  const ranges = ids.flatMap((id) =>
    slicesFor(page, report.paragraphs[id]?.pieces ?? []).map(({ node, from, to }) => {
      const range = doc.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return range;
    }),
  );
  const highlight = new Highlight(...ranges);
  highlight.priority = 5;
  registry.set(NEW, highlight);
  return () => registry.delete(NEW);
}
