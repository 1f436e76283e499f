/**
 * The pipeline's plumbing: segmentation, language gate, classification, flags and scoring wired together, offsets
 * preserved. The model is a keyword fake implementing the Classifier interface, on purpose: this tests what the
 * pipeline does with whatever a model says, not how good the model is (the real model has its own evaluation).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Classifier, ClassifierInput, Prediction } from '../../src/classify/classifier.ts';
import { defaultClassifier } from '../../src/classify/default-classifier.ts';
import { LABELS, type Label } from '../../src/classify/labels.ts';
import { analyze, ENGINE_VERSION, JudgementCache } from '../../src/pipeline.ts';
import { markdownToBlocks } from '../../src/segment/markdown-blocks.ts';
import { PIECE_SEPARATOR } from '../../src/segment/paragraphs.ts';
import { textToBlocks } from '../../src/segment/text-blocks.ts';
import type { Block, Report } from '../../src/types.ts';

const RULES: [RegExp, Label, number][] = [
  [/\bshar/i, 'Third Party Sharing/Collection', 0.9],
  [/\bsell\b|\bsold\b/i, 'Third Party Sharing/Collection', 0.7],
  [/\bcollect/i, 'First Party Collection/Use', 0.8],
  [/\bretain|\bkeep\b/i, 'Data Retention', 0.85],
  [/\bads?\b|advertis/i, 'Advertising', 0.75],
  [/\bopt[- ]out/i, 'User Choice/Control', 0.6],
  [/\bcookies?\b/i, 'First Party Collection/Use', 0.95],
  [/do[- ]not[- ]track|\bDNT\b/i, 'Do Not Track', 0.9],
  [/\bupdate your account|\bdelete your/i, 'User Access, Edit and Deletion', 0.8],
  [/\bencrypt/i, 'Data Security', 0.8],
];

/** Scores each label by keyword; remembers what it was asked. */
class FakeClassifier implements Classifier {
  readonly id = 'fake-keywords 0';
  readonly seen: ClassifierInput[] = [];
  predict(input: ClassifierInput): Prediction {
    this.seen.push(input);
    const scores = Object.fromEntries(LABELS.map((l) => [l, 0.01])) as Record<Label, number>;
    for (const [re, label, score] of RULES) if (re.test(input.text)) scores[label] = Math.max(scores[label], score);
    return { scores, labels: LABELS.filter((l) => scores[l] >= 0.5) };
  }
}

const run = (blocks: Block[]) => {
  const classifier = new FakeClassifier();
  return { report: analyze(blocks, { classifier }), classifier };
};

const b = (text: string, kind: Block['kind'] = 'paragraph', headings: string[] = ['Privacy Policy']): Block => ({
  text,
  kind,
  headings,
});

const POLICY: Block[] = [
  b('Privacy Policy', 'heading', []),
  b('  We collect your   email address\nwhen you sign up.  '),
  b('Sharing', 'heading'),
  b('We share data with partners who show you ads.', 'paragraph', ['Privacy Policy', 'Sharing']),
  b('advertisers', 'list-item', ['Privacy Policy', 'Sharing']),
  b('analytics providers', 'list-item', ['Privacy Policy', 'Sharing']),
  b('We never sell your personal information to anyone.', 'paragraph', ['Privacy Policy', 'Sharing']),
  b('We retain your data for 30 days and then we delete it.', 'paragraph', ['Privacy Policy', 'Retention']),
  b('You can opt out of cookies in your browser settings at any time.', 'paragraph', ['Privacy Policy', 'Retention']),
  b('Accept all cookies', 'paragraph', []),
  b('© 2026 Example Inc. All rights reserved.', 'paragraph', []),
];

