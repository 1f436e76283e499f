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
  row('Meta', 'social', 'Meta(?! Pixel)', true),
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
  row('Datadog', 'monitoring', 'Datadog'),
  row('Microsoft', 'platform', 'Microsoft', true),
  row('Apple', 'platform', 'Apple(?! Pie)', true),
  row('Amazon', 'platform', 'Amazon', true),
  row('Yahoo', 'advertising', 'Yahoo|Verizon Media|Oath Inc'),
  row('Snapchat', 'social', 'Snapchat|Snap Inc'),
  row('Reddit', 'social', 'Reddit'),
  row('Tumblr', 'social', 'Tumblr'),
  row('Discord', 'social', 'Discord', true),
  row('Spotify', 'platform', 'Spotify'),
  row('Roku', 'platform', 'Roku'),
  row('Slack', 'support', 'Slack Technologies|(?<=[,(] |such as |including |like |from |with )Slack', true),
  row('X', 'social', 'X Corp'),
  row('LiveRamp', 'advertising', 'LiveRamp'),
  row('The Trade Desk', 'advertising', 'The Trade Desk'),
  row('PubMatic', 'advertising', 'PubMatic'),
  row('Magnite', 'advertising', 'Magnite|Rubicon Project'),
  row('OpenX', 'advertising', 'OpenX'),
  row('Index Exchange', 'advertising', 'Index Exchange'),
  row('MoPub', 'advertising', 'MoPub'),
  row('AppLovin', 'advertising', 'AppLovin'),
  row('ironSource', 'advertising', 'ironSource'),
  row('Unity Ads', 'advertising', 'Unity Ads|Unity Technologies'),
  row('InMobi', 'advertising', 'InMobi'),
  row('Flurry', 'analytics', 'Flurry', true),
  row('Adjust', 'analytics', 'Adjust GmbH|adjust\\.com|(?<=[,(] |such as |including )Adjust', true),
  row('Kochava', 'analytics', 'Kochava'),
  row('Braze', 'crm', 'Braze', true),
  row('Iterable', 'crm', 'Iterable, Inc|(?<=[,(] |such as |including )Iterable', true),
  row('OneSignal', 'email', 'OneSignal'),
  row('Experian', 'crm', 'Experian'),
  row('Equifax', 'crm', 'Equifax'),
  row('TransUnion', 'crm', 'TransUnion'),
  row('Acxiom', 'advertising', 'Acxiom'),
  row('Oracle', 'advertising', 'Oracle', true),
  row('OneTrust', 'monitoring', 'OneTrust'),
  row('Qualtrics', 'support', 'Qualtrics'),
  row('SurveyMonkey', 'support', 'SurveyMonkey|Momentive'),
  row('Klarna', 'payments', 'Klarna'),
  row('Adyen', 'payments', 'Adyen'),
  row('Onfido', 'monitoring', 'Onfido'),
  row('Jumio', 'monitoring', 'Jumio'),
  row('Veriff', 'monitoring', 'Veriff'),
  row('hCaptcha', 'monitoring', 'hCaptcha'),
  row('Fastly', 'hosting', 'Fastly'),
  row('Shopify', 'payments', 'Shopify'),
];
