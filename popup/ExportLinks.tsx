/** "Export: Markdown · JSON": download links for the report, made from Blobs in the popup itself. */
import { createContext, Fragment } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Report } from '../src/types.ts';
import { exportFiles } from './export.ts';
import { t } from './i18n.ts';
import { targetTab } from './messaging.ts';

/** Where the report's policy came from, when it is not the tab's page (a linked policy: its own address). */
export const ExportSource = createContext('');

/** The page's address, when the browser lets the popup see it (toolbar click: yes; popup opened as a page: no). */
function usePageUrl(): string {
  const [url, setUrl] = useState('');
  useEffect(() => {
    void targetTab(location.search)
      .then((id) => (id === undefined ? undefined : browser.tabs.get(id)))
      .then((tab) => setUrl(tab?.url ?? ''))
      .catch(() => setUrl(''));
  }, []);
  return url;
}

export function ExportLinks({ report }: { report: Report }) {
  const pageUrl = usePageUrl();
  const source = useContext(ExportSource) || pageUrl || t('popupExportUnknownSource');
  const links = useMemo(() => {
    const date = new Date().toISOString();
    return exportFiles(report, source, date).map((f) => ({
      ...f,
      href: URL.createObjectURL(new Blob([f.text], { type: f.type })),
    }));
  }, [report, source]);
  // Each new report makes new URLs; the old ones would otherwise stay alive as long as the popup.
  useEffect(
    () => () => {
      for (const l of links) URL.revokeObjectURL(l.href);
    },
    [links],
  );
  return (
    <p class="export">
      {t('popupExport')}{' '}
      {links.map((l, i) => (
        <Fragment key={l.name}>
          {i > 0 && ' · '}
          <a href={l.href} download={l.name} data-format={l.type}>
            {l.name.endsWith('.md') ? 'Markdown' : 'JSON'}
          </a>
        </Fragment>
      ))}
    </p>
  );
}
