import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Label } from '../src/classify/labels.ts';
import type { ContentState } from '../src/protocol.ts';
import { ForeignPolicy } from './ForeignPolicy.tsx';
import { t } from './i18n.ts';
import { LinkedPolicy } from './LinkedPolicy.tsx';
import { ensureContentScript, sendToTab, targetTab } from './messaging.ts';
import { Scorecard } from './Scorecard.tsx';

type View = ContentState | { status: 'unreachable' } | { status: 'loading' };

const POLL_MS = 250;

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [view, setView] = useState<View>({ status: 'loading' });

  const refresh = useCallback(async (tab: number) => {
    try {
      setView(await sendToTab(tab, 'getState', {}));
    } catch {
      setView({ status: 'unreachable' });
    }
  }, []);

  useEffect(() => {
    void targetTab(location.search).then(async (tab) => {
      setTabId(tab);
      if (tab === undefined) return setView({ status: 'unreachable' });
      try {
        await ensureContentScript(tab);
      } catch {
        return setView({ status: 'unreachable' });
      }
      await refresh(tab);
    });
  }, [refresh]);

  // The content script may still be reading the page: ask again until it has an answer.
  useEffect(() => {
    if (tabId === undefined || (view.status !== 'analysing' && view.status !== 'idle')) return;
    const timer = setTimeout(() => void refresh(tabId), POLL_MS);
    return () => clearTimeout(timer);
  }, [tabId, view, refresh]);

  const analyse = async () => {
    if (tabId === undefined) return;
    setView({ status: 'analysing' });
    setView(await sendToTab(tabId, 'analyzeAnyway', {}).catch(() => ({ status: 'unreachable' }) as const));
  };
  const toggle = (label: Label, visible: boolean) => {
    if (tabId === undefined || view.status !== 'ready') return;
    setView({ ...view, hidden: visible ? view.hidden.filter((l) => l !== label) : [...view.hidden, label] });
    void sendToTab(tabId, 'setLabelVisible', { label, visible });
  };
  const reveal = (paragraph: number) => {
    if (tabId !== undefined) void sendToTab(tabId, 'reveal', { paragraph });
  };
  const turnOff = async () => {
    if (tabId === undefined) return;
    await sendToTab(tabId, 'disable', {});
    setView({ status: 'idle' });
    window.close();
  };

  return (
    <main class="popup" data-status={view.status}>
      <header class="top">
        <h1>Policy Lens</h1>
        {view.status === 'ready' && (
          <button type="button" class="link" onClick={turnOff}>
            {t('popupTurnOff')}
          </button>
        )}
      </header>
      {(view.status === 'loading' || view.status === 'analysing' || view.status === 'idle') && (
        <p class="status">{t('popupReading')}</p>
      )}
      {view.status === 'unreachable' && <p class="status">{t('popupCannotRead')}</p>}
      {view.status === 'error' && <p class="status error">{t('popupError', view.message)}</p>}
      {view.status === 'unsupported-language' && tabId !== undefined && <ForeignPolicy tabId={tabId} view={view} />}
      {(view.status === 'not-policy' || view.status === 'site-off') && (
        <div class="not-policy">
          <p class="status">{t(view.status === 'site-off' ? 'popupSiteOff' : 'popupNotPolicy')}</p>
          {view.status === 'not-policy' && <p class="reasons">{view.detection.reasons.join(' · ')}</p>}
          {view.status === 'not-policy' && view.policyLink && tabId !== undefined && (
            <LinkedPolicy tabId={tabId} link={view.policyLink} />
          )}
          <button
            type="button"
            id="analyze-anyway"
            class={view.status === 'not-policy' && view.policyLink ? 'secondary' : 'primary'}
            onClick={analyse}
          >
            {t('popupAnalyzeAnyway')}
          </button>
        </div>
      )}
      {view.status === 'ready' && view.changes && (
        <p class="changed">
          {t('popupPolicyChanged', `${view.changes.paragraphs.length} · ${view.changes.since.slice(0, 10)}`)}
        </p>
      )}
      {view.status === 'ready' && (
        <Scorecard report={view.report} hidden={view.hidden} onToggle={toggle} onReveal={reveal} />
      )}
    </main>
  );
}
