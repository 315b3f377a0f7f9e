// What a test sets up or checks behind the browser's back: identities (Kratos admin API), OAuth2
// clients and token exchanges (Hydra), mail (Mailpit), and the client app the browser returns to.

import { createPublicKey, randomBytes, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import assert from 'node:assert/strict';

export const randomHex = (bytes = 16) => randomBytes(bytes).toString('hex');
export const uniqueEmail = (who) => `${who}-${randomHex(6)}@example.com`;

/** Server-side calls go to 127.0.0.1: the browser-facing URLs say `localhost`. */
const serverSide = (url) => url.replace('//localhost:', '//127.0.0.1:');

/**
 * HTTPS to a production-shaped stack, as an app elsewhere would reach it: the test domain's names
 * resolve to 127.0.0.1 here, and only the stack's CA is trusted.
 */
let testDomain = null;

export function trustTestCa(tls) {
  const resolveLocally = (hostname, options, callback) => {
    if (!hostname.endsWith(`.${tls.domain}`)) {
      callback(new Error(`${hostname} is not a name of the test stack`));
    } else if (options.all) {
      callback(null, [{ address: '127.0.0.1', family: 4 }]);
    } else {
      callback(null, '127.0.0.1', 4);
    }
  };
  testDomain = { domain: tls.domain, agent: new https.Agent({ ca: readFileSync(tls.ca), lookup: resolveLocally }) };
}

function httpsRequest(method, url, init) {
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method, headers: init.headers, agent: testDomain.agent, timeout: 30_000 }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, text: async () => text }));
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', (error) => reject(Object.assign(new Error(error.message), { cause: error })));
    if (init.body !== undefined) request.write(init.body);
    request.end();
  });
}

/**
 * A raw HTTPS request to a name of the production-shaped stack (trustTestCa first), as a client
 * other than the browser sends it: `headers` as given, `body` as text. Returns the status, the
 * headers and the body's text.
 */
export function httpsCall(method, url, { headers = {}, body } = {}) {
  assert.ok(testDomain, 'trustTestCa() comes first');
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method, headers, agent: testDomain.agent, timeout: 30_000 }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, text }));
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', (error) => reject(new Error(`${method} ${url} failed: ${error.message}`)));
    if (body !== undefined) request.write(body);
    request.end();
  });
}

async function call(method, url, { json, form, expect } = {}) {
  const init = { method, headers: { accept: 'application/json' } };
  if (json !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(json);
  }
  if (form !== undefined) {
    init.headers['content-type'] = 'application/x-www-form-urlencoded';
    init.body = new URLSearchParams(form).toString();
  }
  let response;
  try {
    response = testDomain && new URL(url).hostname.endsWith(`.${testDomain.domain}`)
      ? await httpsRequest(method, url, init)
      : await fetch(serverSide(url), { ...init, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new Error(`${method} ${url} failed: ${error.cause?.message ?? error.message}`);
  }
  const text = await response.text();
  let body = null;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`${method} ${url} answered ${response.status} with something else than JSON: ${text}`);
    }
  }
  if (expect !== undefined && response.status !== expect) {
    throw new Error(`${method} ${url} answered ${response.status} (expected ${expect}): ${text}`);
  }
  return { status: response.status, body };
}

// ----- Kratos -----

/** Creates an identity with the default schema and a password; returns its id. */
export async function createIdentity(stack, { email, password, first = 'Ada', last = 'Lovelace', verified = false }) {
  const body = {
    schema_id: 'default',
    traits: { email, name: { first, last } },
    credentials: { password: { config: { password } } },
  };
  if (verified) {
    body.verifiable_addresses = [{ value: email, via: 'email', verified: true, status: 'completed' }];
  }
  const { body: created } = await call('POST', `${stack.kratos_admin}/admin/identities`, { json: body, expect: 201 });
  return created.id;
}

