/**
 * The test web server, on 127.0.0.1 only. Serves the seed policies rendered to HTML, the OPP-115 original pages
 * (read from ../shared, never copied), and the hand-written fixture pages; records every request it receives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, resolve } from 'node:path';
import { marked } from 'marked';

export const SHARED = process.env.POLICY_LENS_SHARED ?? resolve(import.meta.dirname, '../../../shared');
export const SEEDS = join(SHARED, 'corpus/seeds');
export const ORIGINALS = join(SHARED, 'datasets/opp115/original');
const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures/pages');

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A seed as a web page: Markdown through `marked`, plain text one <p> per blank-line paragraph (or per line). */
export function renderSeed(file: string): string {
  const source = readFileSync(join(SEEDS, file), 'utf8');
  const name = basename(file, extname(file));
  let body: string;
  if (file.endsWith('.md')) body = marked.parse(source, { async: false });
  else {
    const chunks = /\n\s*\n/.test(source) ? source.split(/\n\s*\n/) : source.split('\n');
    body = chunks
      .filter((c) => c.trim())
      .map((c) => `<p>${escapeHtml(c.trim())}</p>`)
      .join('\n');
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)}</title></head><body><main>${body}</main></body></html>`;
}

/**
 * Where an OPP-115 original is served: under its file name, then the path it was crawled from (from the
 * "saved from url" comment), so the page's address looks like the real one did: `/opp115/105_….html/gp/help/…`.
 */
export function originalPath(file: string): string {
  const head = readFileSync(join(ORIGINALS, file), 'latin1').slice(0, 2000);
  const saved = /saved from url=\(\d+\)(\S+?)\s*-->/.exec(head)?.[1];
  const path = saved ? new URL(saved).pathname : '/';
  return `/opp115/${file}${path}`;
}

export interface TestServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

export const seedFiles = () => readdirSync(SEEDS).sort();

/** A page a test or benchmark makes up, served at its own path, with any response headers (a strict CSP, say). */
export interface ExtraPage {
  body?: string | Buffer | (() => string | Buffer);
  type?: string;
  headers?: Record<string, string>;
  /** Answers the request itself instead: redirects, bodies that trickle or never end. */
  respond?: (req: IncomingMessage, res: ServerResponse) => void;
}

/** `extra` maps paths (`/robustness/huge.html`) to generated pages, served before the built-in routes. */
export async function startServer(extra: Record<string, ExtraPage> = {}): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const made = extra[path];
    if (made?.respond) return made.respond(req, res);
    if (made) {
      const body = (typeof made.body === 'function' ? made.body() : made.body) ?? '';
      const type = made.type ?? 'text/html; charset=utf-8';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...made.headers }).end(body);
      return;
    }
    const page = route(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function route(path: string): { type: string; body: string | Buffer } | null {
  const seed = /^\/seeds\/([\w.-]+)\/privacy-policy$/.exec(path);
  if (seed?.[1] && seedFiles().includes(seed[1]))
    return { type: 'text/html; charset=utf-8', body: renderSeed(seed[1]) };
  // Only the page's own address: its relative sub-resources (scripts, frames) resolve below it and must 404, or
  // every frame would load the page again, recursively.
  const original = /^\/opp115\/([\w.-]+\.html)\//.exec(path);
  if (original?.[1] && path === originalPath(original[1]))
    return { type: 'text/html', body: readFileSync(join(ORIGINALS, original[1])) };
  const fixture = /^\/fixtures\/([\w.-]+\.html)$/.exec(path);
  if (fixture?.[1]) return { type: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, fixture[1])) };
  return null;
}
