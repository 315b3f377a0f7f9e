// The production shape with the mistake docs/deployment.md warns about: Kratos's cookies left at
// Kratos's own host (no `cookies.domain`), so the browser never sends Kratos's CSRF cookie to
// vestibule and Kratos refuses every flow vestibule reads. vestibule restarts the flow a few
// times, then stops the loop with a page that says sign-in is not working (the person is told to
// try again later) and logs which cookie did not arrive and the setting to check.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Session } from './support/browser.mjs';
import { assertOn, assertText } from './support/flows.mjs';
import { authorization, createClient } from './support/ory.mjs';
import { everyPageChecks, useStack } from './support/suite.mjs';

describe('the production shape with Kratos\'s cookies on its own host', { timeout: 300_000 }, () => {
  const env = useStack({ tls: 'host-cookies' });
  let session;

  it('ends on a page saying sign-in is not working instead of a redirect loop', async () => {
    const { stack, app, browser } = env;
    const client = await createClient(stack, app, { name: 'Harbour Books' });
    session = await Session.open(browser, stack, { name: 'tls-misconfigured' });
    session.expectErrorStatus('/login');
    const { page } = session;
    const kratosStarts = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${stack.kratos_public}/self-service/login/browser`)) kratosStarts.push(request.url());
    });

    const response = await session.goto(authorization(stack, client).url);
    assert.equal(response.status(), 503, `the page answers 503\n${await session.whereAmI()}`);
    assertOn(session, '/login', { flow: true });
    await assertText(page.locator('h1'), 'Sign-in is not working right now');
    await assertText(page.locator('main'), 'Please try again later');
    await session.visit('flow-loop');
    // Started once, then restarted three times: never the twenty redirects of a browser's limit.
    assert.equal(kratosStarts.length, 4, `Kratos's login flow was started ${kratosStarts.length} times`);

    const log = stack.log('vestibule');
    assert.match(log, /sign-in flows keep restarting/, 'the log says what happened');
    assert.match(log, /csrf_token_/, 'the log names the cookie that did not arrive');
    assert.match(log, /cookies\.domain/, 'the log names the setting to check');
    assert.match(log, /auth\.vestibule\.test/, 'the log names Kratos\'s host');
  });

  everyPageChecks(() => (session ? [session] : []));
});