/** The identity `id` with its credentials, as Kratos's admin API shows it. */
export async function identity(stack, id) {
  const { body } = await call('GET', `${stack.kratos_admin}/admin/identities/${id}?include_credential=webauthn&include_credential=passkey&include_credential=password`, { expect: 200 });
  return body;
}

/** Every identity whose credential identifier is `email`. */
export async function identitiesByEmail(stack, email) {
  const { body } = await call('GET', `${stack.kratos_admin}/admin/identities?credentials_identifier=${encodeURIComponent(email)}`, { expect: 200 });
  return body;
}

// ----- Hydra -----

/** Registers an OAuth2 client for the authorization code flow that sends browsers to `app`. */
export async function createClient(stack, app, { name = `App ${randomHex(3)}`, extra = {} } = {}) {
  const secret = `secret-${randomHex()}`;
  const { body } = await call('POST', `${stack.hydra_admin}/admin/clients`, {
    json: {
      client_name: name,
      client_secret: secret,
      redirect_uris: [app.redirectUri],
      post_logout_redirect_uris: [app.postLogoutRedirectUri],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      scope: 'openid offline_access email profile',
      token_endpoint_auth_method: 'client_secret_post',
      ...extra,
    },
    expect: 201,
  });
  return { id: body.client_id, secret, name, redirectUri: app.redirectUri, postLogoutRedirectUri: app.postLogoutRedirectUri };
}

/**
 * Where a client app sends a browser to sign in: Hydra's authorization endpoint, code flow, with
 * a fresh state and nonce. `params` are added (e.g. `{ prompt: 'login' }`).
 */
export function authorization(stack, client, params = {}) {
  const state = randomHex();
  const nonce = randomHex();
  const url = new URL(`${stack.hydra_public}/oauth2/auth`);
  const query = {
    client_id: client.id,
    response_type: 'code',
    scope: 'openid email profile',
    redirect_uri: client.redirectUri,
    state,
    nonce,
    ...params,
  };
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return { url: url.toString(), state, nonce, client };
}

/**
 * The code the client app received at its redirect URI (`landedAt`, the browser's URL), checked
 * against the authorization's state, exchanged at Hydra's token endpoint. Returns the tokens and
 * the ID token's verified claims.
 */
export async function exchangeCode(stack, auth, landedAt) {
  const url = new URL(landedAt);
  assert.equal(`${url.origin}${url.pathname}`, auth.client.redirectUri, `the browser should end at the client's redirect URI, is at ${landedAt}`);
  assert.equal(url.searchParams.get('error'), null, `the authorization failed: ${landedAt}`);
  assert.equal(url.searchParams.get('state'), auth.state, 'the state comes back unchanged');
  const code = url.searchParams.get('code');
  assert.ok(code, `the client gets a code: ${landedAt}`);
  const { body: tokens } = await call('POST', `${stack.hydra_public}/oauth2/token`, {
    form: {
      grant_type: 'authorization_code',
      code,
      redirect_uri: auth.client.redirectUri,
      client_id: auth.client.id,
      client_secret: auth.client.secret,
    },
    expect: 200,
  });
  assert.ok(tokens.access_token, `Hydra issues an access token: ${JSON.stringify(tokens)}`);
  assert.ok(tokens.id_token, `Hydra issues an ID token: ${JSON.stringify(tokens)}`);
  const claims = await verifyIdToken(stack, tokens.id_token);
  assert.ok([].concat(claims.aud).includes(auth.client.id), `the ID token is for the client: ${JSON.stringify(claims)}`);
  assert.equal(claims.nonce, auth.nonce, 'the ID token carries the nonce');
  return { tokens, claims };
}

const base64url = (text) => Buffer.from(text, 'base64url');

