/** The sites the reader let Policy Lens fetch a policy from, each with a button to give the access back. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ALL_SITES } from '../background/content-script.ts';
import { t } from '../popup/i18n.ts';

/** Per-site grants only: all-sites access belongs to automatic annotation and has its own checkbox. */
async function siteGrants(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => !ALL_SITES.includes(o));
}

const hostOf = (origin: string) => origin.replace(/^\w+:\/\//, '').replace(/\/\*$/, '');

export function GrantsSection() {
  const [grants, setGrants] = useState<string[]>([]);
  useEffect(() => {
    const refresh = () => void siteGrants().then(setGrants);
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  const revoke = async (origin: string) => {
    await browser.permissions.remove({ origins: [origin] });
    setGrants(await siteGrants());
  };
  return (
    <section>
      <h2>{t('optionsGrants')}</h2>
      <p class="help">{t('optionsGrantsHelp')}</p>
      {grants.length === 0 && <p class="help">{t('optionsGrantsNone')}</p>}
      <ul class="sites" id="grants">
        {grants.map((origin) => (
          <li key={origin}>
            <span>{hostOf(origin)}</span>
            <button type="button" onClick={() => void revoke(origin)}>
              {t('optionsRevoke')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
