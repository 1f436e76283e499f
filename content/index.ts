/**
 * The content script. It arrives when the reader clicks the toolbar button (injected for that tab) or, with
 * automatic annotation on, on every page. Cheap detection first; only on a policy (or when the reader asks) does
 * it read the page, have the background worker run the engine, and draw. It looks again when the page changes
 * (late-rendered policies, in-page navigation). Idempotent: a second injection finds the first and stops; and
 * everything it adds goes away when the extension is disabled, reloaded or told to stop.
 */
import browser from 'webextension-polyfill';
import { type Detection, detectPolicy } from '../src/detect/is-policy.ts';
import { type ContentRequests, type ContentState, dispatch, type Handlers } from '../src/protocol.ts';
import { fromWire } from '../src/report-wire.ts';
import { DEFAULT_SETTINGS, type Settings, siteDisabled } from '../src/settings.ts';
import { Annotation } from './annotate.ts';
import { loadSettings, recall } from './extension-state.ts';
import { extractBlocksSliced, hiddenByMarkup, yieldToPage } from './extract-blocks.ts';
import { GUARD } from './guard.ts';
import { englishVersionOf } from './language-links.ts';
import { fetchOwnPolicy, policyLinkOf } from './linked-policy.ts';
import { contextAlive, sendToBackground } from './messaging.ts';
import { compareWithLastVisit, underlineNew } from './new-paragraphs.ts';
import { readSignals } from './page-signals.ts';
import { type PageChange, watchChanges } from './watch-changes.ts';

/** Hidden to the reader, except inside closed <details>: collapsed policy sections are still the policy. */
function isHidden(el: Element): boolean {
  if (hiddenByMarkup(el)) return true;
  if (typeof el.checkVisibility !== 'function') return false;
  // closest() walks every ancestor: ask it only of the few elements that are hidden.
  return !el.checkVisibility() && !el.closest('details');
}

class ContentScript {
  private state: ContentState = { status: 'idle' };
  private annotation: Annotation | null = null;
  private settings: Settings = DEFAULT_SETTINGS;
  /** The text last analysed: a change elsewhere in the page (ads, clocks) does not mean re-analysis. */
  private analysedText = '';
  /** The reader asked for this page ("Analyze anyway"): keep it analysed whatever detection says. */
  private forced = false;
  private styled = false;
  private removeUnderline: () => void = () => undefined;
  private busy: Promise<ContentState> | null = null;
  private readonly controller = new AbortController();
  private readonly listener = (msg: unknown) => dispatch(this.handlers, msg, undefined);

  private readonly handlers: Handlers<ContentRequests, undefined> = {
    getState: () => this.view(),
    analyzeAnyway: () => {
      this.forced = true;
      return this.analyse(this.detection());
    },
    setLabelVisible: ({ label, visible }) => {
      this.annotation?.setVisible(label, visible);
      return undefined;
    },
    reveal: ({ paragraph }) => this.annotation?.reveal(paragraph) ?? false,
    fetchOwnPolicy: ({ href }) => fetchOwnPolicy(href),
    disable: () => {
      this.stop();
      return undefined;
    },
  };

  async start(): Promise<void> {
    browser.runtime.onMessage.addListener(this.listener);
    this.settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
    if (siteDisabled(this.settings, location.hostname)) {
      this.state = { status: 'site-off' };
      return;
    }
    await this.look();
    watchChanges(document, (change) => void this.onChange(change), this.controller.signal);
  }

  private detection(): Detection {
    return detectPolicy(readSignals(document));
  }

  private view(): ContentState {
    if (this.state.status !== 'ready' || !this.annotation) return this.state;
    return { ...this.state, hidden: [...this.annotation.hidden] };
  }

  /** Cheap detection, then analysis only for a policy. */
  private async look(): Promise<void> {
    const detection = this.detection();
    if (detection.isPolicy || this.forced) await this.analyse(detection);
    else {
      this.state = { status: 'not-policy', detection, policyLink: policyLinkOf(document) };
      await this.showRememberedGrade();
    }
  }

  /** On a site whose policy the reader had analysed, its grade goes on the badge of every page. */
  private async showRememberedGrade(): Promise<void> {
    const grade = (await recall().catch(() => undefined))?.grade;
    if (grade) await sendToBackground('showGrade', { grade, analysed: true }).catch(() => undefined);
  }

  private async onChange({ navigated }: PageChange): Promise<void> {
    if (this.busy) await this.busy;
    if (navigated) {
      this.forced = false;
      this.clearAnnotation();
      this.analysedText = '';
    }
    if (this.state.status === 'ready') await this.analyse(this.state.detection);
    else if (this.state.status !== 'site-off') await this.look();
  }

