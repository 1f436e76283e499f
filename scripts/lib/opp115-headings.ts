/**
 * Recovers section headings from OPP-115's annotated pages, to evaluate paragraphs the way the extension sees them:
 * body text, plus the nearest heading above it. In `pages/<id>_<site>.html` segments are separated by `|||`, and a
 * section starts with a short line followed by `<br> <br>` ("Use of Cookies <br> <br> We…"); `segments.jsonl` keeps
 * that line inline at the start of the segment text. (Training on these views as well did not pay: see model/README.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClassifierInput } from '../../src/classify/classifier.ts';
import { datasetsDir, type Segment } from './opp115.ts';

export interface HeadedView {
  segment: Segment;
  /** The segment text without its own leading heading. */
  body: string;
  /** Its own heading, else the last heading of an earlier segment of the same policy. */
  heading: string;
}

const LEADING_HEADING = /^\s*(?:<strong>)?\s*([^<]{2,120}?)\s*(?:<\/strong>)?\s*<br>\s*<br>/;
const MAX_HEADING_WORDS = 12;

function ownHeading(rawSegment: string): string | null {
  const match = LEADING_HEADING.exec(rawSegment);
  const heading = match?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
  if (heading === '' || heading.endsWith('.') || heading.split(' ').length > MAX_HEADING_WORDS) return null;
  return heading;
}

function policyViews(rawSegments: string[], segments: Map<number, Segment>): HeadedView[] {
  const views: HeadedView[] = [];
  let current = '';
  rawSegments.forEach((raw, segmentId) => {
    const segment = segments.get(segmentId);
    if (segment === undefined) return;
    const own = ownHeading(raw);
    const text = segment.text.trim();
    let body = text;
    if (own !== null && text.startsWith(own)) {
      body = text.slice(own.length).trim();
      current = own;
    }
    if (current !== '' && body !== '') views.push({ segment, body, heading: current });
  });
  return views;
}

/** A headed view of every segment that has a heading (own or inherited) and a body, for the given segments. */
export function readHeadedViews(segments: readonly Segment[], dir = datasetsDir()): HeadedView[] {
  const byPolicy = new Map<number, Map<number, Segment>>();
  for (const segment of segments) {
    const policy = byPolicy.get(segment.policyId) ?? new Map<number, Segment>();
    policy.set(segment.segmentId, segment);
    byPolicy.set(segment.policyId, policy);
  }
  const pages = path.join(dir, 'opp115', 'pages');
  return readdirSync(pages)
    .sort()
    .flatMap((file) => {
      const policy = byPolicy.get(Number.parseInt(file, 10));
      if (policy === undefined) return [];
      return policyViews(readFileSync(path.join(pages, file), 'utf8').split('|||'), policy);
    });
}

/** Each segment as the extension would see it: body plus recovered heading when there is one, else text and ''. */
export function headedInputs(segments: readonly Segment[], dir = datasetsDir()): ClassifierInput[] {
  const views = new Map(readHeadedViews(segments, dir).map((view) => [view.segment, view]));
  return segments.map((segment) => {
    const view = views.get(segment);
    return view ? { text: view.body, heading: view.heading } : { text: segment.text, heading: '' };
  });
}
