/**
 * Where "Analyze this site's privacy policy" may fetch from. A page chooses the link, so the page must not be able
 * to point the fetch at the reader's own network: only public http(s) addresses, judged by the literal address and
 * by the name (no DNS answer is available to an extension), unless the page itself is on the same kind of host
 * (a policy linked from an intranet page may live on the intranet; the tests serve from loopback).
 */

export type HostKind = 'public' | 'loopback' | 'private' | 'link-local' | 'local-name' | 'special';

/** [first address, prefix length, kind] of the special-purpose IPv4 blocks (IANA registry). */
const V4_BLOCKS: [string, number, HostKind][] = [
  ['0.0.0.0', 8, 'special'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'private'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'special'],
  ['192.0.2.0', 24, 'special'],
  ['192.88.99.0', 24, 'special'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'special'],
  ['198.51.100.0', 24, 'special'],
  ['203.0.113.0', 24, 'special'],
  ['224.0.0.0', 4, 'special'],
  ['240.0.0.0', 4, 'special'],
];

/** Names that never lead to the public internet: loopback names, mDNS, and names reserved for private use. */
const NAME_KINDS: [RegExp, HostKind][] = [
  [/(^|\.)localhost$/, 'loopback'],
  [/\.(local|lan|home|internal|intranet|corp|private|home\.arpa)$/, 'local-name'],
  [/\.(test|example|invalid|onion|alt)$|^(example|test|invalid)$/, 'special'],
  [/^[^.]+$/, 'local-name'],
];

const v4 = (text: string) => text.split('.').reduce((n, part) => n * 256 + Number(part), 0);

function kindOfV4(address: string): HostKind {
  const n = v4(address);
  for (const [first, bits, kind] of V4_BLOCKS) {
    const size = 2 ** (32 - bits);
    if (n >= v4(first) && n < v4(first) + size) return kind;
  }
  return 'public';
}

function kindOfV6(address: string): HostKind {
  const a = address.toLowerCase();
  if (a === '::1') return 'loopback';
  if (a === '::') return 'special';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a)?.[1];
  if (mapped) return kindOfV4(mapped);
  // URL serialises an IPv4-mapped address in hex (::ffff:7f00:1): read it back as IPv4.
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
  if (hex) {
    const [hi, lo] = [Number.parseInt(hex[1] ?? '0', 16), Number.parseInt(hex[2] ?? '0', 16)];
    return kindOfV4([hi >> 8, hi & 255, lo >> 8, lo & 255].join('.'));
  }
  if (/^f[cd]/.test(a)) return 'private';
  if (/^fe[89ab]/.test(a)) return 'link-local';
  if (/^(ff|2001:db8|2001:0?:|64:ff9b)/.test(a)) return 'special';
  return 'public';
}

/** What kind of host a URL's hostname is: "192.168.1.1" → private, "printer.local" → local-name. */
export function hostKind(hostname: string): HostKind {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) return kindOfV6(host.slice(1, -1));
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return kindOfV4(host);
  for (const [pattern, kind] of NAME_KINDS) if (pattern.test(host)) return kind;
  return 'public';
}

/**
 * Why `href` may not be fetched for a page at `pageUrl` (empty when the page's address is unknown), or null if it
 * may. `fetchRefusal('http://192.168.1.1/privacy', 'https://shop.example/')` → "a private address".
 */
export function fetchRefusal(href: string, pageUrl: string): string | null {
  if (!URL.canParse(href)) return 'not a web address';
  const url = new URL(href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not a web page';
  if (url.username || url.password) return 'an address with credentials in it';
  const kind = hostKind(url.hostname);
  if (kind === 'public') return null;
  const page = URL.canParse(pageUrl) ? hostKind(new URL(pageUrl).hostname) : 'public';
  return kind === page ? null : `${url.hostname} is ${DESCRIBED[kind]}, and this page is not`;
}

const DESCRIBED: Record<HostKind, string> = {
  public: 'a public address',
  loopback: 'on this computer',
  private: 'on a private network',
  'link-local': 'a link-local address',
  'local-name': 'a local network name',
  special: 'a reserved address',
};
