/**
 * The links a page in another language offers to its English version: its declared alternates
 * (`<link rel="alternate" hreflang>`), links marked with a language, and a language switcher's short entries.
 * Read only when the page is a policy the model cannot read, so the popup can offer the English one.
 */
import { type EnglishVersion, findEnglishVersion, type LanguageLink } from '../src/detect/english-version.ts';
import type { LinkedPolicyRef } from '../src/protocol.ts';

const MAX_LINKS = 3000;
/** Longer than this, a link's text is a sentence, not a switcher's entry. */
const SWITCHER_CHARS = 30;

export function englishVersionOf(doc: Document): LinkedPolicyRef | null {
  const links: LanguageLink[] = [];
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel~="alternate"][hreflang]'))
    links.push({ href: link.href, text: '', lang: link.hreflang, alternate: true });
  for (const a of [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')].slice(0, MAX_LINKS)) {
    const lang = a.hreflang || a.lang;
    const text = a.textContent ?? '';
    if (lang || text.trim().length <= SWITCHER_CHARS) links.push({ href: a.href, text, lang, alternate: false });
  }
  const found: EnglishVersion | null = findEnglishVersion(links, doc.location?.href ?? '');
  return found && { ...found, sameOrigin: new URL(found.href).origin === doc.location?.origin };
}