  private analyse(detection: Detection): Promise<ContentState> {
    this.busy ??= this.run(detection).finally(() => {
      this.busy = null;
    });
    return this.busy;
  }

  private async run(detection: Detection): Promise<ContentState> {
    try {
      const root = document.body ?? document.documentElement;
      const page = await extractBlocksSliced(root, { isHidden, signal: this.controller.signal });
      if (!page) return this.state;
      const text = page.blocks.map((b) => b.text).join('\n');
      if (text === this.analysedText && this.state.status === 'ready') return this.view();
      if (this.state.status !== 'ready') this.state = { status: 'analysing' };
      const wire = await sendToBackground('analyze', { blocks: page.blocks });
      // The reply was parsed in the task that delivered it; restoring it (text, scores) gets a task of its own.
      await yieldToPage();
      const report = fromWire(wire, page.blocks);
      if (this.controller.signal.aborted) return this.state;
      this.analysedText = text;
      if (!report.language.supported) {
        this.clearAnnotation();
        const englishVersion = englishVersionOf(document);
        this.state = { status: 'unsupported-language', detection, language: report.language.code, englishVersion };
        return this.state;
      }
      const next = new Annotation(document, page, report);
      await next.prepare(this.controller.signal);
      if (this.controller.signal.aborted) return this.state;
      this.draw(next);
      const changes = await compareWithLastVisit(report).catch(() => null);
      this.removeUnderline();
      this.removeUnderline = underlineNew(document, page, report, changes?.paragraphs ?? []);
      this.state = { status: 'ready', detection, report, hidden: [], changes };
      await sendToBackground('showGrade', { grade: report.scorecard.grade, analysed: true });
    } catch (error) {
      this.state = { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    return this.view();
  }

  /** Swaps in a new annotation in one task, so the page never shows a frame without highlights. */
  private draw(next: Annotation): void {
    const hidden = this.annotation ? [...this.annotation.hidden] : this.settings.hiddenLabels;
    next.hidden.clear();
    for (const label of hidden) next.hidden.add(label);
    const first = !this.annotation;
    this.annotation?.clear();
    next.draw();
    this.annotation = next;
    if (first) this.watchExtension();
    if (!this.styled) {
      this.styled = true;
      void sendToBackground('styleHighlights', {}).catch(() => undefined);
    }
  }

  private clearAnnotation(): void {
    this.removeUnderline();
    this.annotation?.clear();
    this.annotation = null;
  }

  /**
   * Learns when the extension is disabled, reloaded or updated under this page (its port drops and the context is
   * gone), so the highlights go with it. Opened only once there is something to remove: plain pages never wake
   * the background worker. The port also drops when the browser stops an idle worker; then it is opened again at
   * the reader's next sign of life on the page, which also catches a reload that happened meanwhile, without
   * waking the worker again and again while nobody is there.
   */
  private watchExtension(): void {
    const port = browser.runtime.connect({ name: 'policy-lens-content' });
    port.onDisconnect.addListener(() => {
      // Chromium drops the port a moment before it invalidates the context: look once the unload has settled.
      setTimeout(() => {
        if (!contextAlive()) this.stop();
        else if (!this.controller.signal.aborted)
          onReaderActivity(() => this.recheckExtension(), this.controller.signal);
      }, 100);
    });
  }

  private recheckExtension(): void {
    if (!contextAlive()) this.stop();
    else if (this.annotation) this.watchExtension();
  }

  /** Removes everything this script added to the page and stops listening. */
  stop(): void {
    this.controller.abort();
    this.clearAnnotation();
    this.state = { status: 'idle' };
    try {
      if (this.styled) void sendToBackground('unstyleHighlights', {}).catch(() => undefined);
      browser.runtime.onMessage.removeListener(this.listener);
    } catch {
      // The extension context is already gone; its listeners and styles went with it.
    }
    delete (globalThis as Record<symbol, unknown>)[GUARD];
  }
}

/** Calls `then` once, at the reader's next pointer move, scroll, key or return to the tab. */
function onReaderActivity(then: () => void, signal: AbortSignal): void {
  const once = new AbortController();
  const fire = () => {
    once.abort();
    then();
  };
  const options = { capture: true, passive: true, signal: AbortSignal.any([signal, once.signal]) };
  for (const type of ['pointermove', 'scroll', 'keydown', 'visibilitychange'])
    document.addEventListener(type, fire, options);
}

const scope = globalThis as Record<symbol, unknown>;
if (!scope[GUARD]) {
  const script = new ContentScript();
  scope[GUARD] = script;
  void script.start();
}
