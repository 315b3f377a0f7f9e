// The watchers that the other tests rely on catch what they look for: a page that breaks the
// rules (an inline script, an inline handler, a blocked inline script, an image without text)
// must be reported. Served by a small local server standing in for vestibule.

import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { Session, launchBrowser, tags } from './support/browser.mjs';

const CSP = "default-src 'none'; script-src 'self' 'nonce-good'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'";
const PAGES = {
  '/clean': '<main><h1>Clean</h1><script nonce="good">document.title = "Clean"</script><form action="/clean"><button>Go</button></form></main>',
  '/broken': [
    '<main><h1>Broken</h1>',
    '<script>window.inline = true</script>',
    '<button type="button" onclick="alert(1)">Press</button>',
    '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
    '</main>',
  ].join(''),
};

describe('the page watchers', { timeout: 120_000 }, () => {
  let server;
  let browser;
  let stack;

  before(async () => {
    server = http.createServer((request, response) => {
      const path = new URL(request.url, 'http://x').pathname;
      const body = PAGES[path];
      response.writeHead(body ? 200 : 204, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
      response.end(body ? `<!doctype html><html lang="en"><head><title>${path}</title><link rel="icon" href="data:,"></head><body>${body}</body></html>` : '');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${server.address().port}`;
    stack = { vestibule: origin, kratos_public: 'http://127.0.0.1:9' };
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve) ?? resolve());
  });

  it('report nothing on a page that keeps the rules', async () => {
    const session = await Session.open(browser, stack, { name: 'watchers', screenshots: false });
    await session.goto(`${stack.vestibule}/clean`);
    await session.visit('clean');
    assert.deepEqual(session.reportLines(), []);
    assert.deepEqual(session.seriousAccessibilityProblems(), []);
    await session.close();
  });

  it('report inline scripts and handlers, the CSP violation, and an image without a text alternative', async () => {
    const session = await Session.open(browser, stack, { name: 'watchers', screenshots: false });
    await session.goto(`${stack.vestibule}/broken`);
    await session.visit('broken');
    const lines = session.reportLines().join('\n');
    assert.match(lines, /served-html.*inline script without the response's nonce/);
    assert.match(lines, /served-html.*inline event handler onclick/);
    assert.match(lines, /securitypolicyviolation.*script-src/);
    assert.match(lines, /console\.error.*Content Security Policy/);
    assert.match(session.seriousAccessibilityProblems().join('\n'), /image-alt/);
    await session.close();
  });

  it('read attributes the way a browser does', () => {
    const [button] = tags('<button type=button data-x="a > b" onClick=\'go()\'>x</button>');
    assert.deepEqual(button.attributes, { type: 'button', 'data-x': 'a > b', onclick: 'go()' });
  });
});
