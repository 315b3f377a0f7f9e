// Debian's Chromium driven by playwright-core, and a `Session` (one browser context with one
// page) that watches everything the browser reports while a test walks through vestibule:
//
// - console messages and uncaught page errors, of any kind;
// - `securitypolicyviolation` events (a listener added to every document before its own
//   scripts run);
// - the HTML vestibule serves: a Content-Security-Policy header with a nonce, no inline script
//   without that nonce, no inline event handler attributes, no `javascript:` URLs;
// - on each page a test names with `visit()`: an axe-core accessibility check (serious and
//   critical findings fail the test) and full-page screenshots at desktop and phone widths.

import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO } from './stack.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };
export const OUTPUT = path.join(REPO, 'test-output');
export const SCREENSHOTS = path.join(OUTPUT, 'screenshots');

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Chromium. For a production-shaped stack (`tls`, from startStack), it resolves the test
 * domain's names to 127.0.0.1 (`--host-resolver-rules`) and trusts the stack's CA, and only it,
 * through an NSS database in a HOME of its own: certificate errors are never ignored.
 * `trustTestCa: false` leaves the CA out (a browser that must refuse the stack's pages).
 */
export async function launchBrowser({ tls, trustTestCa = true } = {}) {
  const extra = [];
  let env;
  let home;
  if (tls) {
    home = mkdtempSync(path.join(os.tmpdir(), 'vestibule-chromium-'));
    const nssdb = path.join(home, '.pki', 'nssdb');
    mkdirSync(nssdb, { recursive: true });
    const certutil = (...args) => execFileSync('certutil', ['-d', `sql:${nssdb}`, ...args], { stdio: 'pipe' });
    try {
      certutil('-N', '--empty-password');
      if (trustTestCa) certutil('-A', '-n', 'vestibule test CA', '-t', 'C,,', '-i', tls.ca);
    } catch (error) {
      throw new Error(`certutil (Debian's libnss3-tools, installed by scripts/install-browser) failed: ${error.stderr ?? error.message}`);
    }
    extra.push(`--host-resolver-rules=MAP *.${tls.domain} 127.0.0.1`);
    env = { ...process.env, HOME: home };
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    env,
    args: [
      ...extra,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  if (home) browser.on('disconnected', () => rmSync(home, { recursive: true, force: true }));
  return browser;
}

export class Session {
  /**
   * Opens a fresh context (no cookies) on `stack`. `name` prefixes this session's screenshots
   * (`screenshots: false` takes none); `javaScriptEnabled: false` gives a browser with
   * JavaScript switched off.
   */
  static async open(browser, stack, { name, javaScriptEnabled = true, screenshots = true } = {}) {
    const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled, locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.setDefaultNavigationTimeout(30_000);
    const session = new Session(stack, context, page, name, javaScriptEnabled, screenshots);
    await session.#watch();
    return session;
  }

  /** Everything the browser reported that a clean page does not report. */
  reports = [];
  /** Console messages of Kratos's script that do not count (see `#watch`). */
  notes = [];
  /** Every axe finding, by page. */
  accessibility = [];
  /** Files written by `visit()`. */
  screenshots = [];
  /** The pages `visit()` was called on. */
  visited = [];
  #documentChecks = new Map();
  #screenshotCount = 0;
  #expectedStatus = new Set();

  constructor(stack, context, page, name, javaScriptEnabled, screenshots) {
    this.stack = stack;
    this.context = context;
    this.page = page;
    this.name = name;
    this.javaScriptEnabled = javaScriptEnabled;
    this.takesScreenshots = screenshots;
    mkdirSync(SCREENSHOTS, { recursive: true });
    if (screenshots) {
      for (const file of readdirSync(SCREENSHOTS)) {
        if (file.startsWith(`${name}-`)) rmSync(path.join(SCREENSHOTS, file));
      }
    }
  }

  async #watch() {
    const { page, context } = this;
    const kratosScript = `${this.stack.kratos_public}/.well-known/ory/webauthn.js`;
    page.on('console', (message) => {
      const text = message.text();
      const source = message.location().url;
      // Kratos's webauthn.js logs the outcome of WebAuthn calls it makes on its own (the passkey
      // autofill request it starts on load, which is cancelled when a button starts another
      // one) with console.log. That chatter is the script's, not a problem of the page; its
      // errors (console.error) still count.
      if (source === kratosScript && ['log', 'debug'].includes(message.type())) {
        this.notes.push({ kind: `console.${message.type()}`, page: page.url(), text, source });
        return;
      }
      // A page that answers with an error status on purpose (the error page) makes Chromium log
      // the status; that is not a problem of the page.
      if (/^Failed to load resource: the server responded with a status of \d+/.test(text) && this.#isExpectedError(source)) {
        return;
      }
      this.reports.push({ kind: `console.${message.type()}`, page: page.url(), text, source });
    });
    page.on('pageerror', (error) => {
      this.reports.push({ kind: 'pageerror', page: page.url(), text: String(error.stack ?? error) });
    });
    await context.exposeBinding('__vestibuleTestReportViolation', ({ frame }, violation) => {
      this.reports.push({ kind: 'securitypolicyviolation', page: frame.url(), text: JSON.stringify(violation) });
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__vestibuleTestReportViolation({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: event.sourceFile,
          line: event.lineNumber,
          sample: event.sample,
          disposition: event.disposition,
        });
      }, true);
    });
    page.on('response', (response) => {
      const request = response.request();
      if (request.resourceType() !== 'document' || request.frame() !== page.mainFrame()) return;
      if (!isVestibulePage(this.stack, response.url())) return;
      if (response.status() >= 300 && response.status() < 400) return;
      const check = this.#checkDocument(response);
      check.catch(() => {});
      this.#documentChecks.set(response.url(), check);
    });
  }

  /** Checks a document vestibule served: headers and markup. */
  async #checkDocument(response) {
    const url = response.url();
    const headers = await response.allHeaders();
    const body = (await response.body()).toString('utf8');
    const problems = [];
    const csp = headers['content-security-policy'] ?? '';
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    if (!csp) problems.push('no Content-Security-Policy header');
    if (/unsafe-inline|unsafe-eval/.test(csp)) problems.push(`the CSP allows unsafe sources: ${csp}`);
    if (!/frame-ancestors 'none'/.test(csp)) problems.push(`the CSP allows framing: ${csp}`);
    for (const tag of tags(body)) {
      const attributes = tag.attributes;
      if (tag.name === 'script') {
        if (!('src' in attributes) && (!nonce || attributes.nonce !== nonce)) {
          problems.push(`inline script without the response's nonce: ${tag.source}`);
        }
        if ('nonce' in attributes && attributes.nonce !== nonce) {
          problems.push(`script nonce ${attributes.nonce} is not the CSP's ${nonce}: ${tag.source}`);
        }
      }
      for (const [name, value] of Object.entries(attributes)) {
        if (/^on/i.test(name)) problems.push(`inline event handler ${name}: ${tag.source}`);
        if (/^\s*javascript:/i.test(value)) problems.push(`javascript: URL: ${tag.source}`);
      }
      if (tag.name === 'style' || 'style' in attributes) problems.push(`inline style (not allowed by style-src 'self'): ${tag.source}`);
    }
    const scripts = (body.match(/<script\b/gi) ?? []).length;
    const parsed = tags(body).filter((tag) => tag.name === 'script').length;
    if (scripts !== parsed) problems.push(`${scripts} <script> tags, of which only ${parsed} could be checked`);
    for (const problem of problems) this.reports.push({ kind: 'served-html', page: url, text: problem });
    return { url, problems, html: body };
  }

  /** Tells the session that vestibule's page at `path` (e.g. `/error`) answers with an error status on purpose. */
  expectErrorStatus(path) {
    this.#expectedStatus.add(path);
  }

  #isExpectedError(url) {
    try {
      const parsed = new URL(url);
      return parsed.origin === new URL(this.stack.vestibule).origin && this.#expectedStatus.has(parsed.pathname);
    } catch {
      return false;
    }
  }

  /** Goes to `url` and waits for the page (and every redirect before it) to load. */
  async goto(url) {
    return this.page.goto(url, { waitUntil: 'load' });
  }

  /**
   * Runs `action` (a click, a key press) and waits until a page has loaded, after it, at a URL
   * matching `predicate` (the same URL as before counts: a form that comes back to its page).
   */
  async navigate(action, predicate) {
    try {
      await Promise.all([
        this.page.waitForEvent('load', { predicate: () => predicate(new URL(this.page.url())), timeout: 30_000 }),
        action(),
      ]);
    } catch (error) {
      throw new Error(`${error.message.split('\n')[0]}\n${await this.whereAmI()}`, { cause: error });
    }
    return new URL(this.page.url());
  }

  /** Where the browser is and what the page says, for failure messages. */
  async whereAmI() {
    const text = await this.page.locator('body').innerText({ timeout: 2_000 }).catch(() => '(no text)');
    const reports = this.reportLines();
    return [
      `the browser is at ${this.page.url()}, showing:`,
      text.replace(/\n\s*\n/g, '\n').trim().slice(0, 1_500),
      ...(reports.length ? ['the browser reported:', ...reports] : []),
    ].join('\n');
  }

  /**
   * The page the browser is on, checked and recorded under `label`: its served HTML (must have
   * been checked), axe-core (which needs timers, so only where scripts run; the same pages are
   * checked with scripts on by the other tests), screenshots at both widths.
   */
  async visit(label) {
    const { page } = this;
    await page.waitForLoadState('load');
    const url = page.url();
    const check = this.#documentChecks.get(url);
    if (isVestibulePage(this.stack, url)) {
      if (!check) throw new Error(`${label}: no document response was seen for ${url}`);
      await check;
    }
    this.visited.push({ label, url });
    if (this.javaScriptEnabled) await this.#axe(label, url);
    if (this.takesScreenshots) await this.#screenshots(label);
  }

  async #axe(label, url) {
    const { page } = this;
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
      // Evaluated through the DevTools protocol, which the page's CSP does not govern.
      await page.evaluate(AXE_SOURCE);
    }
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), html: node.html, summary: node.failureSummary })),
      }));
    });
    this.accessibility.push({ label, url, violations });
    if (this.takesScreenshots) writeFileSync(path.join(OUTPUT, `axe-${this.name}.json`), JSON.stringify(this.accessibility, null, 2));
  }

  async #screenshots(label) {
    const { page } = this;
    const stem = `${this.name}-${String(++this.#screenshotCount).padStart(2, '0')}-${label}`;
    for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
      await page.setViewportSize(viewport);
      const file = path.join(SCREENSHOTS, `${stem}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      this.screenshots.push(file);
    }
    await page.setViewportSize(DESKTOP);
  }

  /** Axe findings of serious or critical impact, as readable lines. */
  seriousAccessibilityProblems() {
    const lines = [];
    for (const { label, url, violations } of this.accessibility) {
      for (const violation of violations.filter((v) => FAILING_IMPACTS.has(v.impact))) {
        for (const node of violation.nodes) {
          lines.push(`${label} (${url}): ${violation.id} [${violation.impact}] ${violation.help}: ${node.target} ${node.html}`);
        }
      }
    }
    return lines;
  }

  /** Everything reported, as readable lines. */
  reportLines() {
    return this.reports.map((r) => `${r.kind} on ${r.page}${r.source ? ` (from ${r.source})` : ''}: ${r.text}`);
  }

  async close() {
    await this.context.close();
  }
}

/**
 * Whether `url` is a page of vestibule's: its origin, but not Kratos's paths, which the
 * production shape serves under the same name.
 */
function isVestibulePage(stack, url) {
  const parsed = new URL(url);
  if (parsed.origin !== new URL(stack.vestibule).origin) return false;
  return !['/self-service/', '/.well-known/ory/'].some((prefix) => parsed.pathname.startsWith(prefix));
}

/** The start tags of an HTML document, with their attributes (names lower-cased). */
export function tags(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const found = [];
  const tagPattern = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of withoutComments.matchAll(tagPattern)) {
    const attributes = {};
    for (const attribute of match[2].matchAll(attributePattern)) {
      attributes[attribute[1].toLowerCase()] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    }
    found.push({ name: match[1].toLowerCase(), attributes, source: match[0] });
  }
  return found;
}
