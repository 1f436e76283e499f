import { describe, expect, it, vi } from 'vitest';
import { type ContentRequests, dispatch, type Handlers, isMessage, message } from '../../src/protocol.ts';

type Ctx = { tab: number };

function handlers(over: Partial<Handlers<ContentRequests, Ctx>> = {}): Handlers<ContentRequests, Ctx> {
  return {
    getState: () => ({ status: 'idle' }),
    analyzeAnyway: async () => ({ status: 'analysing' }),
    setLabelVisible: () => undefined,
    reveal: ({ paragraph }) => paragraph === 3,
    fetchOwnPolicy: async ({ href }) => {
      throw new Error(`not fetched in a unit test: ${href}`);
    },
    disable: () => undefined,
    ...over,
  };
}

const TYPES = ['getState', 'analyzeAnyway', 'setLabelVisible', 'reveal', 'disable'] as const;

describe('message', () => {
  it.each([
    [message<ContentRequests, 'reveal'>('reveal', { paragraph: 3 }), { type: 'reveal', paragraph: 3 }],
    [message<ContentRequests, 'getState'>('getState', {}), { type: 'getState' }],
    [
      message<ContentRequests, 'setLabelVisible'>('setLabelVisible', {
        label: 'Data Retention',
        visible: false,
      }),
      { type: 'setLabelVisible', label: 'Data Retention', visible: false },
    ],
  ])('builds %j', (built, expected) => {
    expect(built).toEqual(expected);
    expect(structuredClone(built)).toEqual(expected);
  });
});

describe('isMessage', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'getState' }, true],
    [{ type: 'reveal', paragraph: 1 }, true],
    // false positives: anything else on the channel
    [{ type: 'analyze' }, false],
    [{ type: 'GETSTATE' }, false],
    [{ kind: 'getState' }, false],
    [{}, false],
    [null, false],
    [undefined, false],
    ['getState', false],
    [['getState'], false],
    [42, false],
  ])('%j → %s', (value, expected) => {
    expect(isMessage<ContentRequests>(value, TYPES)).toBe(expected);
  });
});

describe('dispatch', () => {
  it('hands the handler the payload without the type, and the context', async () => {
    const reveal = vi.fn(() => true);
    const reply = dispatch(handlers({ reveal }), { type: 'reveal', paragraph: 7 }, { tab: 5 });
    await expect(reply).resolves.toBe(true);
    expect(reveal).toHaveBeenCalledExactlyOnceWith({ paragraph: 7 }, { tab: 5 });
  });

  it.each([
    ['a sync reply', { type: 'reveal', paragraph: 3 }, true],
    ['a sync falsy reply', { type: 'reveal', paragraph: 4 }, false],
    ['an async reply', { type: 'analyzeAnyway' }, { status: 'analysing' }],
    ['a void reply', { type: 'disable' }, undefined],
  ])('resolves %s', async (_name, value, expected) => {
    await expect(dispatch(handlers(), value, { tab: 1 })).resolves.toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['an unknown type', { type: 'analyze', blocks: [] }],
    ['a message for an inherited property name', { type: 'toString' }],
    ['a string', 'getState'],
    ['null', null],
    ['no type', { paragraph: 3 }],
  ])('returns undefined (not ours) for %s, without calling any handler', (_name, value) => {
    const calls = vi.fn();
    const all = Object.fromEntries(TYPES.map((t) => [t, calls])) as unknown as Handlers<ContentRequests, Ctx>;
    expect(dispatch(all, value, { tab: 1 })).toBeUndefined();
    expect(calls).not.toHaveBeenCalled();
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('boom');
      },
    ],
    ['rejects', () => Promise.reject(new Error('boom'))],
  ])('rejects, rather than throwing, when the handler %s', async (_name, fail) => {
    let reply: Promise<unknown> | undefined;
    expect(() => {
      reply = dispatch(handlers({ getState: fail as never }), { type: 'getState' }, { tab: 1 });
    }).not.toThrow();
    await expect(reply).rejects.toThrow('boom');
  });
});
