// The production shape with the mistake docs/deployment.md warns about, which its earlier versions
// set up: Kratos's cookies set for the parent domain (`cookies.domain` and `session.cookie.domain`:
// vestibule.test) while an app is served under it (app.vestibule.test, in APP_HOSTS). Browsers
// would hand that app the Kratos session. vestibule asks Kratos where its cookies go before it
// listens, and refuses to start, naming the app host, who listed it and the setting to change; so
// the stack never comes up and no browser ever meets it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startStack } from './support/stack.mjs';

describe('the production shape with Kratos\'s cookies on the parent domain of an app', { timeout: 300_000 }, () => {
  it('does not start: vestibule refuses, naming the app host and Kratos\'s cookies.domain', async () => {
    let stack;
    const refused = await startStack({
      tls: true,
      kratosEnv: { COOKIES_DOMAIN: 'vestibule.test', SESSION_COOKIE_DOMAIN: 'vestibule.test' },
    }).then(
      (started) => {
        stack = started;
        return null;
      },
      (error) => error,
    );
    if (stack) {
      const log = stack.log('vestibule');
      await stack.stop();
      assert.fail(`the stack started although Kratos's cookies reach the app; vestibule's log:\n${log}`);
    }
    const said = refused.message;
    assert.match(said, /vestibule exited \(exit status: 2\) before becoming healthy/, said);
    for (const words of [
      'cannot start',
      'Kratos sets its cookies for vestibule.test and every name under it',
      '`app.vestibule.test` (APP_HOSTS)',
      'cookies.domain',
      '/self-service/',
    ]) {
      assert.ok(said.includes(words), `the refusal says "${words}":\n${said}`);
    }
  });
});