describe('analyze', () => {
  const { report, classifier } = run(POLICY);

  it('names the engine and the model', () => {
    expect(report.engine).toBe(ENGINE_VERSION);
    expect(report.model).toBe('fake-keywords 0');
    expect(report.language).toEqual({ code: 'en', supported: true });
  });

  it('numbers paragraphs by their position (the popup looks them up by id)', () => {
    expect(report.paragraphs.map((p) => p.id)).toEqual(report.paragraphs.map((_, i) => i));
  });

  it('keeps offsets into the blocks as given: each paragraph is its pieces of block text', () => {
    expect(report.paragraphs.length).toBe(8);
    for (const p of report.paragraphs) {
      expect(p.pieces.map((x) => POLICY[x.block]?.text.slice(x.start, x.end)).join(PIECE_SEPARATOR)).toBe(p.text);
      for (const s of p.sentences) expect(0 <= s.start && s.start < s.end && s.end <= p.text.length).toBe(true);
    }
    expect(report.paragraphs[0]).toMatchObject({
      text: 'We collect your   email address\nwhen you sign up.',
      cleanText: 'We collect your email address when you sign up.',
      pieces: [{ block: 1, start: 2, end: 51 }],
      heading: 'Privacy Policy',
    });
    expect(report.paragraphs[2]).toMatchObject({
      text: 'advertisers\nanalytics providers',
      pieces: [{ block: 4 }, { block: 5 }],
    });
  });

  it('gives the model normalised text and the nearest heading', () => {
    expect(classifier.seen[0]).toEqual({
      text: 'We collect your email address when you sign up.',
      heading: 'Privacy Policy',
    });
    expect(classifier.seen[1]).toEqual({
      text: 'We share data with partners who show you ads.',
      heading: 'Sharing',
    });
    expect(classifier.seen).toHaveLength(report.paragraphs.length);
  });

  it('orders categories by score and keeps advertising out of them', () => {
    const sharing = report.paragraphs[1];
    expect(sharing?.categories).toEqual(['Third Party Sharing/Collection']);
    expect(sharing?.advertising).toBe(true);
    const optOut = report.paragraphs.find((p) => p.text.startsWith('You can opt out'));
    expect(optOut?.categories).toEqual(['First Party Collection/Use', 'User Choice/Control']);
  });

  it.each([
    ['Accept all cookies'],
    ['© 2026 Example Inc. All rights reserved.'],
  ])('labels non-policy text %j with no categories and no advertising, whatever the model says', (text) => {
    const p = report.paragraphs.find((x) => x.text === text);
    expect(p?.policyText).toBe(false);
    expect(p?.categories).toEqual([]);
    expect(p?.advertising).toBe(false);
  });

  it('counts every label of every policy paragraph, and nothing else', () => {
    expect(Object.keys(report.counts).sort()).toEqual([...LABELS].sort());
    const expected = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
    for (const p of report.paragraphs.filter((x) => x.policyText)) {
      for (const c of p.categories) expected[c]++;
      if (p.advertising) expected.Advertising++;
    }
    expect(report.counts).toEqual(expected);
    expect(report.counts['First Party Collection/Use']).toBe(2);
    expect(report.counts.Advertising).toBe(2); // "…show you ads." and the "advertisers" list
  });

  it('raises flags and scores from the paragraphs', () => {
    const never = report.paragraphs.find((p) => p.text.startsWith('We never sell'));
    expect(never?.flags.sells).toBe('does_not');
    const retained = report.paragraphs.find((p) => p.text.startsWith('We retain'));
    expect(retained?.flags).toMatchObject({ retention: 'stated' });
    const sells = report.scorecard.items.find((i) => i.key === 'sells');
    expect(sells).toMatchObject({ answer: 'no', evidence: [never?.id] });
  });
});

/** Judges a paragraph about sharing as retention too when the paragraph before it was about retention. */
class DocumentFake extends FakeClassifier {
  documents = 0;
  lastDocument: string[] = [];
  predictDocument(inputs: readonly ClassifierInput[]): Prediction[] {
    this.documents++;
    this.lastDocument = inputs.map((input) => input.text);
    const alone = inputs.map((input) => this.predict(input));
    return alone.map((prediction, i) => {
      const before = alone[i - 1];
      if (!before?.labels.includes('Data Retention') || !prediction.labels.includes('Third Party Sharing/Collection'))
        return prediction;
      const scores = { ...prediction.scores, 'Data Retention': 0.6 };
      return { scores, labels: [...prediction.labels, 'Data Retention'] };
    });
  }
}

describe('analyze with a classifier that judges whole documents', () => {
  const blocks = [
    b('We retain your data for 30 days.'),
    b('We share data with partners.'),
    b('We collect your email address.'),
  ];

  it('hands it every paragraph in reading order and uses its judgements', () => {
    const classifier = new DocumentFake();
    const report = analyze(blocks, { classifier });
    expect(classifier.documents).toBe(1);
    expect(classifier.seen.map((input) => input.text)).toEqual(blocks.map((block) => block.text));
    expect(report.paragraphs[1]?.categories).toEqual(['Third Party Sharing/Collection', 'Data Retention']);
    expect(report.paragraphs[1]?.scores['Data Retention']).toBe(0.6);
  });

  it("leaves the page's navigation out of the document, and judges it on its own", () => {
    const classifier = new DocumentFake();
    const menu = [b('Home'), b('Pricing'), b('Sign in')];
    const report = analyze([...menu, ...blocks], { classifier });
    expect(classifier.lastDocument).toEqual(blocks.map((block) => block.text));
    expect(report.paragraphs.map((p) => p.policyText)).toEqual([false, false, false, true, true, true]);
    expect(report.paragraphs[4]?.categories).toEqual(['Third Party Sharing/Collection', 'Data Retention']);
  });

  it('with a cache, follows a neighbour that changed instead of serving the old judgement', () => {
    const classifier = new DocumentFake();
    const cache = new JudgementCache();
    analyze(blocks, { classifier, cache });
    const edited = [b('We explain your choices here.'), ...blocks.slice(1)];
    const report = analyze(edited, { classifier, cache });
    expect(report.paragraphs[1]?.categories).toEqual(['Third Party Sharing/Collection']);
    expect(report.paragraphs[1]?.scores['Data Retention']).toBe(0.01);
    expect(analyze(blocks, { classifier, cache }).paragraphs[1]?.categories).toContain('Data Retention');
  });
});

