// Steps that several browser tests take: starting an OAuth2 authorization, signing in with a
// password, answering the consent page, adding a virtual WebAuthn authenticator.

import assert from 'node:assert/strict';
import { exchangeCode } from './ory.mjs';

export const PASSWORD = 'a long and unguessable passphrase 42';

const vestibuleOrigin = (stack) => new URL(stack.vestibule).origin;

/** A URL predicate: vestibule's page at `path`, with `?flow=` when `flow` is true. */
export const onVestibule = (stack, path, { flow = false } = {}) => (url) =>
  url.origin === vestibuleOrigin(stack) && url.pathname === path && (!flow || url.searchParams.has('flow'));

/** A URL predicate: the client app (where the OAuth2 flow ends). */
export const onClientApp = (app, path = '/callback') => (url) => url.origin === app.origin && url.pathname === path;

/** The browser is on vestibule's page at `path` (a flow page when `flow`). */
export function assertOn(session, path, { flow = false } = {}) {
  const url = new URL(session.page.url());
  assert.ok(onVestibule(session.stack, path, { flow })(url), `expected vestibule's ${path}${flow ? '?flow=…' : ''}, the browser is at ${url}`);
}

/**
 * The client app sends the browser to Hydra's authorization endpoint; Hydra hands it to
 * vestibule, which shows Kratos's sign-in flow naming the app.
 */
export async function startAuthorization(session, auth) {
  await session.goto(auth.url);
  assertOn(session, '/login', { flow: true });
  await assertText(session.page.locator('main'), auth.client.name);
}

/** Types the identifier and password into the sign-in form and submits it with the mouse. */
export async function signInWithPassword(session, email, password, until) {
  const { page } = session;
  await page.locator('input[name="identifier"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  return session.navigate(() => page.getByRole('button', { name: 'Sign in with password' }).click(), until);
}

/**
 * The consent page for `auth`: says which app asks, who is signed in and one permission per
 * requested scope. Recorded as `label`, then allowed; returns the client's tokens and claims.
 */
export async function allowConsent(session, auth, app, { label = 'consent', signedInAs } = {}) {
  const { page, stack } = session;
  assertOn(session, '/consent');
  await assertText(page.getByRole('heading', { level: 1 }), `${auth.client.name} wants to access your account`);
  if (signedInAs) await assertText(page.locator('main'), `Signed in as ${signedInAs}`);
  const scopes = new URL(auth.url).searchParams.get('scope').split(' ');
  assert.equal(await page.getByRole('group').getByRole('checkbox').count(), scopes.length, 'one checkbox per requested scope');
  await session.visit(label);
  const landed = await session.navigate(() => page.getByRole('button', { name: 'Allow' }).click(), onClientApp(app));
  return exchangeCode(stack, auth, landed.toString());
}

export async function assertText(locator, expected) {
  const text = (await locator.innerText()).replace(/\s+/g, ' ');
  assert.ok(text.includes(expected), `expected "${expected}" in: ${text}`);
}

/** Whether the browser has a Kratos session (whoami with the browser's cookies). */
export async function hasKratosSession(session) {
  const response = await session.context.request.get(`${session.stack.kratos_public}/sessions/whoami`, {
    headers: { accept: 'application/json' },
    failOnStatusCode: false,
  });
  assert.ok([200, 401, 403].includes(response.status()), `whoami answered ${response.status()}`);
  return response.status() === 200;
}

/**
 * A virtual WebAuthn authenticator in the session's page (DevTools protocol). The defaults are
 * a platform authenticator holding passkeys; pass `options` for a roaming security key.
 */
export async function addVirtualAuthenticator(session, options = {}) {
  const cdp = await session.context.newCDPSession(session.page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
      ...options,
    },
  });
  return {
    async credentials() {
      return (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
    },
    /** Whether the authenticator answers requests by itself (the person touching it). */
    async setPresence(enabled) {
      await cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled });
    },
  };
}
