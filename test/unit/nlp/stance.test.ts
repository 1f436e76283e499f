import { describe, expect, it } from 'vitest';
import { DISCLOSE, HONOUR, SELL, TRAIN } from '../../../src/nlp/practices.ts';
import { type Practice, stanceOf, stanceUnder } from '../../../src/nlp/stance.ts';

/** What a sentence says, as the table states it: a stance, or the aside that makes it no statement. */
const read = (sentence: string, practice: Practice = SELL) => {
  const r = stanceOf(sentence, practice);
  return r?.stance ?? r?.aside ?? null;
};

describe('selling: statements of the company’s own practice', () => {
  it.each([
    // plain and coordinated denials
    ['We do not sell your personal information.', 'does_not'],
    ['We do not sell, rent or trade your personal information.', 'does_not'],
    ['We do not collect, use, disclose or sell data about your location.', 'does_not'],
    ['We never sell your data.', 'does_not'],
    ['We will never sell nor rent any information about our users.', 'does_not'],
    ['We have never, and will never, sell your data.', 'does_not'],
    ['We do not and will not sell your data.', 'does_not'],
    // pronoun and passive objects, quantifiers
    ["We don't sell it to anyone.", 'does_not'],
    ['We do not sell anything.', 'does_not'],
    ['Any information we hold about you will never be sold.', 'does_not'],
    ['Your contact details will never, ever be shared, sold or given away.', 'does_not'],
    ['None of your data gets sold.', 'does_not'],
    ['No personal information that we collect is sold to third parties.', 'does_not'],
    ['Under no circumstances will your data be sold.', 'does_not'],
    ['At no time do we sell customer lists.', 'does_not'],
    ['There will be no sale of your data.', 'does_not'],
    // intent, policy, business model
    ['We do not intend to sell your personal information.', 'does_not'],
    ['We have no plans to sell your personal data.', 'does_not'],
    ['It is not our practice to sell your information.', 'does_not'],
    ['We are not in the business of selling personal information.', 'does_not'],
    ['We do not engage in the sale of personal information.', 'does_not'],
    ['Never selling your information to advertisers.', 'does_not'],
    // a name as subject, a parenthesis, tense
    ['Acme Corp does not sell your personal data.', 'does_not'],
    ['Acme does not now, nor will it in the future, sell your contact list.', 'does_not'],
    ['In the past 12 months we have not sold personal information.', 'does_not'],
    // carve-outs and affirmations
    ['We do not sell your personal information without your consent.', 'does_not_except'],
    ['We do not sell your data, except to our affiliates.', 'does_not_except'],
    ['We sell your personal information to data brokers.', 'does'],
    ['We have sold identifiers to advertising companies in the past year.', 'does'],
    ['We may sell your email address to partners.', 'may'],
    ['We reserve the right to sell your information.', 'may'],
    ['Your data may be sold to marketing partners.', 'may'],
  ])('%j → %s', (sentence, expected) => {
    expect(read(sentence)).toBe(expected);
  });
});

