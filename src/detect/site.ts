/**
 * Which site does an address belong to? The registrable domain — the public suffix and one label before it:
 * `www.example.co.uk` → `example.co.uk`, `policies.example.com` → `example.com`. The full Public Suffix List has
 * 9,000 rules and changes weekly; what this needs is the suffixes of more than one label that real sites sit under,
 * so those are listed here (country second levels and the shared hosting platforms whose subdomains are separate
 * sites). Any other suffix is taken to be the last label, which is right for every generic and most country TLDs.
 */

/** Public suffixes of two labels (none of three or more is common enough to list). */
const MULTI_LABEL_SUFFIXES = new Set(
  `co.uk org.uk ac.uk gov.uk ltd.uk plc.uk me.uk net.uk sch.uk nhs.uk
  com.au net.au org.au edu.au gov.au asn.au id.au co.nz net.nz org.nz govt.nz ac.nz
  co.jp ne.jp or.jp ac.jp go.jp gr.jp co.kr or.kr ac.kr go.kr
  com.cn net.cn org.cn gov.cn edu.cn com.hk org.hk com.tw org.tw com.sg edu.sg gov.sg com.my com.ph com.vn
  co.in net.in org.in gov.in ac.in co.id or.id ac.id co.th ac.th
  com.br net.br org.br gov.br com.mx org.mx gob.mx com.ar org.ar gob.ar com.co com.pe com.cl com.uy com.ve
  co.za org.za gov.za ac.za co.ke co.il org.il ac.il com.tr org.tr gov.tr com.eg com.sa com.pk com.ng
  gouv.fr asso.fr com.pl org.pl net.pl com.es org.es gob.es com.pt org.pt co.at or.at gv.at com.gr com.ua com.ru
  github.io gitlab.io herokuapp.com blogspot.com netlify.app vercel.app pages.dev web.app firebaseapp.com
  appspot.com azurewebsites.net cloudfront.net amazonaws.com wordpress.com wixsite.com squarespace.com
  myshopify.com webflow.io substack.com notion.site`.split(/\s+/),
);

const IP = /^(\d{1,3}(\.\d{1,3}){3}|\[[\da-f:.]+\])$/i;

/** `www.example.co.uk` → `example.co.uk`; an IP address or a single label (localhost) is its own site. */
export function registrableDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (IP.test(name)) return name;
  const labels = name.split('.');
  const lastTwo = labels.slice(-2).join('.');
  return MULTI_LABEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/** How an address relates to the page's: the same host, the same site (another subdomain), or another site. */
export function relation(href: string, pageUrl: string): 'same-host' | 'same-site' | 'other-site' {
  let target: URL;
  let page: URL;
  try {
    target = new URL(href);
    page = new URL(pageUrl);
  } catch {
    return 'other-site';
  }
  if (target.hostname === page.hostname) return 'same-host';
  return registrableDomain(target.hostname) === registrableDomain(page.hostname) ? 'same-site' : 'other-site';
}
