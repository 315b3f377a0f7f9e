// What every browser test file shares: a stack of its own, the client app, Chromium, and the
// checks that run over every page a file's sessions visited.

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startClientApp, trustTestCa } from './ory.mjs';
import { startStack } from './stack.mjs';

/** Starts the stack, the client app and Chromium before the file's tests; stops them after. */
export function useStack(options = {}) {
  const env = {};
  before(async () => {
    env.stack = await startStack(options);
    const { tls } = env.stack;
    if (tls) trustTestCa(tls);
    // In the production shape the app is at https://app.<domain>, through HAProxy to its port.
    env.app = await startClientApp(tls ? { port: tls.app_port, origin: tls.app } : {});
    env.browser = await launchBrowser({ tls });
  });
  after(async () => {
    await env.browser?.close();
    await env.app?.close();
    await env.stack?.stop();
  });
  return env;
}

/**
 * The checks over every page `sessions()` visited: nothing reported by the browser (console,
 * CSP violations, inline scripts or handlers in the served HTML) and no serious or critical
 * axe-core finding.
 */
export function everyPageChecks(sessions, { accessibility = true } = {}) {
  it('shows no console message, CSP violation, inline script or inline handler on any page', () => {
    const all = sessions();
    assert.ok(all.length > 0 && all.every((s) => s.visited.length > 0), 'the flows above visited pages');
    const lines = all.flatMap((s) => s.reportLines());
    assert.deepEqual(lines, [], `the browser reported:\n${lines.join('\n')}`);
  });
  if (accessibility) {
    it('has no serious or critical accessibility violation (axe-core) on any page', () => {
      const all = sessions();
      const checked = all.flatMap((s) => s.accessibility);
      assert.ok(checked.length > 0, 'axe-core ran on the pages visited');
      const lines = all.flatMap((s) => s.seriousAccessibilityProblems());
      assert.deepEqual(lines, [], `axe-core found:\n${lines.join('\n')}`);
    });
  }
}