describe('selling: sentences that state nothing about the company’s own practice (false positives)', () => {
  it.each([
    // rights described to the reader, and links
    ['You have the right to opt out of the sale of your personal information.', 'right'],
    ['You may request that we not sell your personal information.', 'right'],
    ['You can direct us not to sell your data at any time.', 'right'],
    ['To opt out of the sale of your information, use the form below.', 'right'],
    ['Do Not Sell My Personal Information', 'link'],
    // an opt-out of the company's own sales says it sells
    ['You may opt out of such sales at any time.', 'optOut'],
    ['If you opt out, we will stop selling your personal information.', 'optOut'],
    // definitions
    ['"Sell" means renting, releasing or disclosing personal information for money.', 'definition'],
    ['By sale, we mean any exchange of personal data for money.', 'definition'],
    ['The term "sale" includes disclosures for valuable consideration.', 'definition'],
    // conditions and hypotheticals
    ['If we ever sell your data, we will tell you first.', 'condition'],
    ['In the event that we sell personal information, you will be notified.', 'condition'],
    ['If, at any time, we sell your data, we will ask for consent.', 'condition'],
    // someone else's practice or duty
    ['We do not permit our service providers to sell the information we share with them.', 'other'],
    ['Our partners are not authorized to sell your personal data.', 'other'],
    ['Advertisers may sell the information they collect.', 'other'],
    ['We require third parties not to sell your data.', 'other'],
    ['The CCPA prohibits businesses from selling personal information of minors.', 'other'],
    ['We ensure that our vendors are under a contractual obligation not to sell your data.', 'other'],
    // knowledge, minors
    ['We do not have actual knowledge that we sell the personal information of consumers under 16.', 'knowledge'],
    ['We do not knowingly sell the personal information of children.', 'knowledge'],
    ['We do not sell the personal information of consumers under 16 years of age.', 'minors'],
    // the reader's own practice
    ['You may not resell access to the service.', 'user'],
    ['Do not sell your account to anyone.', 'user'],
    // goods, the business, titles, names, data that identifies no one
    ['We sell subscriptions and gift cards.', 'notThis'],
    ['We collect information about the products we sell.', 'notThis'],
    ['When you buy or sell a home through us, we collect your address.', 'user'],
    ['You can buy or sell crypto through the app.', 'user'],
    ['We help members buy or sell their homes.', 'user'],
    ['We buy and sell used cars.', 'notThis'],
    ['Our sales team may contact you about an upgrade.', 'mention'],
    ['Sale of Personal Information', 'mention'],
    ['Visit the Federal Trade Commission website for more information.', 'mention'],
    ['We may sell aggregated, de-identified data to research partners.', 'notPersonal'],
    ['Will we sell your data?', 'question'],
    ['Information collected through the SMS program will not be sold to third parties.', 'scoped'],
    ['the third parties to which the information was sold', 'mention'],
  ])('%j → %s', (sentence, expected) => {
    expect(read(sentence)).toBe(expected);
  });

  it('says nothing of selling the company itself (its own question)', () => {
    expect(stanceOf('If we sell our business, your data may be transferred to the buyer.', SELL)?.stance).toBeNull();
    expect(stanceOf('We may sell or transfer your information in the event of a merger.', SELL)).toBeNull();
    expect(stanceOf('In a sale of all or part of our assets, your data may be transferred.', SELL)).toBeNull();
  });

  it.each([
    ['We share identifiers with advertising partners, which may be considered a "sale" under California law.', true],
    ['We do not "sell" personal information as that term is defined under the CCPA.', true],
    ['We do not sell your personal information.', false],
  ])('%j is named by its legal term: %s', (sentence, legal) => {
    expect(stanceOf(sentence, SELL)?.legal).toBe(legal);
  });
});

describe('other practices read the same way', () => {
  it.each<[string, Practice, string | null]>([
    ['We do not share your personal information with third parties.', DISCLOSE, 'does_not'],
    ['We may share non-personally identifiable information publicly.', DISCLOSE, 'notPersonal'],
    ['We may share personally identifiable or non-personally identifiable information with partners.', DISCLOSE, 'may'],
    ['We will not disclose your information to anyone.', DISCLOSE, 'does_not'],
    ['Your information may be shared with us by our partners.', DISCLOSE, 'other'],
    ['You may share your password with a parent, but do not share it with others.', DISCLOSE, 'user'],
    ['We do not use your content to train our AI models.', TRAIN, 'does_not'],
    ['Your conversations are not used to train our models unless you opt in.', TRAIN, 'does_not_except'],
    ['We may use your posts to train and improve our machine learning models.', TRAIN, 'may'],
    ['Our vendors are prohibited from using your data to train their models.', TRAIN, 'other'],
    ['We honor Global Privacy Control signals.', HONOUR, 'does'],
    ['We do not currently respond to GPC signals.', HONOUR, 'does_not'],
    // the object decides whose signal it is: no reading of GPC in a sentence about Do Not Track
    ['We do not respond to browser DNT signals.', HONOUR, null],
  ])('%j → %s', (sentence, practice, expected) => {
    expect(read(sentence, practice)).toBe(expected);
  });
});

describe('stanceUnder: list items under their lead-in', () => {
  it.each<[string, string, string | null]>([
    ['We will never:', 'Sell any kind of personal information.', 'does_not'],
    ['Acme does not:', '— sell your data to third parties.', 'does_not'],
    ['We are committed to:', 'Never selling your information.', 'does_not'],
    ['We may share your data with:', 'Partners who sell it to advertisers.', 'other'],
    // a lead-in of rights: the items describe what the reader may ask
    ['You have the right to know:', 'The categories of personal information we sold about you.', 'right'],
    // an item with its own clause keeps its own reading
    ['We will never:', 'We may sell aggregated statistics.', 'notPersonal'],
  ])('%j + %j → %s', (leadIn, item, expected) => {
    const r = stanceUnder(item, leadIn, SELL);
    expect(r?.stance ?? r?.aside ?? null).toBe(expected);
  });

  it('reads an item that does the practice under a denial listing its exceptions as one of those exceptions', () => {
    const lead = 'We do not share your personal information outside Acme except in the following cases:';
    expect(stanceUnder('We share it with service providers who process it for us.', lead, DISCLOSE)?.stance).toBe(
      'does_not_except',
    );
  });
});