/** Checks the ID token's signature against Hydra's JWKS and returns its claims. */
export async function verifyIdToken(stack, idToken) {
  const [headerPart, payloadPart, signaturePart] = idToken.split('.');
  const header = JSON.parse(base64url(headerPart));
  const claims = JSON.parse(base64url(payloadPart));
  assert.equal(header.alg, 'RS256', `ID token algorithm: ${JSON.stringify(header)}`);
  const { body: jwks } = await call('GET', `${stack.hydra_public}/.well-known/jwks.json`, { expect: 200 });
  const jwk = jwks.keys.find((key) => key.kid === header.kid);
  assert.ok(jwk, `Hydra's JWKS has the ID token's key ${header.kid}`);
  const valid = verify('RSA-SHA256', Buffer.from(`${headerPart}.${payloadPart}`), createPublicKey({ key: jwk, format: 'jwk' }), base64url(signaturePart));
  assert.ok(valid, 'the ID token signature verifies against Hydra\'s JWKS');
  assert.equal(claims.iss.replace(/\/$/, ''), stack.hydra_public, 'the ID token is issued by Hydra');
  return claims;
}

/** Where a client app sends a browser to sign out (RP-initiated logout). */
export function logoutUrl(stack, client, idToken) {
  const url = new URL(`${stack.hydra_public}/oauth2/sessions/logout`);
  url.searchParams.set('id_token_hint', idToken);
  url.searchParams.set('post_logout_redirect_uri', client.postLogoutRedirectUri);
  url.searchParams.set('state', randomHex());
  return url.toString();
}

// ----- Mailpit -----

/** The one-time code of the newest mail to `to` whose subject matches `subject`, waiting for it. */
export async function codeFromMail(stack, to, subject = /./, { after = 0 } = {}) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const query = encodeURIComponent(`to:"${to}"`);
    const { body } = await call('GET', `${stack.mailpit}/api/v1/search?query=${query}`, { expect: 200 });
    const message = (body.messages ?? []).find((m) => subject.test(m.Subject) && Date.parse(m.Created) >= after);
    if (message) {
      const { body: full } = await call('GET', `${stack.mailpit}/api/v1/message/${message.ID}`, { expect: 200 });
      const code = full.Text.match(/\b(\d{6})\b/);
      assert.ok(code, `the mail "${message.Subject}" to ${to} holds a 6-digit code:\n${full.Text}`);
      return code[1];
    }
    if (Date.now() > deadline) {
      throw new Error(`no mail to ${to} matching ${subject} within 30 s; mails: ${JSON.stringify((body.messages ?? []).map((m) => m.Subject))}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// ----- the client app -----

/**
 * A stand-in for the OAuth2 client app: an HTTP server on 127.0.0.1 whose /callback and
 * /signed-out pages the browser lands on at the end of a flow. Behind a proxy, `port` is where
 * it listens and `origin` where browsers reach it. `requests` records the path and the `Cookie`
 * header of each request it gets, for tests of what reaches an app; its page `/plant` answers
 * with a `Set-Cookie` for each of `cookiesToPlant`, as an app's server might.
 */
export async function startClientApp({ port = 0, origin: publicOrigin } = {}) {
  const requests = [];
  const app = { cookiesToPlant: [] };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    requests.push({ path: url.pathname, cookie: request.headers.cookie ?? '' });
    const title = url.pathname === '/signed-out' ? 'Signed out' : 'Client app';
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    };
    if (url.pathname === '/plant' && app.cookiesToPlant.length > 0) headers['set-cookie'] = app.cookiesToPlant;
    response.writeHead(200, headers);
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1></main></body></html>`);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = publicOrigin ?? `http://127.0.0.1:${server.address().port}`;
  return Object.assign(app, {
    origin,
    requests,
    redirectUri: `${origin}/callback`,
    postLogoutRedirectUri: `${origin}/signed-out`,
    close: () => new Promise((resolve) => server.close(resolve)),
  });
}

/** The active Kratos sessions of identity `id` (admin API). */
export async function activeSessions(stack, id) {
  const { body } = await call('GET', `${stack.kratos_admin}/admin/identities/${id}/sessions?active=true`, { expect: 200 });
  return body ?? [];
}