/** Names as evidence the sentence of the paragraph that holds the keyword, as the linear model does. */
class EvidenceFake extends FakeClassifier {
  override predict(input: ClassifierInput): Prediction {
    const prediction = super.predict(input);
    const evidence: Prediction['evidence'] = {};
    for (const [re, label] of RULES) {
      const at = input.text.search(re);
      if (at < 0 || !prediction.labels.includes(label)) continue;
      const start = input.text.lastIndexOf('. ', at);
      evidence[label] = [start < 0 ? 0 : start + 2, input.text.indexOf('.', at) + 1];
    }
    return { ...prediction, evidence };
  }
}

describe('key sentences', () => {
  const analyse = (...texts: string[]) =>
    analyze(
      texts.map((t) => b(t)),
      { classifier: new EvidenceFake() },
    );
  const keyText = (p: Report['paragraphs'][number] | undefined, label: Label) => {
    const sentence = p?.sentences[p.keySentences?.[label] ?? -1];
    return sentence ? p.text.slice(sentence.start, sentence.end).trim() : null;
  };

  it("points each label at its sentence in the paragraph's own text", () => {
    const [p] = analyse('Welcome to our policy. We collect your email. We share it with partners.').paragraphs;
    expect(keyText(p, 'First Party Collection/Use')).toBe('We collect your email.');
    expect(keyText(p, 'Third Party Sharing/Collection')).toBe('We share it with partners.');
  });

  it('finds it through collapsed whitespace and repaired mojibake, which shift the offsets the model saw', () => {
    const text =
      'Welcome  to\n our policy. It\u00e2\u20ac\u2122s   short. We   share it with \u00e2\u20ac\u0153partners\u00e2\u20ac.';
    const [p] = analyse(text).paragraphs;
    expect(p?.cleanText).toContain('It’s short.');
    expect(keyText(p, 'Third Party Sharing/Collection')).toBe(
      'We   share it with \u00e2\u20ac\u0153partners\u00e2\u20ac.',
    );
  });

  it('names none in a one-sentence paragraph, or in text that is not the policy', () => {
    const [one, menu] = analyse(
      'We share it with partners.',
      '© 2026 Example Inc. All rights reserved. Share this page.',
    ).paragraphs;
    expect(one?.keySentences).toEqual({});
    expect(menu?.policyText).toBe(false);
    expect(menu?.keySentences).toBeUndefined();
  });
});

describe('analyze on other input', () => {
  const GERMAN = [
    'Wir verarbeiten Ihre personenbezogenen Daten nur, soweit dies zur Bereitstellung unserer Website erforderlich ist.',
    'Eine Weitergabe Ihrer Daten an Dritte findet nicht statt, es sei denn, wir sind gesetzlich dazu verpflichtet.',
    'Sie haben jederzeit das Recht auf Auskunft, Berichtigung und Löschung Ihrer gespeicherten Daten bei uns.',
  ].map((t) => b(t, 'paragraph', ['Datenschutzerklärung']));

  it('refuses a non-English policy: unsupported language, no paragraphs, nothing counted, no grade', () => {
    const { report, classifier } = run(GERMAN);
    expect(report.language).toEqual({ code: 'de', supported: false });
    expect(report.paragraphs).toEqual([]);
    expect(Object.values(report.counts).every((n) => n === 0)).toBe(true);
    expect(report.scorecard.grade).toBeNull();
    expect(classifier.seen).toEqual([]);
  });

  it('handles no blocks at all', () => {
    const { report } = run([]);
    expect(report.paragraphs).toEqual([]);
    expect(report.scorecard.grade).toBeNull();
    expect(report.language.supported).toBe(true);
  });

  it('reads repaired text but keeps offsets on the original (mojibake)', () => {
    const text = 'We donâ€™t share your data with advertisers.';
    const blocks = [b(text)];
    const { report, classifier } = run(blocks);
    const p = report.paragraphs[0];
    expect(p?.text).toBe('We donâ€™t share your data with advertisers.');
    expect(p?.cleanText).toBe('We don’t share your data with advertisers.');
    expect(classifier.seen[0]?.text).toBe('We don’t share your data with advertisers.');
    expect(p?.pieces).toEqual([{ block: 0, start: 0, end: text.length }]);
  });

  it('produces a report that survives structured cloning (it crosses the message channel)', () => {
    const { report } = run(POLICY);
    expect(structuredClone(report) as Report).toEqual(report);
  });
});

