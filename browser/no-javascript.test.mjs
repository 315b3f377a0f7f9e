// With JavaScript switched off, signing in with a password and answering the consent page still
// complete the OAuth2 flow: every form is a plain HTML form.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Session } from './support/browser.mjs';
import { PASSWORD, allowConsent, onVestibule, signInWithPassword, startAuthorization } from './support/flows.mjs';
import { authorization, createClient, createIdentity, uniqueEmail } from './support/ory.mjs';
import { everyPageChecks, useStack } from './support/suite.mjs';

describe('JavaScript switched off', { timeout: 300_000 }, () => {
  const env = useStack();
  let session;

  it('signs in with a password and consents; the client gets a code', async () => {
    const { stack, app, browser } = env;
    const email = uniqueEmail('no-js');
    const id = await createIdentity(stack, { email, password: PASSWORD });
    const client = await createClient(stack, app, { name: 'Plain Reader' });
    session = await Session.open(browser, stack, { name: 'no-javascript', javaScriptEnabled: false });
    const { page } = session;

    const auth = authorization(stack, client);
    await startAuthorization(session, auth);
    // The test itself inspects the page through the DevTools protocol; the page's scripts do not run.
    assert.equal(await page.evaluate(() => matchMedia('(scripting: none)').matches), true, 'scripting is off in this browser');
    await session.visit('login');
    await signInWithPassword(session, email, PASSWORD, onVestibule(stack, '/consent'));
    const { claims } = await allowConsent(session, auth, app, { signedInAs: email });
    assert.equal(claims.sub, id);
    assert.ok(claims.amr?.includes('password'), `amr: ${JSON.stringify(claims.amr)}`);
  });

  everyPageChecks(() => (session ? [session] : []), { accessibility: false });
});
