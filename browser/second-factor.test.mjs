// A security key as a second factor: someone with a password adds a security key on the settings
// page; the next OAuth2 sign-in asks for the key after the password, and the client learns the
// level reached (acr aal2). A virtual authenticator (a roaming USB key, no passkeys) plays the key.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Session } from './support/browser.mjs';
import {
  PASSWORD, addVirtualAuthenticator, allowConsent, assertOn, assertText, onVestibule, signInWithPassword, startAuthorization,
} from './support/flows.mjs';
import { authorization, createClient, createIdentity, identity, uniqueEmail } from './support/ory.mjs';
import { everyPageChecks, useStack } from './support/suite.mjs';

describe('a security key as a second factor', { timeout: 300_000 }, () => {
  const env = useStack();
  const email = uniqueEmail('second-factor');
  let session;
  let client;
  let identityId;
  let keyAdded = false;

  it('a password identity signs in, then adds a security key in settings', async () => {
    const { stack, app, browser } = env;
    identityId = await createIdentity(stack, { email, password: PASSWORD, first: 'Grace', last: 'Hopper' });
    const before = await identity(stack, identityId);
    assert.ok(before.credentials.password?.config?.hashed_password, 'the identity has a password');
    assert.equal(before.credentials.webauthn?.config?.credentials?.length ?? 0, 0, 'the identity has no security key yet');
    client = await createClient(stack, app, { name: 'Ledger' });
    session = await Session.open(browser, stack, { name: 'second-factor' });
    const key = await addVirtualAuthenticator(session, {
      transport: 'usb',
      hasResidentKey: false,
      hasUserVerification: false,
      isUserVerified: false,
    });
    const { page } = session;

    const auth = authorization(stack, client);
    await startAuthorization(session, auth);
    await signInWithPassword(session, email, PASSWORD, onVestibule(stack, '/consent'));
    const { claims } = await allowConsent(session, auth, app, { signedInAs: email });
    assert.equal(claims.sub, identityId);
    assert.equal(claims.acr, 'aal1', 'a password alone is the first level');

    await session.goto(`${stack.vestibule}/`);
    await assertText(page.locator('main'), email);
    await session.visit('home');
    await session.navigate(() => page.getByRole('link', { name: /settings/i }).first().click(), onVestibule(stack, '/settings', { flow: true }));
    await session.visit('settings');
    const keys = page.locator('.section-webauthn');
    await keys.getByLabel('Security key name').fill('Blue key');
    await session.navigate(() => keys.getByRole('button', { name: 'Add security key' }).click(), onVestibule(stack, '/settings', { flow: true }));
    await assertText(page.locator('.flow-messages'), 'Your changes have been saved');
    await session.visit('settings-key-added');

    const after = await identity(stack, identityId);
    const added = after.credentials.webauthn?.config?.credentials ?? [];
    assert.equal(added.length, 1, `Kratos stored one security key: ${JSON.stringify(after.credentials.webauthn)}`);
    assert.equal(added[0].display_name, 'Blue key');
    assert.equal(added[0].is_passwordless, false, 'the key is a second factor, not a passkey');
    assert.equal((await key.credentials()).length, 1, 'the authenticator holds the key');
    keyAdded = true;
  });

  it('the next OAuth2 sign-in asks for the key after the password; acr is aal2', async () => {
    assert.ok(keyAdded, 'a security key was added above');
    const { stack, app } = env;
    const { page } = session;
    // A new browser session (no cookies), with the same key at hand.
    await session.context.clearCookies();
    const auth = authorization(stack, client);
    await startAuthorization(session, auth);
    await signInWithPassword(session, email, PASSWORD, onVestibule(stack, '/login', { flow: true }));
    assertOn(session, '/login', { flow: true });
    const useKey = page.getByRole('button', { name: 'Sign in with security key' });
    await useKey.waitFor();
    assert.equal(await page.locator('input[name="password"]').count(), 0, 'the password is not asked again');
    await session.visit('second-factor');
    await session.navigate(() => useKey.click(), onVestibule(stack, '/consent'));
    const { claims } = await allowConsent(session, auth, app, { label: 'consent-aal2', signedInAs: email });
    assert.equal(claims.sub, identityId);
    assert.equal(claims.acr, 'aal2', `acr: ${claims.acr}`);
    assert.ok(claims.amr?.includes('password') && claims.amr.includes('webauthn'), `amr names both methods: ${JSON.stringify(claims.amr)}`);
  });

  everyPageChecks(() => (session ? [session] : []));
});