describe('the Do Not Track question, from sentence to answer', () => {
  // The fake model only says "this is about Do Not Track"; whether it is honoured comes from the engine's flags.
  it.each([
    ['We do not respond to Do Not Track signals.', 'no'],
    ['Our website does not currently honor "Do Not Track" requests.', 'no'],
    ['We do not recognize or respond to browser-initiated DNT signals.', 'no'],
    ['Example does not act on Do Not Track requests from your browser.', 'no'],
    ["We don't support Do Not Track at this time.", 'no'],
    // false positives: honouring it, or only explaining it
    ['We honor Do Not Track signals and do not track users who enable them.', 'yes'],
    ['When your browser sends a Do Not Track signal, we stop collecting analytics about you.', 'yes'],
  ])('%j → %s', (sentence, answer) => {
    const { report } = run([b('Privacy Policy', 'heading', []), b(sentence)]);
    expect(report.paragraphs[0]?.categories).toContain('Do Not Track');
    expect(report.scorecard.items.find((i) => i.key === 'dnt')?.answer).toBe(answer);
  });
});

describe('category questions, from sentence to answer', () => {
  // A paragraph that grants a right or describes a safeguard, and denies some other practice in passing, still
  // grants the right: the denial must not turn the answer into its opposite.
  it.each([
    [
      'You can opt out of marketing emails at any time; we will not send you further offers after that.',
      'choice',
      'yes',
    ],
    [
      'You can review and update your account information at any time. We do not keep old versions of it.',
      'access',
      'yes',
    ],
    ['We use encryption to protect your data, and we do not store card numbers on our servers.', 'security', 'yes'],
    // false positives: plain statements
    ['You can opt out of interest-based advertising in your settings.', 'choice', 'yes'],
    ['We encrypt your data in transit and at rest.', 'security', 'yes'],
  ])('%j → %s: %s', (sentence, key, answer) => {
    const { report } = run([b('Privacy Policy', 'heading', []), b(sentence)]);
    expect(report.scorecard.items.find((i) => i.key === key)?.answer).toBe(answer);
  });
});

describe('analyze with the shipped model on the real seeds (smoke test of the whole engine)', () => {
  const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
  const read = (name: string) => readFileSync(path.join(SEEDS, name), 'utf8');
  const blocksOf = (name: string) => (name.endsWith('.md') ? markdownToBlocks(read(name)) : textToBlocks(read(name)));

  it.each([
    ['bigml-2012.md'],
    ['clarifai-2016.md'],
    ['template-platform.md'],
    ['datarobot-scraped.txt'],
    ['wandb.txt'],
  ])('%s: English, graded, offsets and counts consistent', (name) => {
    const blocks = blocksOf(name);
    const report = analyze(blocks, { classifier: defaultClassifier });
    expect(report.language.supported).toBe(true);
    expect(report.paragraphs.length).toBeGreaterThan(10);
    expect(report.scorecard.grade).not.toBeNull();
    const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
    for (const p of report.paragraphs) {
      expect(p.pieces.map((x) => blocks[x.block]?.text.slice(x.start, x.end)).join(PIECE_SEPARATOR)).toBe(p.text);
      if (!p.policyText) expect(p.categories).toEqual([]);
      for (const c of p.categories) counts[c]++;
      if (p.advertising) counts.Advertising++;
    }
    expect(report.counts).toEqual(counts);
    for (const item of report.scorecard.items) {
      for (const id of item.evidence) expect(report.paragraphs[id]?.policyText).toBe(true);
    }
  });

  it('wandb.txt: "does not respond to Do Not Track" answers the DNT question with no', () => {
    const report = analyze(blocksOf('wandb.txt'), { classifier: defaultClassifier });
    const dnt = report.scorecard.items.find((i) => i.key === 'dnt');
    expect(dnt?.answer).toBe('no');
    expect(dnt?.evidence.map((id) => report.paragraphs[id]?.text)).toContain(
      'Weights and Biases does not respond to "Do Not Track" settings or other related mechanisms at this time.',
    );
  });
});
