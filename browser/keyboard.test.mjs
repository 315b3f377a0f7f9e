// The sign-in and consent forms with the keyboard alone: Tab to move, type, Enter to submit. No
// clicks. Every control reached shows a focus indicator.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Session } from './support/browser.mjs';
import { PASSWORD, assertOn, onClientApp, onVestibule, startAuthorization } from './support/flows.mjs';
import { authorization, createClient, createIdentity, exchangeCode, uniqueEmail } from './support/ory.mjs';
import { everyPageChecks, useStack } from './support/suite.mjs';

/** What has the keyboard focus, and whether it shows that it has. */
async function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      name: element.getAttribute('name') ?? '',
      text: (element.innerText ?? '').trim(),
      label: element.labels?.[0]?.innerText.replace('*', '').trim() ?? '',
      indicated: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    };
  });
}

/** Presses Tab until `wanted` has the focus; returns the controls passed on the way. */
async function tabTo(page, wanted, description) {
  const passed = [];
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now) {
      assert.ok(now.indicated, `${now.tag} "${now.label || now.text || now.name}" shows no focus indicator`);
      passed.push(now.label || now.text || now.name);
      if (wanted(now)) return passed;
    }
  }
  throw new Error(`Tab never reached ${description}; it passed: ${passed.join(' | ')}`);
}

describe('the keyboard alone', { timeout: 300_000 }, () => {
  const env = useStack();
  let session;

  it('signs in with a password and allows consent with Tab, typing and Enter', async () => {
    const { stack, app, browser } = env;
    const email = uniqueEmail('keyboard');
    const id = await createIdentity(stack, { email, password: PASSWORD });
    const client = await createClient(stack, app, { name: 'Keyboard Club' });
    session = await Session.open(browser, stack, { name: 'keyboard' });
    const { page } = session;

    const auth = authorization(stack, client);
    await startAuthorization(session, auth);
    await session.visit('login');
    await tabTo(page, (f) => f.name === 'identifier', 'the identifier field');
    await page.keyboard.type(email);
    await tabTo(page, (f) => f.name === 'password', 'the password field');
    await page.keyboard.type(PASSWORD);
    await session.navigate(() => page.keyboard.press('Enter'), onVestibule(stack, '/consent'));

    assertOn(session, '/consent');
    await session.visit('consent');
    const order = await tabTo(page, (f) => f.tag === 'button' && f.text === 'Allow', 'the Allow button');
    assert.ok(order.includes('Your email address') && order.includes('Your profile'), `the scope checkboxes come before Allow: ${order.join(' | ')}`);
    const landed = await session.navigate(() => page.keyboard.press('Enter'), onClientApp(app));
    const { claims } = await exchangeCode(stack, auth, landed.toString());
    assert.equal(claims.sub, id);
    assert.ok(claims.amr?.includes('password'), `amr: ${JSON.stringify(claims.amr)}`);
  });

  everyPageChecks(() => (session ? [session] : []));
});
