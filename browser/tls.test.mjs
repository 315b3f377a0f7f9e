// The production shape of docs/deployment.md, in a real browser: vestibule, Kratos's and Hydra's
// public APIs and the app each on a name of its own under vestibule.test, HTTPS from HAProxy with
// a certificate from a CA the stack made (which Chromium trusts, and nothing else), Kratos's
// cookies on the parent domain, Kratos and Hydra without --dev, vestibule believing only the
// proxy's X-Forwarded-For. A password sign-up with email verification, consent, an RP-initiated
// sign-out, and a passkey sign-up and sign-in all work; every cookie is Secure, and every page of
// vestibule's sends Strict-Transport-Security.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { launchBrowser, Session } from './support/browser.mjs';
import {
  addVirtualAuthenticator, allowConsent, assertOn, assertText, onClientApp, onVestibule, PASSWORD, startAuthorization,
} from './support/flows.mjs';
import {
  activeSessions, authorization, codeFromMail, createClient, identitiesByEmail, identity, logoutUrl, uniqueEmail,
} from './support/ory.mjs';
import { everyPageChecks, useStack } from './support/suite.mjs';

/**
 * Records, for everything the browser fetched, each Set-Cookie header without `Secure` and each
 * page of vestibule's without HSTS; and the names of the cookies that were set.
 */
function watchTransport(session) {
  const seen = { insecureCookies: [], withoutHsts: [], cookieNames: new Set(), vestibulePages: 0, plainHttp: [] };
  const vestibule = new URL(session.stack.vestibule).origin;
  session.page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.protocol !== 'https:') {
      if (url.protocol === 'http:') seen.plainHttp.push(response.url());
      return;
    }
    let headers;
    try {
      headers = await response.headersArray();
    } catch {
      return;
    }
    for (const { name, value } of headers) {
      if (name.toLowerCase() !== 'set-cookie') continue;
      for (const cookie of value.split('\n')) {
        seen.cookieNames.add(cookie.split('=')[0].trim());
        if (!/;\s*secure\b/i.test(cookie)) seen.insecureCookies.push(`${url.host}${url.pathname}: ${cookie}`);
      }
    }
    const request = response.request();
    if (url.origin === vestibule && request.resourceType() === 'document') {
      seen.vestibulePages += 1;
      const hsts = headers.find((h) => h.name.toLowerCase() === 'strict-transport-security')?.value ?? '';
      if (!/max-age=\d{7,}/.test(hsts)) seen.withoutHsts.push(`${response.status()} ${url.pathname}: ${JSON.stringify(hsts)}`);
    }
  });
  return seen;
}

