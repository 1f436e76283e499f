/**
 * Companies that policies name as receiving or collecting data, with what they do. Maintained by hand: add a
 * row when a policy names a tracker or processor the scorecard missed. `exact` rows are matched case-sensitively
 * because their names are also common words ("Segment", "Square", "Heap").
 */
export interface KnownParty {
  name: string;
  kind:
    | 'analytics'
    | 'advertising'
    | 'platform'
    | 'social'
    | 'payments'
    | 'hosting'
    | 'crm'
    | 'email'
    | 'support'
    | 'monitoring';
  pattern: RegExp;
}

const row = (name: string, kind: KnownParty['kind'], source: string, exact = false): KnownParty => ({
  name,
  kind,
  pattern: new RegExp(`\\b(?:${source})\\b`, exact ? '' : 'i'),
});

/** More specific names first: "Google Analytics" is found before the "Google" that would swallow it. */
export const KNOWN_PARTIES: readonly KnownParty[] = [
  row('Google Analytics', 'analytics', 'Google Analytics|GA4|Universal Analytics'),
  row('Google Ads', 'advertising', 'Google Ad(?:s|Words|Sense|Manager)|AdSense|AdWords'),
  row('DoubleClick', 'advertising', 'DoubleClick'),
  row('Google Tag Manager', 'analytics', 'Google Tag Manager'),
  row('Firebase', 'analytics', 'Firebase|Crashlytics'),
  row('Google Cloud', 'hosting', 'Google Cloud(?: Platform)?|GCP'),
  row('reCAPTCHA', 'monitoring', 'reCAPTCHA'),
  row('YouTube', 'social', 'YouTube'),
  row('Google', 'platform', 'Google', true),
  row('Facebook Pixel', 'advertising', 'Facebook Pixel|Meta Pixel|Facebook (?:Custom Audiences|Conversion)'),
  row('Facebook', 'social', 'Facebook|Meta Platforms'),
  row('Instagram', 'social', 'Instagram'),
  row('Twitter', 'social', 'Twitter'),
  row('LinkedIn', 'social', 'LinkedIn'),
  row('Pinterest', 'social', 'Pinterest'),
  row('TikTok', 'social', 'TikTok'),
  row('Stripe', 'payments', 'Stripe', true),
  row('PayPal', 'payments', 'PayPal|Braintree'),
  row('Square', 'payments', 'Square, Inc|Square Inc|Square \\(', true),
  row('Plaid', 'payments', 'Plaid', true),
  row('Mixpanel', 'analytics', 'Mixpanel'),
  row('Amplitude', 'analytics', 'Amplitude', true),
  row('Segment', 'analytics', 'Segment\\.(?:io|com)|Twilio Segment|(?<=[,(] |such as |including |use )Segment', true),
  row('Heap', 'analytics', 'Heap Analytics|Heap, Inc|(?<=[,(] |such as |including )Heap', true),
  row('Hotjar', 'analytics', 'Hotjar'),
  row('FullStory', 'analytics', 'FullStory'),
  row('Kissmetrics', 'analytics', 'KISSmetrics|Kiss Metrics'),
  row('Optimizely', 'analytics', 'Optimizely'),
  row('Crazy Egg', 'analytics', 'Crazy ?Egg'),
  row('Chartbeat', 'analytics', 'Chartbeat'),
  row('comScore', 'analytics', 'comScore'),
  row('Quantcast', 'advertising', 'Quantcast'),
  row('Nielsen', 'analytics', 'Nielsen', true),
  row('Adobe Analytics', 'analytics', 'Adobe Analytics|Omniture|SiteCatalyst'),
  row('Matomo', 'analytics', 'Matomo|Piwik'),
  row('Microsoft Clarity', 'analytics', 'Microsoft Clarity'),
  row('Criteo', 'advertising', 'Criteo'),
  row('AppNexus', 'advertising', 'AppNexus|Xandr'),
  row('AdRoll', 'advertising', 'AdRoll'),
  row('Taboola', 'advertising', 'Taboola'),
  row('Outbrain', 'advertising', 'Outbrain'),
  row('Bing Ads', 'advertising', 'Bing Ads|Microsoft Advertising'),
  row('AppsFlyer', 'analytics', 'AppsFlyer'),
  row('Branch', 'analytics', 'Branch Metrics|Branch\\.io'),
  row('Amazon Web Services', 'hosting', 'Amazon Web Services|AWS'),
  row('Microsoft Azure', 'hosting', '(?:Microsoft )?Azure'),
  row('Cloudflare', 'hosting', 'Cloudflare'),
  row('Akamai', 'hosting', 'Akamai'),
  row('Heroku', 'hosting', 'Heroku'),
  row('Salesforce', 'crm', 'Salesforce|Pardot'),
  row('HubSpot', 'crm', 'HubSpot'),
  row('Marketo', 'crm', 'Marketo'),
  row('Mailchimp', 'email', 'MailChimp|Mandrill'),
  row('SendGrid', 'email', 'SendGrid'),
  row('Klaviyo', 'email', 'Klaviyo'),
  row('Twilio', 'email', 'Twilio(?! Segment)'),
  row('Intercom', 'support', 'Intercom', true),
  row('Zendesk', 'support', 'Zendesk'),
  row('Drift', 'support', 'Drift\\.com|Drift, Inc', true),
  row('Disqus', 'social', 'Disqus'),
  row('Sentry', 'monitoring', 'Sentry', true),
  row('New Relic', 'monitoring', 'New Relic'),
];
