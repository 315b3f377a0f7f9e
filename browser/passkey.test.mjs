// Passkeys inside OAuth2 authorization-code flows: sign up with a passkey only, sign out through
// the client app, sign in again with the passkey. A virtual authenticator (Chromium's WebAuthn
// DevTools domain) plays the phone or laptop that holds the passkey.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Session } from './support/browser.mjs';
import {
  addVirtualAuthenticator, allowConsent, assertOn, assertText, hasKratosSession, onClientApp, onVestibule, startAuthorization,
} from './support/flows.mjs';
import { authorization, createClient, identitiesByEmail, identity, logoutUrl, uniqueEmail } from './support/ory.mjs';
import { everyPageChecks, useStack } from './support/suite.mjs';

describe('passkeys', { timeout: 300_000 }, () => {
  const env = useStack();
  const email = uniqueEmail('passkey');
  let session;
  let authenticator;
  let client;
  let signedUp;

  it('signs up with a passkey only, consents, and the client gets a code', async () => {
    const { stack, app, browser } = env;
    client = await createClient(stack, app, { name: 'Passkey Notes' });
    session = await Session.open(browser, stack, { name: 'passkey' });
    authenticator = await addVirtualAuthenticator(session);
    const { page } = session;

    const auth = authorization(stack, client);
    await startAuthorization(session, auth);
    await session.visit('login');
    await session.navigate(() => page.getByRole('link', { name: 'Create an account' }).click(), onVestibule(stack, '/registration', { flow: true }));
    await assertText(page.locator('main'), client.name);
    await session.visit('registration');

    await page.getByLabel('E-Mail').fill(email);
    await page.getByLabel('First name').fill('Pat');
    await page.getByLabel('Last name').fill('Key');
    await session.navigate(() => page.getByRole('button', { name: 'Sign up', exact: true }).click(), onVestibule(stack, '/registration', { flow: true }));
    const passkeyButton = page.getByRole('button', { name: 'Sign up with passkey' });
    await passkeyButton.waitFor();
    await session.visit('registration-method');

    await session.navigate(() => passkeyButton.click(), onVestibule(stack, '/consent'));
    const { claims, tokens } = await allowConsent(session, auth, app, { signedInAs: email });

    const [created] = await identitiesByEmail(stack, email);
    assert.ok(created, `Kratos has an identity for ${email}`);
    const { credentials } = await identity(stack, created.id);
    assert.ok(credentials.passkey, `the identity has a passkey: ${JSON.stringify(Object.keys(credentials))}`);
    // Kratos keeps an empty password credential (the identifier only) for passkey-only identities.
    assert.equal(credentials.password?.config?.hashed_password, undefined, 'the identity has no password');
    const stored = await authenticator.credentials();
    assert.equal(stored.length, 1, 'the authenticator holds one credential');
    assert.equal(stored[0].isResidentCredential, true, 'the credential is a discoverable passkey');

    assert.equal(claims.sub, created.id, 'the ID token is about the new identity');
    assert.ok(claims.amr?.includes('passkey'), `amr names the passkey method: ${JSON.stringify(claims.amr)}`);
    signedUp = { id: created.id, idToken: tokens.id_token };
  });

  it('signs out through the client app (RP-initiated logout, confirmed on vestibule)', async () => {
    assert.ok(signedUp, 'signed up above');
    const { stack, app } = env;
    const { page } = session;
    await session.goto(logoutUrl(stack, client, signedUp.idToken));
    assertOn(session, '/logout');
    await assertText(page.locator('main'), `${client.name} asks to sign you out`);
    await session.visit('logout');
    await session.navigate(() => page.getByRole('button', { name: 'Yes, sign me out' }).click(), onClientApp(app, '/signed-out'));
    assert.equal(await hasKratosSession(session), false, 'the Kratos session has ended');
  });

  it('signs in with the passkey from the sign-in page; amr names the passkey method', async () => {
    assert.ok(signedUp, 'signed up above');
    const { stack, app } = env;
    const { page } = session;
    // The person touches the authenticator only when they press the button, so the passkey
    // autofill request that the sign-in page starts on load cannot sign them in first.
    await authenticator.setPresence(false);
    const auth = authorization(stack, client);
    await startAuthorization(session, auth);
    const button = page.getByRole('button', { name: 'Sign in with passkey' });
    await button.waitFor();
    await session.visit('login-with-passkey');
    await authenticator.setPresence(true);
    await session.navigate(() => button.click(), onVestibule(stack, '/consent'));
    const { claims } = await allowConsent(session, auth, app, { label: 'consent-again', signedInAs: email });
    assert.equal(claims.sub, signedUp.id, 'the same identity signed in');
    assert.ok(claims.amr?.includes('passkey'), `amr names the passkey method: ${JSON.stringify(claims.amr)}`);
    assert.ok(!claims.amr.includes('password'), `no password was used: ${JSON.stringify(claims.amr)}`);
  });

  everyPageChecks(() => (session ? [session] : []));
});