describe('the production shape: HTTPS, one name per service, Kratos cookies on the parent domain', { timeout: 420_000 }, () => {
  // Sign-in by phone counts attempts per client address: it shows whose address vestibule
  // believes (two attempts per address here).
  const env = useStack({ tls: true, vestibuleEnv: { PHONE_SIGN_UP_SCHEMA_ID: 'phone', PHONE_LIMIT_PER_IP_PER_HOUR: '2' } });
  const sessions = [];
  const watched = [];
  let client;
  let signedUp;

  it('runs every service at its own https name under the test domain', () => {
    const { stack, app } = env;
    const port = stack.tls.port;
    assert.equal(stack.vestibule, `https://login.vestibule.test:${port}`);
    assert.equal(stack.kratos_public, `https://auth.vestibule.test:${port}`);
    assert.equal(stack.hydra_public, `https://oauth.vestibule.test:${port}`);
    assert.equal(app.origin, `https://app.vestibule.test:${port}`);
  });

  it('is trusted through the test CA alone: a browser without it refuses the page', async () => {
    const { stack } = env;
    const stranger = await launchBrowser({ tls: stack.tls, trustTestCa: false });
    try {
      const page = await stranger.newPage();
      await assert.rejects(page.goto(`${stack.vestibule}/health/alive`), /ERR_CERT_AUTHORITY_INVALID/);
    } finally {
      await stranger.close();
    }
  });

  it('signs up with a password, verifies the email address with a code, consents, and the app gets a code', async () => {
    const { stack, app, browser } = env;
    client = await createClient(stack, app, { name: 'Harbour Books' });
    const session = await Session.open(browser, stack, { name: 'tls-password' });
    sessions.push(session);
    watched.push(watchTransport(session));
    const { page } = session;
    const email = uniqueEmail('tls');

    const auth = authorization(stack, client);
    await startAuthorization(session, auth);
    await session.visit('login');
    await session.navigate(() => page.getByRole('link', { name: 'Create an account' }).click(), onVestibule(stack, '/registration', { flow: true }));
    await page.getByLabel('E-Mail').fill(email);
    await page.getByLabel('First name').fill('Tess');
    await page.getByLabel('Last name').fill('Layer');
    await session.navigate(() => page.getByRole('button', { name: 'Sign up', exact: true }).click(), onVestibule(stack, '/registration', { flow: true }));
    await session.visit('registration-password');
    const sentAfter = Date.now() - 1_000;
    await page.locator('input[name="password"]').fill(PASSWORD);
    await session.navigate(() => page.getByRole('button', { name: 'Sign up', exact: true }).click(), onVestibule(stack, '/verification', { flow: true }));
    await session.visit('verification-code');

    const code = await codeFromMail(stack, email, /verify/i, { after: sentAfter });
    await page.getByLabel(/code/i).fill(code);
    await session.navigate(() => page.getByRole('button', { name: 'Continue' }).click(), onVestibule(stack, '/verification', { flow: true }));
    await assertText(page.locator('main'), 'has been verified');
    await session.visit('verification-done');
    await session.navigate(() => page.getByRole('link', { name: 'Continue' }).click(), onVestibule(stack, '/consent'));
    const { claims, tokens } = await allowConsent(session, auth, app, { signedInAs: email });

    const [created] = await identitiesByEmail(stack, email);
    assert.ok(created, `Kratos has an identity for ${email}`);
    assert.equal(claims.sub, created.id, 'the ID token is about the new identity');
    assert.equal(claims.iss, `${stack.hydra_public}/`, 'the issuer is Hydra\'s https name');
    const verified = (await identity(stack, created.id)).verifiable_addresses.find((a) => a.value === email);
    assert.equal(verified?.verified, true, `the address is verified: ${JSON.stringify(verified)}`);
    signedUp = { id: created.id, idToken: tokens.id_token, session };
  });

  it('signs out through the app (RP-initiated logout, confirmed on vestibule), ending the Kratos session', async () => {
    assert.ok(signedUp, 'signed up above');
    const { stack, app } = env;
    const { session } = signedUp;
    assert.ok((await activeSessions(stack, signedUp.id)).length > 0, 'signed in before');
    await session.goto(logoutUrl(stack, client, signedUp.idToken));
    assertOn(session, '/logout');
    await assertText(session.page.locator('main'), `${client.name} asks to sign you out`);
    await session.visit('logout');
    await session.navigate(() => session.page.getByRole('button', { name: 'Yes, sign me out' }).click(), onClientApp(app, '/signed-out'));
    assert.deepEqual(await activeSessions(stack, signedUp.id), [], 'the Kratos session has ended');
  });

  it('signs up with a passkey and signs in with it again (relying party vestibule.test)', async () => {
    const { stack, app, browser } = env;
    const session = await Session.open(browser, stack, { name: 'tls-passkey' });
    sessions.push(session);
    watched.push(watchTransport(session));
    const authenticator = await addVirtualAuthenticator(session);
    const { page } = session;
    const email = uniqueEmail('tls-passkey');

    const auth = authorization(stack, client);
    await startAuthorization(session, auth);
    await session.navigate(() => page.getByRole('link', { name: 'Create an account' }).click(), onVestibule(stack, '/registration', { flow: true }));
    await page.getByLabel('E-Mail').fill(email);
    await page.getByLabel('First name').fill('Pat');
    await page.getByLabel('Last name').fill('Key');
    await session.navigate(() => page.getByRole('button', { name: 'Sign up', exact: true }).click(), onVestibule(stack, '/registration', { flow: true }));
    const signUp = page.getByRole('button', { name: 'Sign up with passkey' });
    await signUp.waitFor();
    await session.visit('registration-passkey');
    await session.navigate(() => signUp.click(), onVestibule(stack, '/consent'));
    const first = await allowConsent(session, auth, app, { label: 'consent-passkey', signedInAs: email });
    const [stored] = await authenticator.credentials();
    assert.equal(stored?.rpId, 'vestibule.test', `the passkey is for the parent domain: ${JSON.stringify(stored)}`);

    await session.goto(logoutUrl(stack, client, first.tokens.id_token));
    await session.navigate(() => page.getByRole('button', { name: 'Yes, sign me out' }).click(), onClientApp(app, '/signed-out'));

    await authenticator.setPresence(false);
    const again = authorization(stack, client);
    await startAuthorization(session, again);
    const signIn = page.getByRole('button', { name: 'Sign in with passkey' });
    await signIn.waitFor();
    await session.visit('login-passkey');
    await authenticator.setPresence(true);
    await session.navigate(() => signIn.click(), onVestibule(stack, '/consent'));
    const { claims } = await allowConsent(session, again, app, { label: 'consent-passkey-again', signedInAs: email });
    assert.equal(claims.sub, first.claims.sub, 'the same identity signed in');
    assert.ok(claims.amr?.includes('passkey'), `amr names the passkey method: ${JSON.stringify(claims.amr)}`);
  });

  it('sets only Secure cookies, Kratos\'s on the parent domain, and every page of vestibule\'s sends HSTS', async () => {
    assert.ok(sessions.length >= 2, 'both flows ran');
    const insecure = watched.flatMap((w) => w.insecureCookies);
    assert.deepEqual(insecure, [], `cookies without Secure:\n${insecure.join('\n')}`);
    const plain = watched.flatMap((w) => w.plainHttp);
    assert.deepEqual(plain, [], `fetched over plain http:\n${plain.join('\n')}`);
    const names = new Set(watched.flatMap((w) => [...w.cookieNames]));
    for (const expected of ['vestibule_csrf', 'ory_kratos_session']) {
      assert.ok(names.has(expected), `${expected} was set: ${[...names].join(', ')}`);
    }
    for (const prefix of ['csrf_token_', 'ory_hydra_']) {
      assert.ok([...names].some((name) => name.startsWith(prefix)), `a ${prefix}* cookie was set: ${[...names].join(', ')}`);
    }
    const stored = (await Promise.all(sessions.map((s) => s.context.cookies()))).flat();
    assert.ok(stored.length > 0, 'the browsers hold cookies');
    assert.deepEqual(stored.filter((c) => !c.secure).map((c) => `${c.domain} ${c.name}`), [], 'every stored cookie is Secure');
    const kratos = stored.filter((c) => c.name === 'ory_kratos_session' || c.name.startsWith('csrf_token_'));
    assert.ok(kratos.length > 0, 'the browsers hold Kratos cookies');
    assert.deepEqual(kratos.filter((c) => c.domain !== '.vestibule.test').map((c) => `${c.domain} ${c.name}`), [], 'Kratos\'s cookies are for the parent domain');
    assert.ok(watched.every((w) => w.vestibulePages > 0), 'pages of vestibule\'s were seen');
    const withoutHsts = watched.flatMap((w) => w.withoutHsts);
    assert.deepEqual(withoutHsts, [], `vestibule pages without Strict-Transport-Security:\n${withoutHsts.join('\n')}`);
  });

  it('believes only the proxy about the client address: an X-Forwarded-For the browser sends is dropped', async () => {
    const { stack, browser } = env;
    const session = await Session.open(browser, stack, { name: 'tls-forwarded', screenshots: false });
    sessions.push(session);
    session.expectErrorStatus('/phone');
    const { page } = session;
    const answers = [];
    // Each attempt claims to come from another address; were it believed, each would have a
    // budget of its own. (Only on vestibule's /phone: the header would make other fetches
    // cross-origin requests with a preflight.)
    let claimed = '';
    const isPhone = (url) => url.origin === new URL(stack.vestibule).origin && url.pathname === '/phone';
    await page.route(isPhone, (route) => route.continue({ headers: { ...route.request().headers(), 'x-forwarded-for': claimed } }));
    // The client limit counts each attempt before Hydra is asked about its sign-in, so a made-up
    // challenge will do: within the budget Hydra does not know it (404), past it the answer is 429.
    const challenge = 'a'.repeat(32);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      claimed = `203.0.113.${attempt}`;
      await session.goto(`${stack.vestibule}/phone?login_challenge=${challenge}`);
      await page.getByLabel('Phone number').fill(`+4915112${String(Date.now()).slice(-5)}${attempt}`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/phone' && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Continue' }).click(),
      ]);
      answers.push(response.status());
      await page.waitForLoadState('load');
    }
    await page.unroute(isPhone);
    assert.deepEqual(answers.map((status) => status === 429), [false, false, true], `answers to the three attempts: ${answers.join(', ')}`);
    await assertText(page.locator('main'), 'Too many attempts');
    await session.visit('phone-too-many');
  });

  everyPageChecks(() => sessions);
});
