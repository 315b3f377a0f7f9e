// Every kind of page vestibule shows, visited the way a person meets them: an OAuth2 error, then
// one authorization-code flow through sign-in (with a wrong password first), the sign-up page,
// account recovery by email code, the settings page (with the authenticator-app QR code) where a
// new password is set, consent, the start page, connected apps and sessions, email verification, and sign-out through the
// client app. Each page is screenshotted at desktop and phone widths, checked with axe-core, and
// watched for console messages and CSP violations.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Session } from './support/browser.mjs';
import {
  PASSWORD, allowConsent, assertOn, assertText, hasKratosSession, onClientApp, onVestibule, signInWithPassword, startAuthorization,
} from './support/flows.mjs';
import { authorization, codeFromMail, createClient, createIdentity, logoutUrl, randomHex, uniqueEmail } from './support/ory.mjs';
import { everyPageChecks, useStack } from './support/suite.mjs';

const NEW_PASSWORD = 'another long passphrase, chosen after recovery 7';

describe('every page', { timeout: 300_000 }, () => {
  const env = useStack();
  const email = uniqueEmail('pages');
  let session;
  let client;
  let tokens;

  it('an unknown client gets the error page', async () => {
    const { stack, app, browser } = env;
    session = await Session.open(browser, stack, { name: 'pages' });
    const url = new URL(`${stack.hydra_public}/oauth2/auth`);
    for (const [name, value] of Object.entries({
      client_id: 'no-such-client', response_type: 'code', scope: 'openid', state: randomHex(), redirect_uri: app.redirectUri,
    })) url.searchParams.set(name, value);
    session.expectErrorStatus('/error');
    const response = await session.goto(url.toString());
    assertOn(session, '/error');
    assert.ok(response.status() >= 400, `the error page answers with an error status, not ${response.status()}`);
    // vestibule's own text for Hydra's `invalid_client`; the description in the link is not shown.
    await assertText(session.page.getByRole('alert'), 'The application is not registered correctly');
    assert.ok(!(await session.page.locator('main').innerText()).includes('does not exist'), 'the link\'s description is not shown');
    await session.visit('error');
  });

  it('signs in through recovery and settings inside one OAuth2 flow, consents, and the client gets a code', async () => {
    const { stack, app } = env;
    const { page } = session;
    const id = await createIdentity(stack, { email, password: PASSWORD, first: 'Ada', last: 'Lovelace' });
    client = await createClient(stack, app, { name: 'Atlas Calendar' });
    const auth = authorization(stack, client, { scope: 'openid email profile offline_access' });
    await startAuthorization(session, auth);
    await session.visit('login');

    // The sign-up page, reached from the sign-in page, and back.
    await session.navigate(() => page.getByRole('link', { name: 'Create an account' }).click(), onVestibule(stack, '/registration', { flow: true }));
    await assertText(page.locator('main'), client.name);
    await session.visit('registration');
    await session.navigate(() => page.getByRole('link', { name: 'Sign in' }).click(), onVestibule(stack, '/login', { flow: true }));

    // A wrong password: the sign-in page says what went wrong.
    await signInWithPassword(session, email, 'not the password', onVestibule(stack, '/login', { flow: true }));
    await assertText(page.locator('main'), 'The sign-in details you entered are incorrect');
    await session.visit('login-wrong-password');

    // Forgotten password: recovery by a code sent by email.
    const sentAfter = Date.now() - 1_000;
    await session.navigate(() => page.getByRole('link', { name: 'Recover your account' }).click(), onVestibule(stack, '/recovery', { flow: true }));
    await session.visit('recovery');
    await page.getByLabel('Email').fill(email);
    await session.navigate(() => page.getByRole('button', { name: 'Continue' }).click(), onVestibule(stack, '/recovery', { flow: true }));
    await assertText(page.locator('.flow-messages'), 'sent a recovery code to the email address');
    await session.visit('recovery-code');
    const code = await codeFromMail(stack, email, /recover/i, { after: sentAfter });
    await page.getByLabel('Recovery code').fill(code);
    await session.navigate(() => page.getByRole('button', { name: 'Continue' }).click(), onVestibule(stack, '/settings', { flow: true }));

    // Settings, right after recovery: set a new password; the authenticator-app QR code is there.
    await assertText(page.locator('.flow-messages'), 'You have recovered your account');
    const qr = page.getByRole('img', { name: /QR/i });
    await qr.waitFor();
    assert.ok((await qr.getAttribute('src')).startsWith('data:image/png;base64,'), 'the QR code is an inline PNG');
    await session.visit('settings');
    const passwordForm = page.locator('form', { has: page.locator('input[name="password"]') });
    await passwordForm.getByLabel('Password').fill(NEW_PASSWORD);
    await session.navigate(() => passwordForm.getByRole('button', { name: 'Save' }).click(), (url) => onVestibule(stack, '/consent')(url) || onVestibule(stack, '/settings', { flow: true })(url));
    if (onVestibule(stack, '/settings')(new URL(page.url()))) {
      // Kratos shows the saved settings before returning to the OAuth2 flow.
      throw new Error(`after saving the new password the OAuth2 flow should go on to consent\n${await session.whereAmI()}`);
    }

    ({ tokens } = await allowConsent(session, auth, app, { signedInAs: email }));
    const claims = tokens && JSON.parse(Buffer.from(tokens.id_token.split('.')[1], 'base64url'));
    assert.equal(claims.sub, id);
  });

  it('the start page shows who is signed in', async () => {
    assert.ok(tokens, 'signed in above');
    const { stack } = env;
    await session.goto(`${stack.vestibule}/`);
    await assertText(session.page.locator('main'), email);
    await session.visit('home');
  });

  it('the account pages list the connected app and this browser\'s session', async () => {
    assert.ok(tokens, 'signed in above');
    const { stack } = env;
    await session.goto(`${stack.vestibule}/apps`);
    assertOn(session, '/apps');
    await assertText(session.page.locator('main'), client.name);
    await session.visit('apps');
    await session.goto(`${stack.vestibule}/sessions`);
    assertOn(session, '/sessions');
    await assertText(session.page.locator('main'), 'This browser');
    await session.visit('sessions');
  });

  it('verifies the email address with a code', async () => {
    assert.ok(tokens, 'signed in above');
    const { stack } = env;
    const { page } = session;
    const sentAfter = Date.now() - 1_000;
    await session.goto(`${stack.vestibule}/verification`);
    assertOn(session, '/verification', { flow: true });
    await session.visit('verification');
    await page.getByLabel('Email').fill(email);
    await session.navigate(() => page.getByRole('button', { name: 'Continue' }).click(), onVestibule(stack, '/verification', { flow: true }));
    await session.visit('verification-code');
    const code = await codeFromMail(stack, email, /verify/i, { after: sentAfter });
    await page.getByLabel(/code/i).fill(code);
    await session.navigate(() => page.getByRole('button', { name: 'Continue' }).click(), onVestibule(stack, '/verification', { flow: true }));
    await assertText(page.locator('main'), 'has been verified');
    await session.visit('verification-done');
  });

  it('signs out through the client app after confirming on the logout page', async () => {
    assert.ok(tokens, 'signed in above');
    const { stack, app } = env;
    const { page } = session;
    await session.goto(logoutUrl(stack, client, tokens.id_token));
    assertOn(session, '/logout');
    await assertText(page.locator('main'), `${client.name} asks to sign you out`);
    await session.visit('logout');
    await session.navigate(() => page.getByRole('button', { name: 'Yes, sign me out' }).click(), onClientApp(app, '/signed-out'));
    assert.equal(await hasKratosSession(session), false, 'the Kratos session has ended');
  });

  everyPageChecks(() => (session ? [session] : []));
});
