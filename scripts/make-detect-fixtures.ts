/**
 * Builds the real-page negatives of the detection set (test/fixtures/detect/negatives/) and SOURCES.md:
 *
 *   npx tsx scripts/make-detect-fixtures.ts
 *
 * - `debian-*.html`: HTML documentation shipped in Debian packages on this machine (/usr/share/doc), truncated.
 * - `npm-*.html`: READMEs of packages in node_modules, rendered with marked into an npmjs.com-like page (header
 *   navigation, sidebar, and the site footer with its "Privacy" and "Terms of Use" links — a real product page's shape).
 * - `written-*.html` (and positives/) are written by hand and only listed here; `written-modern-*` ones are today's
 *   layouts (brand-suffixed titles, marketing headers, legal hubs with tabs, privacy and help centres) and languages.
 *
 * Each generated page names its original address in a `saved from url` comment, the way a browser-saved page does, so
 * detection reads the address the page really has. Pages are cut after TEXT_LIMIT characters of text to keep the
 * fixtures small; detection samples no more than that anyway.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';

const OUT = 'test/fixtures/detect';
const NEGATIVES = join(OUT, 'negatives');
const TEXT_LIMIT = 12_000;
const DOC = '/usr/share/doc';

/** [path under /usr/share/doc, licence as the package's debian/copyright gives it]. */
const DEBIAN: [string, string][] = [
  ...[
    'policy',
    'permissions',
    'index',
    'synopsis',
    'corepack',
    'documentation',
    'embedding',
    'punycode',
    'querystring',
    'debugger',
    'intl',
    'tracing',
    'domain',
    'report',
    'os',
  ].map((name): [string, string] => [`nodejs/api/${name}.html`, 'MIT (Node.js)']),
  ...['FAQ', 'QuickStart', 'manual-intro', 'dist.readme', 'license.gpl', 'dist.authors'].map(
    (name): [string, string] => [`valgrind/html/${name}.html`, 'GPL-2+ / GFDL (Valgrind documentation)'],
  ),
  ...['Introduction', 'Using-libffi', 'Thread-Safety', 'Memory-Usage', 'Closure-Example'].map(
    (name): [string, string] => [`libffi8/html/${name}.html`, 'Expat (MIT)'],
  ),
  ['libxslt1-dev/gtk-doc/html/libxslt/general.html', 'MIT'],
  ['libjson-c5/README.html', 'Expat (MIT)'],
  ['base-passwd/users-and-groups.html', 'GPL-2'],
  ['time/time.html', 'GFDL-1.3+'],
  ['ninja-build/manual.html', 'Apache-2.0'],
  ['zlib1g-dev/examples/zlib_how.html', 'Zlib'],
  ['fontconfig/fontconfig-user.html', 'MIT-style (fontconfig)'],
  ['gcc-12-base/NEWS.html', 'GPL-3+'],
  ['xtrans-dev/xtrans.html', 'MIT/X11'],
  ['bzip2/manual.html', 'BSD-style (bzip2)'],
  ['libexpat1-dev/expat.html/reference.html', 'MIT'],
  ['libjs-underscore/index.html', 'Expat (MIT)'],
  ['python3/python-policy.html', 'GPL-2+'],
  ['bc/bc.html', 'GPL-2+'],
  ['shared-mime-info/shared-mime-info-spec.html/index.html', 'GPL-2+'],
];

/** npm packages installed in node_modules whose README becomes a page. */
const NPM = [
  'tough-cookie',
  'update-notifier',
  'configstore',
  'web-ext',
  'jsonwebtoken',
  'jose',
  '@mdn/browser-compat-data',
  'webextension-polyfill',
  'ws',
  'undici',
  'debug',
  'chalk',
  'semver',
  'preact',
  'zod',
  'yargs',
  'jsdom',
  'cheerio',
  'ajv',
  'picomatch',
  'lru-cache',
  'js-yaml',
  'fflate',
  'he',
  'decimal.js',
  'rollup',
  'keyv',
  'pino',
];

interface Source {
  file: string;
  origin: string;
  licence: string;
}

const savedFrom = (url: string) => `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n`;

/** Drops scripts, then everything after the first TEXT_LIMIT characters of text. */
function truncate(dom: JSDOM): void {
  const { document } = dom.window;
  for (const el of document.querySelectorAll('script, iframe')) el.remove();
  const walker = document.createTreeWalker(document.body, dom.window.NodeFilter.SHOW_TEXT);
  let length = 0;
  let node = walker.nextNode();
  while (node && length < TEXT_LIMIT) {
    length += node.textContent?.length ?? 0;
    node = walker.nextNode();
  }
  for (let cut: Node | null = node; cut && cut !== document.body; cut = cut.parentNode) {
    while (cut.nextSibling) cut.nextSibling.remove();
  }
}

