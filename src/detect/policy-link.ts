/**
 * Which link on a page leads to the site's own privacy policy? Pure: the content script hands in the page's links.
 * Footer and header links named "Privacy", "Privacy Policy", "Datenschutz", "Politique de confidentialité", or
 * marked rel="privacy-policy", outrank a "privacy" somewhere in running text; settings pages, help articles and
 * cookie policies lose. The site's own host wins over its other subdomains (registrable domain, site.ts), and those
 * over other sites; another site's policy is offered only from the page's own footer or header (a group's shared
 * policy), never from a consent banner, a social login, an embed or running text, and never a platform's — that is
 * Google's or Meta's policy, not this site's. (The page cannot reach into embeds' frames, so they offer nothing.)
 */
import { namesPolicy } from './policy-name.ts';
import { registrableDomain, relation } from './site.ts';

export interface PageLink {
  href: string;
  text: string;
  rel: string;
  /** The link sits in the page's footer or header (where sites put their legal links). */
  inChrome: boolean;
  /** The link sits in a consent banner, a dialog or a sign-in widget: another site's link there speaks for that
   *  site's service, not this one. */
  inWidget?: boolean;
}

const MENTION = /\bprivacy\b|\bdatenschutz|confidentialit|privacidad|privacidade/i;
const NOT_POLICY =
  /settings|preferences|choices|opt[- ]?out|do not sell|manage|dashboard|help|faq|support|cookie\s*settings|einstellungen|paramètres|gérer/i;
/** A cookie policy is a policy, but not the one a reader asking for "the site's privacy policy" means. */
const COOKIES_ONLY = /cookie/i;
const PRIVACY = /privacy|datenschutz|confidentialit|privacidad|privée|données|riservatezza/i;
const SITE_BONUS = { 'same-host': 3, 'same-site': 2, 'other-site': 0 } as const;
/**
 * Platforms and consent services whose policies sites link to about their own products (reCAPTCHA's "Google
 * Privacy Policy applies", "Log in with Facebook", a consent platform's notice): never a site's own policy.
 */
const PLATFORMS = new Set(
  `google.com facebook.com meta.com instagram.com apple.com microsoft.com twitter.com x.com linkedin.com youtube.com
  tiktok.com amazon.com paypal.com stripe.com cloudflare.com onetrust.com cookiebot.com didomi.io usercentrics.com
  trustarc.com europa.eu`.split(/\s+/),
);

/** Another site's link may be the site's policy (a group's shared one) only from the page's own footer or header. */
function foreignAllowed(link: PageLink): boolean {
  if (!link.inChrome || link.inWidget) return false;
  try {
    return !PLATFORMS.has(registrableDomain(new URL(link.href).hostname));
  } catch {
    return false;
  }
}

/** Scores one link on the page at `pageUrl`; 0 means "not this site's policy link". */
export function scorePolicyLink(link: PageLink, pageUrl: string): number {
  if (!/^https?:/i.test(link.href)) return 0;
  const site = relation(link.href, pageUrl);
  if (site === 'other-site' && !foreignAllowed(link)) return 0;
  if (/\bprivacy-policy\b/i.test(link.rel)) return 10 + SITE_BONUS[site];
  const text = link.text.replace(/\s+/g, ' ').trim();
  let score = 0;
  if (namesPolicy(text)) score = COOKIES_ONLY.test(text) && !PRIVACY.test(text) ? 4 : 6;
  else if (MENTION.test(text) && text.length < 60) score = 3;
  else if (/privacy|datenschutz|data-protection|confidentialit/i.test(new URL(link.href).pathname)) score = 2;
  if (!score) return 0;
  if (NOT_POLICY.test(text)) score -= 2;
  if (link.inChrome) score += 2;
  return Math.max(0, score + SITE_BONUS[site]);
}

/** The best policy link of a page other than the page itself, or null. */
export function findPolicyLink(links: readonly PageLink[], pageUrl: string): PageLink | null {
  const here = pageUrl.split('#')[0];
  let best: PageLink | null = null;
  let bestScore = 0;
  for (const link of links) {
    if (link.href.split('#')[0] === here) continue;
    const score = scorePolicyLink(link, pageUrl);
    if (score > bestScore) {
      best = link;
      bestScore = score;
    }
  }
  return best;
}
