import { describe, expect, it } from 'vitest';
import { isPolicyText } from '../../../src/classify/policy-text';

describe('isPolicyText', () => {
  it.each([
    ['We do not sell your data.', ''],
    ['Contact us at privacy@example.com.', ''],
    ['We collect your name and e-mail address when you register for an account.', 'Privacy Policy'],
    ['Information We Collect', ''],
    ['This policy may change from time to time.', ''],
    ['We will post the new version on this page.', 'Changes to this Privacy Policy'],
  ])('keeps policy text %j', (text, heading) => {
    expect(isPolicyText(text, heading)).toBe(true);
  });

  it.each([
    [
      'platform#overviewtour the ai platformwhat’s newai cloud for industriestrial datarobotdemo datarobotai cloud platform',
    ],
    ['overview.'],
    ['trial datarobot.'],
    ['watch on-demand.'],
    ['watch our global virtual event on-demand and see how you can turn ai potential into endless possibilities.'],
    ['Accept all cookies'],
    ['Cookie settings'],
    ['© 2021 DataRobot, Inc. All rights reserved.'],
    [''],
  ])('drops non-policy text %j', (text) => {
    expect(isPolicyText(text, '')).toBe(false);
  });
});