function debianPage([path, licence]: [string, string]): Source {
  const url = `file://${DOC}/${path}`;
  const dom = new JSDOM(readFileSync(join(DOC, path)), { url });
  truncate(dom);
  const file = `debian-${path.split('/')[0]}-${path
    .split('/')
    .pop()
    ?.replace(/\.html$/, '')}.html`;
  writeFileSync(join(NEGATIVES, file), savedFrom(url) + dom.serialize());
  return { file, origin: `${DOC}/${path} (Debian package \`${path.split('/')[0]}\`)`, licence };
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function npmPage(name: string): Source {
  const dir = join('node_modules', name);
  const readme = readdirSync(dir).find((f) => /^readme\.md$/i.test(f));
  if (!readme) throw new Error(`${name}: no README`);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { license?: string; version?: string };
  const body = marked.parse(readFileSync(join(dir, readme), 'utf8'), { async: false });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)} - npm</title></head>
<body><header><nav><a href="/products">Products</a> <a href="/products/pro">Pricing</a>
<a href="https://docs.npmjs.com">Documentation</a> <form action="/search"><input name="q" placeholder="Search packages"></form>
<a href="/signup">Sign Up</a> <a href="/login">Sign In</a></nav></header>
<main><h1>${escapeHtml(name)}</h1><p>${escapeHtml(pkg.version ?? '')} • Public</p><article>${body}</article>
<aside><h3>Install</h3><p><code>npm i ${escapeHtml(name)}</code></p><h3>License</h3><p>${escapeHtml(pkg.license ?? '')}</p></aside></main>
<footer><h2>Support</h2><ul><li><a href="/support">Help</a></li><li><a href="https://github.com/advisories">Advisories</a></li>
<li><a href="https://status.npmjs.org/">Status</a></li><li><a href="/support">Contact npm</a></li></ul>
<h2>Company</h2><ul><li><a href="/about">About</a></li><li><a href="https://github.blog/tag/npm/">Blog</a></li><li><a href="/press">Press</a></li></ul>
<h2>Terms &amp; Policies</h2><ul><li><a href="https://docs.npmjs.com/policies/">Policies</a></li>
<li><a href="https://docs.npmjs.com/policies/terms">Terms of Use</a></li><li><a href="https://docs.npmjs.com/policies/conduct">Code of Conduct</a></li>
<li><a href="https://docs.github.com/site-policy/privacy-policies/github-general-privacy-statement">Privacy</a></li></ul></footer></body></html>`;
  const url = `https://www.npmjs.com/package/${name}`;
  const dom = new JSDOM(html, { url });
  truncate(dom);
  const file = `npm-${name.replace('@', '').replace('/', '-')}.html`;
  writeFileSync(join(NEGATIVES, file), savedFrom(url) + dom.serialize());
  return {
    file,
    origin: `README.md of the npm package \`${name}\` ${pkg.version ?? ''}, rendered with marked`,
    licence: pkg.license ?? '?',
  };
}

/** Hand-written fixtures, listed by their title. */
function written(dir: string): Source[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith('written-'))
    .sort()
    .map((file) => {
      const title = (/<title>([^<]*)<\/title>/i.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? file)
        .replaceAll('&amp;', '&')
        .replaceAll('|', '\\|');
      return { file, origin: `written for this project: “${title}”`, licence: 'MIT (this repository)' };
    });
}

const row = (s: Source) => `| \`${s.file}\` | ${s.origin} | ${s.licence} |`;

function main(): void {
  mkdirSync(NEGATIVES, { recursive: true });
  for (const f of readdirSync(NEGATIVES)) if (/^(debian|npm)-/.test(f)) rmSync(join(NEGATIVES, f));
  const generated = [...DEBIAN.map(debianPage), ...NPM.map(npmPage)];
  const table = (sources: Source[]) => ['| file | source | licence |', '|---|---|---|', ...sources.map(row)].join('\n');
  const md = `# Detection fixtures: sources and licences

Generated by \`npx tsx scripts/make-detect-fixtures.ts\` (which also writes the \`debian-*\` and \`npm-*\` pages). The
positives of the evaluation set are read in place and not copied: the 114 OPP-115 original pages in
\`../shared/datasets/opp115/original/\` (© 2016 Carnegie Mellon University, research use) and the five seeds in
\`../shared/corpus/seeds/\`.

Debian documentation is free software (each package's \`/usr/share/doc/<package>/copyright\`); npm READMEs come under
their package's licence. Generated pages keep their text up to ${TEXT_LIMIT.toLocaleString('en')} characters, scripts removed.
The \`written-*\` pages were written for this project; \`written-late-*\` ones after the detection rule was first frozen,
to check it on pages it had not seen (docs/detection.md); \`written-modern-*\` ones in today's layouts and in French,
German, Spanish, Italian, Dutch, Portuguese and Polish (issue #12).

## Negatives (test/fixtures/detect/negatives/)

${table([...generated, ...written(NEGATIVES)])}

## Hand-written positives (test/fixtures/detect/positives/)

${table(written(join(OUT, 'positives')))}
`;
  writeFileSync(join(OUT, 'SOURCES.md'), md);
  process.stdout.write(`${generated.length} pages generated in ${NEGATIVES}\n`);
}

main();
