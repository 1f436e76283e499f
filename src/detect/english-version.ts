/**
 * Where is the English version of a page in another language? Pure: the content script hands in the page's
 * alternates and links. Best evidence first: `<link rel="alternate" hreflang="en">` (what sites declare for search
 * engines), then a link marked `hreflang="en"` or `lang="en"`, then a language switcher's entry named "English",
 * "EN", "Englisch", "Anglais"… The page itself is never its own English version.
 */
export interface LanguageLink {
  href: string;
  text: string;
  /** `hreflang` of a <link> or <a>, or `lang` of an <a>; '' when none. */
  lang: string;
  /** A <link rel="alternate"> in the head rather than an <a> on the page. */
  alternate: boolean;
}

export interface EnglishVersion {
  href: string;
  text: string;
}

const ENGLISH_TAG = /^en(-|_|$)/i;
/** What a language switcher calls English, in English and the languages detection names. */
const ENGLISH_NAME = /^(english|en|eng|englisch|anglais|inglés|ingles|inglese|engels|inglês)(\s*\(.{1,20}\))?$/i;
/** Among several English alternates, plain "en" first, then US and British English, then any other. */
const PREFERRED = ['en', 'en-us', 'en-gb'];

function score(link: LanguageLink): number {
  const tag = link.lang.trim();
  const text = link.text.replace(/\s+/g, ' ').trim();
  if (link.alternate) {
    const rank = PREFERRED.indexOf(tag.toLowerCase());
    return ENGLISH_TAG.test(tag) ? 30 - (rank === -1 ? PREFERRED.length : rank) : 0;
  }
  if (ENGLISH_TAG.test(tag)) return 20;
  return ENGLISH_NAME.test(text) ? 10 : 0;
}

/** The English version's address and a label for it, or null; e.g. `hreflang="en-gb" href="/en/privacy"`. */
export function findEnglishVersion(links: readonly LanguageLink[], pageUrl: string): EnglishVersion | null {
  const here = pageUrl.split('#')[0];
  let best: LanguageLink | null = null;
  let bestScore = 0;
  for (const link of links) {
    if (!/^https?:/i.test(link.href) || link.href.split('#')[0] === here) continue;
    const s = score(link);
    if (s > bestScore) {
      best = link;
      bestScore = s;
    }
  }
  if (!best) return null;
  const text = best.text.replace(/\s+/g, ' ').trim();
  return { href: best.href, text: text || 'English' };
}
