import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { recall, rememberSite } from '../background/site-memory.ts';
import { newSince, remember } from '../src/policy-memory.ts';
import type { LinkedPolicyRef } from '../src/protocol.ts';
import type { Report } from '../src/types.ts';
import { t } from './i18n.ts';
import { sendToTab } from './messaging.ts';
import { Scorecard } from './Scorecard.tsx';

interface Props {
  tabId: number;
  link: LinkedPolicyRef;
}

type Phase =
  | { state: 'offer' }
  | { state: 'reading' }
  | { state: 'done'; report: Report; fresh: number; since: string | null }
  | { state: 'failed'; message: string };

/** "Analyze this site's privacy policy": the policy linked from this page, read and scored without leaving it. */
export function LinkedPolicy({ tabId, link }: Props) {
  const [phase, setPhase] = useState<Phase>({ state: 'offer' });
  const target = new URL(link.href);
  const open = () => void browser.tabs.create({ url: link.href });

  const analyse = async () => {
    try {
      // Another site's policy needs access to that one site, asked for now, inside the reader's click.
      if (!link.sameOrigin) {
        const granted = await browser.permissions.request({ origins: [`${target.origin}/*`] });
        if (!granted) return setPhase({ state: 'failed', message: t('popupLinkedDenied', target.host) });
      }
      setPhase({ state: 'reading' });
      const { report } = await sendToTab(tabId, 'analyzePolicyAt', { href: link.href });
      const previous = await recall(target.hostname);
      const fresh = previous?.href === link.href ? newSince(previous, report).length : 0;
      await rememberSite(target.hostname, remember(link.href, report, new Date()));
      setPhase({ state: 'done', report, fresh, since: previous?.analysedAt ?? null });
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
      {phase.state === 'done' && (
        <>
          {phase.fresh > 0 && phase.since && (
            <p class="changed">{t('popupPolicyChanged', `${phase.fresh} · ${phase.since.slice(0, 10)}`)}</p>
          )}
          <button type="button" class="link" id="open-linked" onClick={open}>
            {t('popupOpenLinked')}
          </button>
          <Scorecard report={phase.report} hidden={[]} onToggle={() => undefined} onReveal={open} />
        </>
      )}
    </section>
  );
}
