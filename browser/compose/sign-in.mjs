// A whole OAuth2 sign-in with consent through the compose stack (compose.yaml as an operator runs
// it, started by scripts/test-containers on its usual addresses): an identity made through
// Kratos's admin API signs in with a password at the demo client's request (the client the
// compose file's one-shot service registered), allows access on the consent page, and the client
// exchanges the code for tokens whose ID token Hydra signed for that identity.
//
// Not part of `node --test` in this folder (which starts stacks of its own); run it with
// `node --test compose/sign-in.mjs` against a running compose stack.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Session, launchBrowser } from '../support/browser.mjs';
import { PASSWORD, allowConsent, onVestibule, signInWithPassword, startAuthorization } from '../support/flows.mjs';
import { authorization, createIdentity, startClientApp, uniqueEmail } from '../support/ory.mjs';
import { everyPageChecks } from '../support/suite.mjs';

// compose.yaml's published addresses.
const stack = {
  vestibule: 'http://localhost:4455',
  kratos_public: 'http://localhost:4433',
  kratos_admin: 'http://127.0.0.1:4434',
  hydra_public: 'http://localhost:4444',
  hydra_admin: 'http://127.0.0.1:4445',
  mailpit: 'http://127.0.0.1:8025',
};

// config/hydra/demo-client.json, registered by compose.yaml's demo-client service.
const DEMO_CLIENT = {
  id: 'vestibule-demo',
  secret: 'demo-secret-change-me',
  name: 'Demo app',
  redirectUri: 'http://127.0.0.1:5555/callback',
  postLogoutRedirectUri: 'http://127.0.0.1:5555/',
};

describe('the compose stack', { timeout: 180_000 }, () => {
  const env = {};
  let session;
  before(async () => {
    env.app = await startClientApp({ port: 5555 });
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.app?.close();
  });

  it('signs a person in with a password and consent for the demo client', async () => {
    const email = uniqueEmail('compose');
    const id = await createIdentity(stack, { email, password: PASSWORD });
    assert.equal(env.app.redirectUri, DEMO_CLIENT.redirectUri);
    const auth = authorization(stack, DEMO_CLIENT);
    session = await Session.open(env.browser, stack, { name: 'compose' });
    await startAuthorization(session, auth);
    await session.visit('login');
    await signInWithPassword(session, email, PASSWORD, onVestibule(stack, '/consent'));
    const { claims, tokens } = await allowConsent(session, auth, env.app, { signedInAs: email });
    assert.equal(claims.sub, id, 'the ID token names the identity Kratos signed in');
    assert.equal(claims.email, email);
    assert.ok(claims.amr?.includes('password'), `amr: ${JSON.stringify(claims.amr)}`);
    assert.ok(tokens.access_token);
  });

  everyPageChecks(() => (session ? [session] : []));
});
