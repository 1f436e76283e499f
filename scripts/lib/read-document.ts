/**
 * A policy file (.html, .md, .txt) → the blocks the engine reads and the signals detection reads. HTML goes through
 * the content script's own extraction, on jsdom instead of a browser: its parser is the spec's (parse5), so a
 * malformed page yields the same tree a browser builds. Scripts are not run and nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractBlocks } from '../../content/extract-blocks.ts';
import { readSignals } from '../../content/page-signals.ts';
import type { PageSignals } from '../../src/detect/is-policy.ts';
import { markdownToBlocks } from '../../src/segment/markdown-blocks.ts';
import { textToBlocks } from '../../src/segment/text-blocks.ts';
import type { Block } from '../../src/types.ts';

export interface ReadDocument {
  blocks: Block[];
  signals: PageSignals;
}

/** Decodes as UTF-8 unless that produces replacement characters, then as Windows-1252 (old crawls). */
export function decode(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return utf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
}

export function readDocument(file: string): ReadDocument {
  const path = resolve(file);
  const source = decode(readFileSync(path));
  const url = pathToFileURL(path).href;
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return fromHtml(source, url);
  const blocks = ext === '.md' || ext === '.markdown' ? markdownToBlocks(source) : textToBlocks(source);
  const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
  const text = blocks
    .map((b) => b.text)
    .join(' ')
    .slice(0, 20_000);
  return { blocks, signals: { url, title: headings[0] ?? '', headings, text } };
}

/** Pages saved by a browser name their address in a comment: `<!-- saved from url=(0042)http://… -->`. */
export function savedFromUrl(html: string): string | null {
  return /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/.exec(html.slice(0, 2000))?.[1] ?? null;
}

export function fromHtml(html: string, url: string): ReadDocument {
  const { document } = new JSDOM(html, { url: savedFromUrl(html) ?? url, virtualConsole: new VirtualConsole() }).window;
  const signals = readSignals(document);
  return { blocks: extractBlocks(document.body ?? document.documentElement).blocks, signals };
}
