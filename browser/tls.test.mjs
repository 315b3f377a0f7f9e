// The production shape of docs/deployment.md, in a real browser: vestibule with Kratos's
// browser-facing paths under its own name (login.vestibule.test), Hydra and the app on names of
// their own, HTTPS from HAProxy with a certificate from a CA the stack made (which Chromium
// trusts, and nothing else), Kratos's cookies host-only with a __Host- session cookie, Kratos and
// Hydra without --dev, vestibule believing only the proxy. A password sign-up with email
// verification, consent, an RP-initiated sign-out, and a passkey sign-up and sign-in all work;
// every cookie is Secure, and every page of vestibule's sends Strict-Transport-Security. The app
// never receives a cookie of Kratos's or vestibule's and cannot plant one they read or post a form
// to Kratos; the client address, town and request id a browser forges do not get past the proxy.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { launchBrowser, Session } from './support/browser.mjs';
import {
  addVirtualAuthenticator, allowConsent, assertOn, assertText, onClientApp, onVestibule, PASSWORD, signInWithPassword,
  startAuthorization,
} from './support/flows.mjs';
import {
  activeSessions, authorization, codeFromMail, createClient, createIdentity, httpsCall, identitiesByEmail, identity,
  logoutUrl, uniqueEmail,
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

/** An id HAProxy gives a request (config/production/haproxy.cfg's unique-id-format). */
const PROXY_REQUEST_ID = /^[0-9A-F]+:[0-9A-F]+_[0-9A-F]+:[0-9A-F]+_[0-9A-F]+_[0-9A-F]+:[0-9A-F]+$/;
/** HAProxy's own 403 page. */
const REFUSED_BY_PROXY = /Request forbidden by administrative rules/;

describe('the production shape: HTTPS, vestibule and Kratos on one name, host-only cookies', { timeout: 420_000 }, () => {
  // Sign-in by phone counts attempts per client address: it shows whose address vestibule
  // believes (two attempts per address here).
  const env = useStack({ tls: true, vestibuleEnv: { PHONE_SIGN_UP_SCHEMA_ID: 'phone', PHONE_LIMIT_PER_IP_PER_HOUR: '2' } });
  const sessions = [];
  const watched = [];
  let client;
  let signedUp;
  let forgedSignIn;

  it('runs vestibule with Kratos, Hydra and the app at https names of their own under the test domain', () => {
    const { stack, app } = env;
    const port = stack.tls.port;
    assert.equal(stack.vestibule, `https://login.vestibule.test:${port}`);
    assert.equal(stack.kratos_public, `https://login.vestibule.test:${port}`, 'Kratos\'s browser paths are under vestibule\'s name');
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

  it('signs up with a passkey and signs in with it again (relying party login.vestibule.test)', async () => {
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
    assert.equal(stored?.rpId, 'login.vestibule.test', `the passkey is for vestibule's host: ${JSON.stringify(stored)}`);

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

  it('sets only Secure cookies, for vestibule\'s host only, and every page of vestibule\'s sends HSTS', async () => {
    assert.ok(sessions.length >= 2, 'both flows ran');
    const insecure = watched.flatMap((w) => w.insecureCookies);
    assert.deepEqual(insecure, [], `cookies without Secure:\n${insecure.join('\n')}`);
    const plain = watched.flatMap((w) => w.plainHttp);
    assert.deepEqual(plain, [], `fetched over plain http:\n${plain.join('\n')}`);
    const names = new Set(watched.flatMap((w) => [...w.cookieNames]));
    for (const expected of ['__Host-vestibule_csrf', '__Host-ory_kratos_session']) {
      assert.ok(names.has(expected), `${expected} was set: ${[...names].join(', ')}`);
    }
    for (const prefix of ['csrf_token_', 'ory_hydra_']) {
      assert.ok([...names].some((name) => name.startsWith(prefix)), `a ${prefix}* cookie was set: ${[...names].join(', ')}`);
    }
    const unprefixed = [...names].filter((name) => /^(vestibule_|ory_kratos_session)/.test(name));
    assert.deepEqual(unprefixed, [], 'vestibule\'s cookies and Kratos\'s session cookie carry the __Host- prefix');
    const stored = (await Promise.all(sessions.map((s) => s.context.cookies()))).flat();
    assert.ok(stored.length > 0, 'the browsers hold cookies');
    assert.deepEqual(stored.filter((c) => !c.secure).map((c) => `${c.domain} ${c.name}`), [], 'every stored cookie is Secure');
    const kratos = stored.filter((c) => c.name === '__Host-ory_kratos_session' || c.name.startsWith('csrf_token_'));
    assert.ok(kratos.length > 0, 'the browsers hold Kratos cookies');
    assert.deepEqual(kratos.filter((c) => c.domain !== 'login.vestibule.test').map((c) => `${c.domain} ${c.name}`), [], 'Kratos\'s cookies are for vestibule\'s host only');
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

  it('hands the app on its own name no cookie of Kratos\'s or vestibule\'s during the sign-ins above', () => {
    const { app } = env;
    const paths = app.requests.map((r) => r.path);
    assert.ok(paths.includes('/callback') && paths.includes('/signed-out'), `the app was reached: ${paths.join(', ')}`);
    const withCookies = app.requests.filter((r) => r.cookie !== '');
    assert.deepEqual(withCookies, [], 'the app\'s server received no Cookie header at all');
  });

  it('records the real client address of a sign-in, not the one the browser forged, and names each request itself', async () => {
    const { stack, browser } = env;
    const session = await Session.open(browser, stack, { name: 'tls-forged' });
    sessions.push(session);
    session.expectErrorStatus('/no-such-page');
    const { page } = session;
    const email = uniqueEmail('tls-forged');
    await createIdentity(stack, { email, password: PASSWORD, verified: true });
    // What a client could claim about itself, on every page and form it sends to vestibule and
    // Kratos (one name here; other documents and scripts are left alone).
    const forged = {
      'true-client-ip': '203.0.113.66',
      'x-real-ip': '203.0.113.67',
      'cf-connecting-ip': '203.0.113.68',
      'x-forwarded-for': '203.0.113.69',
      forwarded: 'for=203.0.113.70;proto=https',
      'cf-ipcity': 'Forgedtown',
      'cf-ipcountry': 'ZZ',
      'x-request-id': 'chosen-by-the-client',
    };
    const signIn = [new URL(stack.vestibule).origin, new URL(stack.kratos_public).origin];
    const toSignIn = (url) => signIn.includes(url.origin);
    await page.route(toSignIn, (route) => {
      const request = route.request();
      const headers = request.resourceType() === 'document' ? { ...request.headers(), ...forged } : request.headers();
      return route.continue({ headers });
    });
    const answeredIds = [];
    page.on('response', (response) => {
      const id = response.headers()['x-request-id'];
      if (new URL(response.url()).origin === signIn[0] && id !== undefined) answeredIds.push(id);
    });

    await session.goto(`${stack.vestibule}/login`);
    assertOn(session, '/login', { flow: true });
    await signInWithPassword(session, email, PASSWORD, onVestibule(stack, '/'));
    forgedSignIn = { session, email };
    await session.goto(`${stack.vestibule}/sessions`);
    assertOn(session, '/sessions');
    const listed = await page.locator('main').innerText();
    assert.match(listed, /127\.0\.0\.1/, `the session shows the address the proxy saw:\n${listed}`);
    assert.doesNotMatch(listed, /203\.0\.113\./, `no forged address:\n${listed}`);
    assert.doesNotMatch(listed, /Forgedtown|, ZZ/, `no forged town or country:\n${listed}`);
    await session.visit('sessions-forged-headers');

    const missing = await session.goto(`${stack.vestibule}/no-such-page`);
    assert.equal(missing.status(), 404);
    const id = missing.headers()['x-request-id'];
    assert.match(id ?? '', PROXY_REQUEST_ID, `the request id is HAProxy's: ${id}`);
    await assertText(page.locator('main'), `reference ${id}`);
    assert.ok(answeredIds.length > 2, `vestibule answered with request ids: ${answeredIds.join(', ')}`);
    assert.deepEqual(answeredIds.filter((answered) => !PROXY_REQUEST_ID.test(answered)), [], 'every request id is HAProxy\'s');
    const log = stack.log('vestibule');
    assert.ok(log.includes(id), `vestibule logged the request under the proxy's id ${id}`);
    assert.ok(!log.includes(forged['x-request-id']), 'the id the client chose is nowhere in vestibule\'s log');
    await page.unroute(toSignIn);
  });

  it('leaves a page on the app\'s name no way to plant a cookie vestibule or Kratos reads, or to post a form to Kratos', async () => {
    assert.ok(forgedSignIn, 'signed in above');
    const { stack, app } = env;
    const { session, email } = forgedSignIn;
    const { page, context } = session;
    const appHost = new URL(app.origin).hostname;
    const before = await context.cookies(stack.vestibule);
    const csrfName = before.find((c) => c.name.startsWith('csrf_token_'))?.name;
    assert.ok(csrfName, `the browser holds Kratos's CSRF cookie: ${before.map((c) => c.name).join(', ')}`);

    // Each planted twice: by the app's server (Set-Cookie, which may also replace HttpOnly
    // cookies) and by a script on its page (document.cookie).
    const attempts = [
      '__Host-vestibule_csrf=planted-planted-planted; Domain=vestibule.test; Path=/; Secure',
      '__Host-vestibule_csrf=planted-planted-planted; Path=/; Secure',
      '__Host-vestibule_language=ar; Domain=vestibule.test; Path=/; Secure',
      '__Host-ory_kratos_session=planted; Domain=vestibule.test; Path=/; Secure',
      'vestibule_csrf=planted-planted-planted; Domain=vestibule.test; Path=/; Secure',
      'vestibule_language=ar; Domain=vestibule.test; Path=/; Secure',
      'ory_kratos_session=planted; Domain=vestibule.test; Path=/; Secure',
      `${csrfName}=planted; Domain=vestibule.test; Path=/; Secure`,
    ];
    app.cookiesToPlant = attempts.map((cookie) => `${cookie}; HttpOnly`);
    await session.goto(`${app.origin}/plant`);
    await page.evaluate((list) => { for (const cookie of list) document.cookie = cookie; }, attempts);

    const planted = (await context.cookies()).filter((c) => c.value.startsWith('planted') || c.value === 'ar');
    const describe = (cookies) => cookies.map((c) => `${c.domain} ${c.name}=${c.value}`).join(', ');
    assert.deepEqual(
      planted.filter((c) => c.name.startsWith('__Host-') && c.domain !== appHost).map((c) => `${c.domain} ${c.name}`),
      [],
      `the browser took no __Host- cookie for another name than the app's: ${describe(planted)}`,
    );
    assert.ok(
      planted.some((c) => c.domain === '.vestibule.test'),
      `the browser took the plain names for the parent domain, so the attempts were real: ${describe(planted)}`,
    );
    const after = await context.cookies(stack.vestibule);
    for (const own of before.filter((c) => c.name.startsWith('__Host-'))) {
      const now = after.filter((c) => c.name === own.name);
      assert.deepEqual(now.map((c) => c.value), [own.value], `${own.name} as vestibule's host set it, and only it`);
    }

    // vestibule and Kratos still read what they set: the same person, in English, and a Kratos
    // flow that finds its own CSRF cookie.
    await session.goto(`${stack.vestibule}/`);
    assertOn(session, '/');
    await assertText(page.locator('main'), email);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the language planted for the parent domain is ignored');
    await session.goto(`${stack.vestibule}/settings`);
    assertOn(session, '/settings', { flow: true });
    assert.equal(await page.locator('input[name="traits.email"]').inputValue(), email, 'the settings flow is the person\'s');

    // A form the app's page posts to Kratos's sign-in is refused before it reaches Kratos.
    const started = await httpsCall('GET', `${stack.kratos_public}/self-service/login/browser`, { headers: { accept: 'application/json' } });
    assert.equal(started.status, 200, started.text);
    const flow = JSON.parse(started.text);
    await session.goto(`${app.origin}/sign-in-as-me`);
    session.expectErrorStatus('/self-service/login');
    // HAProxy's 403 page names no icon, so the browser asks vestibule for /favicon.ico (404).
    session.expectErrorStatus('/favicon.ico');
    const [answer] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/self-service/login' && r.request().method() === 'POST'),
      page.evaluate(({ action }) => {
        const form = document.createElement('form');
        form.method = 'POST';
        form.action = action;
        const fields = { method: 'password', identifier: 'intruder@example.com', password: 'the intruder\'s password', csrf_token: 'planted' };
        for (const [name, value] of Object.entries(fields)) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = value;
          form.append(input);
        }
        document.body.append(form);
        form.submit();
      }, { action: `${stack.kratos_public}/self-service/login?flow=${flow.id}` }),
    ]);
    assert.equal(answer.status(), 403, 'the proxy refuses a form from another origin');
    assert.match(await answer.text(), REFUSED_BY_PROXY);
    await page.waitForLoadState('load');

    await session.goto(`${stack.vestibule}/`);
    await assertText(page.locator('main'), email);
  });

  it('lets Kratos\'s API flows and the social sign-in callback through the proxy', async () => {
    const { stack, app } = env;
    const started = await httpsCall('GET', `${stack.kratos_public}/self-service/login/api`, { headers: { accept: 'application/json' } });
    assert.equal(started.status, 200, started.text);
    const flow = JSON.parse(started.text);
    const attempt = (headers) => httpsCall('POST', `${stack.kratos_public}/self-service/login?flow=${flow.id}`, {
      headers: { accept: 'application/json', 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ method: 'password', identifier: 'nobody@example.com', password: 'not the password' }),
    });
    // A native app sends neither Origin nor Sec-Fetch-Site: Kratos itself answers.
    const native = await attempt({});
    assert.equal(native.status, 400, `Kratos refuses the wrong password: ${native.text}`);
    assert.equal(JSON.parse(native.text).id, flow.id);
    const fromApp = await attempt({ origin: app.origin, 'sec-fetch-site': 'same-site' });
    assert.equal(fromApp.status, 403);
    assert.match(fromApp.text, REFUSED_BY_PROXY);
    // A provider answers with a form posted from its own site (response_mode=form_post).
    const callback = await httpsCall('POST', `${stack.kratos_public}/self-service/methods/oidc/callback/provider`, {
      headers: { origin: 'https://accounts.provider.example', 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'state=abc&code=def',
    });
    assert.doesNotMatch(callback.text, REFUSED_BY_PROXY, `Kratos answers the callback itself (${callback.status})`);
  });

  everyPageChecks(() => sessions);
});
