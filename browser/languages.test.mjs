// The sign-in, consent and settings pages in German, Japanese and Arabic: an OAuth2 request with
// `ui_locales` chooses the language of sign-in and consent; the language switcher (a plain form)
// keeps it for the account pages. Each page is screenshotted at desktop and phone widths and
// checked with axe-core; the Arabic pages are right to left and mirrored.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Session } from './support/browser.mjs';
import { PASSWORD, assertOn, onClientApp, onVestibule } from './support/flows.mjs';
import { authorization, createClient, createIdentity, uniqueEmail } from './support/ory.mjs';
import { everyPageChecks, useStack } from './support/suite.mjs';

const LOCALES = [
  { locale: 'de', dir: 'ltr' },
  { locale: 'ja', dir: 'ltr' },
  { locale: 'ar', dir: 'rtl' },
];

/** The language and direction of the page, from `<html>`. */
async function language(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

/**
 * Where the start of a line is on the page: the brand in the header and a form's first label
 * sit at the start edge of their boxes (left in left-to-right text, right in right-to-left).
 */
async function startEdge(page) {
  return page.evaluate(() => {
    // The box of the element's text itself (a block label is as wide as its parent).
    const edges = (inner, outer) => {
      const range = document.createRange();
      range.selectNodeContents(inner);
      const a = range.getBoundingClientRect();
      const b = outer.getBoundingClientRect();
      return { left: a.left - b.left, right: b.right - a.right };
    };
    const brand = document.querySelector('.brand');
    const label = document.querySelector('main .field label');
    return {
      brand: edges(brand, brand.parentElement),
      label: label ? edges(label, label.parentElement) : null,
    };
  });
}

/** Asserts the start edge is on the side the direction says. */
function assertMirrored(edges, dir, where) {
  for (const [what, edge] of Object.entries(edges)) {
    if (!edge) continue;
    if (dir === 'rtl') assert.ok(edge.right < edge.left, `${where}: the ${what} sits on the right in right-to-left text (${JSON.stringify(edge)})`);
    else assert.ok(edge.left < edge.right, `${where}: the ${what} sits on the left (${JSON.stringify(edge)})`);
  }
}

describe('pages in German, Japanese and Arabic', { timeout: 300_000 }, () => {
  const env = useStack();
  const sessions = [];

  for (const { locale, dir } of LOCALES) {
    it(`signs in, consents and opens settings in ${locale}`, async () => {
      const { stack, app, browser } = env;
      const session = await Session.open(browser, stack, { name: `language-${locale}` });
      sessions.push(session);
      const { page } = session;
      const email = uniqueEmail(`language-${locale}`);
      await createIdentity(stack, { email, password: PASSWORD });
      const client = await createClient(stack, app, { name: `Lingua ${locale}` });
      const auth = authorization(stack, client, { scope: 'openid email profile', ui_locales: locale });

      await session.goto(auth.url);
      assertOn(session, '/login', { flow: true });
      assert.deepEqual(await language(page), { lang: locale, dir });
      assertMirrored(await startEdge(page), dir, `${locale} sign-in`);
      await session.visit(`${locale}-login`);

      // Enter in the password field submits the password (the form's primary action).
      await page.locator('input[name="identifier"]').fill(email);
      await page.locator('input[name="password"]').fill(PASSWORD);
      await session.navigate(() => page.locator('input[name="password"]').press('Enter'), onVestibule(stack, '/consent'));
      assert.deepEqual(await language(page), { lang: locale, dir });
      assertMirrored(await startEdge(page), dir, `${locale} consent`);
      await session.visit(`${locale}-consent`);

      // The switcher's choice carries the language to pages outside the sign-in.
      await page.locator('#language-switcher').selectOption(locale);
      await session.navigate(() => page.locator('form.language-switcher button').click(), onVestibule(stack, '/consent'));
      assert.deepEqual(await language(page), { lang: locale, dir });
      await session.navigate(() => page.locator('button[name="decision"][value="allow"]').click(), onClientApp(app));

      await session.goto(`${stack.vestibule}/settings`);
      assertOn(session, '/settings', { flow: true });
      assert.deepEqual(await language(page), { lang: locale, dir });
      assertMirrored(await startEdge(page), dir, `${locale} settings`);
      await session.visit(`${locale}-settings`);
      await session.close();
    });
  }

  everyPageChecks(() => sessions);
});
