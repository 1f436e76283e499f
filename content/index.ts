/**
 * The content script. Cheap detection first; only on a policy (or when the reader asks) does it read the page, have
 * the background worker run the engine, and draw. Idempotent (a second injection finds the first and stops), and
 * everything it adds goes away when the extension is disabled, reloaded or told to stop.
 */
import browser from 'webextension-polyfill';
import { type Detection, detectPolicy } from '../src/detect/is-policy.ts';
import { type ContentRequests, type ContentState, dispatch, type Handlers } from '../src/protocol.ts';
import { Annotation } from './annotate.ts';
import { extractBlocks, hiddenByMarkup } from './extract-blocks.ts';
import { contextAlive, sendToBackground } from './messaging.ts';
import { readSignals } from './page-signals.ts';

const GUARD = Symbol.for('policy-lens.content');

/** Hidden to the reader, except inside closed <details>: collapsed policy sections are still the policy. */
function isHidden(el: Element): boolean {
  if (hiddenByMarkup(el)) return true;
  if (typeof el.checkVisibility !== 'function' || el.closest('details')) return false;
  return !el.checkVisibility();
}

class ContentScript {
  private state: ContentState = { status: 'idle' };
  private annotation: Annotation | null = null;
  private readonly controller = new AbortController();
  private readonly listener = (msg: unknown) => dispatch(this.handlers, msg, undefined);

  private readonly handlers: Handlers<ContentRequests, undefined> = {
    getState: () => this.view(),
    analyzeAnyway: () => this.analyse(this.detection()),
    setLabelVisible: ({ label, visible }) => {
      this.annotation?.setVisible(label, visible);
      return undefined;
    },
    reveal: ({ paragraph }) => this.annotation?.reveal(paragraph) ?? false,
    disable: () => {
      this.stop();
      return undefined;
    },
  };

  start(): void {
    browser.runtime.onMessage.addListener(this.listener);
    const detection = this.detection();
    if (detection.isPolicy) void this.analyse(detection);
    else this.state = { status: 'not-policy', detection };
  }

  private detection(): Detection {
    return detectPolicy(readSignals(document));
  }

  private view(): ContentState {
    if (this.state.status !== 'ready' || !this.annotation) return this.state;
    return { ...this.state, hidden: [...this.annotation.hidden] };
  }

  private async analyse(detection: Detection): Promise<ContentState> {
    if (this.state.status === 'analysing' || this.state.status === 'ready') return this.view();
    this.state = { status: 'analysing' };
    try {
      const page = extractBlocks(document.body ?? document.documentElement, { isHidden });
      const report = await sendToBackground('analyze', { blocks: page.blocks });
      if (this.controller.signal.aborted) return this.state;
      if (!report.language.supported) {
        this.state = { status: 'unsupported-language', detection, language: report.language.code };
        return this.state;
      }
      this.annotation = new Annotation(document, page, report);
      this.annotation.draw();
      this.watchExtension();
      this.state = { status: 'ready', detection, report, hidden: [...this.annotation.hidden] };
      await sendToBackground('showGrade', { grade: report.scorecard.grade, analysed: true });
    } catch (error) {
      this.state = { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    return this.view();
  }

  /**
   * Learns when the extension is disabled, reloaded or updated under this page (its port drops and the context is
   * gone), so the highlights go with it. Opened only once there is something to remove: plain pages never wake
   * the background worker.
   */
  private watchExtension(): void {
    const port = browser.runtime.connect({ name: 'policy-lens-content' });
    port.onDisconnect.addListener(() => {
      if (!contextAlive()) this.stop();
    });
  }

  /** Removes everything this script added to the page and stops listening. */
  stop(): void {
    this.controller.abort();
    this.annotation?.clear();
    this.annotation = null;
    this.state = { status: 'idle' };
    try {
      browser.runtime.onMessage.removeListener(this.listener);
    } catch {
      // The extension context is already gone; its listeners went with it.
    }
    delete (globalThis as Record<symbol, unknown>)[GUARD];
  }
}

const scope = globalThis as Record<symbol, unknown>;
if (!scope[GUARD]) {
  const script = new ContentScript();
  scope[GUARD] = script;
  script.start();
}
