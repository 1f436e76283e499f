import { describe, expect, it } from 'vitest';
import { fetchRefusal, type HostKind, hostKind } from '../../src/fetch-rules.ts';

describe('hostKind', () => {
  it.each<[string, HostKind]>([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['localhost', 'loopback'],
    ['evil.localhost', 'loopback'],
    ['[::1]', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['[fd12:3456::1]', 'private'],
    ['169.254.169.254', 'link-local'],
    ['[fe80::1]', 'link-local'],
    ['printer.local', 'local-name'],
    ['router.home.arpa', 'local-name'],
    ['wiki.corp', 'local-name'],
    ['intranet', 'local-name'],
    ['0.0.0.0', 'special'],
    ['224.0.0.1', 'special'],
    ['shop.test', 'special'],
    // False-positive rows: public hosts that look a little like the above.
    ['example.com', 'public'],
    ['local.com', 'public'],
    ['localhost.com', 'public'],
    ['172.32.0.1', 'public'],
    ['11.0.0.1', 'public'],
    ['192.169.0.1', 'public'],
    ['[2a00:1450::1]', 'public'],
    ['policies.google.com', 'public'],
  ])('%s is %s', (host, kind) => {
    expect(hostKind(host)).toBe(kind);
  });
});

describe('fetchRefusal', () => {
  it.each<[string, string, boolean]>([
    ['https://policies.example.org/privacy', 'https://shop.example.com/', true],
    ['http://policies.example.org/privacy', 'https://shop.example.com/', true],
    // The page's address unknown: judged as if it were public.
    ['https://policies.example.org/privacy', '', true],
    ['http://127.0.0.1:8080/privacy', 'https://shop.example.com/', false],
    // Other spellings of loopback that the URL parser turns into 127.0.0.1.
    ['http://2130706433/privacy', 'https://shop.example.com/', false],
    ['http://0x7f.1/privacy', 'https://shop.example.com/', false],
    ['http://192.168.0.1/privacy', 'https://shop.example.com/', false],
    ['http://169.254.169.254/latest/meta-data', 'https://shop.example.com/', false],
    ['http://printer.local/privacy', 'https://shop.example.com/', false],
    ['http://127.0.0.1:8080/privacy', '', false],
    // A page on such a host may fetch from one of the same kind, and only that kind.
    ['http://127.0.0.1:8080/privacy', 'http://127.0.0.1:3000/', true],
    ['http://evil.localhost:8080/privacy', 'http://127.0.0.1:3000/', true],
    ['http://192.168.0.1/privacy', 'http://127.0.0.1:3000/', false],
    ['http://10.0.0.2/privacy', 'http://10.0.0.1/', true],
    ['ftp://example.org/privacy', 'https://shop.example.com/', false],
    ['javascript:alert(1)', 'https://shop.example.com/', false],
    ['https://user:secret@example.org/privacy', 'https://shop.example.com/', false],
    ['not a url', 'https://shop.example.com/', false],
  ])('%s from %s: allowed %s', (href, page, allowed) => {
    expect(fetchRefusal(href, page) === null).toBe(allowed);
  });
});
