import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { fetchRefusal } from '../src/fetch-rules.ts';
import { newSince } from '../src/policy-memory.ts';
import type { LinkedPolicyRef } from '../src/protocol.ts';
import { ExportSource } from './ExportLinks.tsx';
import { t } from './i18n.ts';
import { type LinkedReading, onPageOrigin, readLinkedPolicy } from './read-linked.ts';
import { Scorecard } from './Scorecard.tsx';

interface Props {
  tabId: number;
  link: LinkedPolicyRef;
}

type Phase =
  | { state: 'offer' }
  | { state: 'reading' }
  | { state: 'done'; reading: LinkedReading; fresh: number }
  | { state: 'failed'; message: string };

/** The tab's address, when the browser lets the popup see it (the reader's click on the button does). */
function usePageUrl(tabId: number): string {
  const [url, setUrl] = useState('');
  useEffect(() => {
    void browser.tabs.get(tabId).then(
      (tab) => setUrl(tab.url ?? ''),
      () => setUrl(''),
    );
  }, [tabId]);
  return url;
}

/** "Analyze this site's privacy policy": the policy linked from this page, read and scored without leaving it. */
export function LinkedPolicy({ tabId, link }: Props) {
  const [phase, setPhase] = useState<Phase>({ state: 'offer' });
  const pageUrl = usePageUrl(tabId);
  const target = new URL(link.href);
  const open = () => void browser.tabs.create({ url: phase.state === 'done' ? phase.reading.url : link.href });

  const analyse = async () => {
    try {
      const refusal = fetchRefusal(link.href, pageUrl);
      if (refusal) return setPhase({ state: 'failed', message: t('fetchRefused', refusal) });
      // Another site's policy needs access to that one site, asked for now, inside the reader's click.
      if (!onPageOrigin(link, pageUrl)) {
        const granted = await browser.permissions.request({ origins: [`${target.origin}/*`] });
        if (!granted) return setPhase({ state: 'failed', message: t('popupLinkedDenied', target.host) });
      }
      setPhase({ state: 'reading' });
      const reading = await readLinkedPolicy(tabId, link, pageUrl);
      const { previous } = reading;
      const fresh = previous?.href === reading.url ? newSince(previous, reading.report).length : 0;
      setPhase({ state: 'done', reading, fresh });
    } catch (error) {
      setPhase({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section class="linked">
      {phase.state === 'offer' && (
        <button type="button" class="primary" id="analyze-linked" onClick={analyse}>
          {t('popupAnalyzeLinked')}
        </button>
      )}
      <p class="linked-target">
        {link.text || target.pathname} · {target.host}
      </p>
      {phase.state === 'reading' && <p class="status">{t('popupReading')}</p>}
      {phase.state === 'failed' && <p class="status error">{phase.message}</p>}
      {phase.state !== 'offer' && phase.state !== 'reading' && (
        <button type="button" class="link" id="open-linked" onClick={open}>
          {t('popupOpenLinked')}
        </button>
      )}
      {phase.state === 'done' && (
        <>
          {phase.reading.unremembered && <p class="status">{phase.reading.unremembered}</p>}
          {phase.fresh > 0 && phase.reading.previous && (
            <p class="changed">
              {t('popupPolicyChanged', `${phase.fresh} · ${phase.reading.previous.analysedAt.slice(0, 10)}`)}
            </p>
          )}
          <ExportSource.Provider value={phase.reading.url}>
            <Scorecard report={phase.reading.report} hidden={[]} onToggle={() => undefined} onReveal={open} />
          </ExportSource.Provider>
        </>
      )}
    </section>
  );
}
