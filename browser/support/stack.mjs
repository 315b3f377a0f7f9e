// Starts a stack of its own for one test file: Kratos, Hydra, Mailpit and vestibule on free ports,
// through the Rust harness's `test_stack` example (the `Stack` of testkit/), which prints one
// JSON line describing the stack and keeps it running until its standard input closes.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROGRAM = path.join(REPO, 'target', 'debug', 'examples', 'test_stack');
const START_TIMEOUT_MS = 180_000;

/**
 * Starts a stack. `vestibuleEnv`, `kratosEnv` and `hydraEnv` (objects) add to a service's
 * environment, e.g. `{ TRUSTED_CLIENT_IDS: 'a,b' }`. `tls: true` starts the production shape of
 * docs/deployment.md (HTTPS through HAProxy, `https://{login,oauth,app}.vestibule.test:<port>`,
 * Kratos's browser paths under `login.`, described under `tls` in the result). Throws, with the
 * harness's output, when the stack cannot start.
 */
export async function startStack({ vestibuleEnv = {}, kratosEnv = {}, hydraEnv = {}, tls = false } = {}) {
  if (!existsSync(PROGRAM)) {
    throw new Error(
      `${PROGRAM} does not exist: build it with \`cargo build --features e2e --bin vestibule --example test_stack\` (scripts/test does)`,
    );
  }
  const needed = ['VESTIBULE_KRATOS_BIN', 'VESTIBULE_HYDRA_BIN', 'VESTIBULE_MAILPIT_BIN'];
  if (tls) needed.push('VESTIBULE_HAPROXY_BIN');
  for (const variable of needed) {
    if (!process.env[variable]) {
      throw new Error(`${variable} is not set: run the browser tests through scripts/test, which builds the Ory servers and sets it`);
    }
  }
  const args = [];
  if (tls) args.push('--tls');
  for (const [flag, env] of [['--vestibule-env', vestibuleEnv], ['--kratos-env', kratosEnv], ['--hydra-env', hydraEnv]]) {
    for (const [name, value] of Object.entries(env)) args.push(flag, `${name}=${value}`);
  }
  const child = spawn(PROGRAM, args, { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => { stderr += chunk; });

  const description = await new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the test stack did not start within ${START_TIMEOUT_MS / 1000} s; its output:\n${stderr}`));
    }, START_TIMEOUT_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      try {
        resolve(JSON.parse(stdout.slice(0, newline)));
      } catch (error) {
        child.kill('SIGKILL');
        reject(new Error(`the test stack printed something else than JSON: ${stdout}\n${stderr}`));
      }
    });
    child.on('error', (error) => { clearTimeout(timer); reject(new Error(`cannot run ${PROGRAM}: ${error.message}`)); });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the test stack exited (${signal ?? code}) before it was ready; its output:\n${stderr}`));
    });
  });

  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    ...description,
    /** The log of one service (`vestibule`, `kratos`, `hydra`, `mailpit`). */
    log(name) {
      try {
        return readFileSync(path.join(description.dir, 'logs', `${name}.log`), 'utf8');
      } catch {
        return '';
      }
    },
    /** The last lines of every service's log, for failure messages. */
    logTails(lines = 30) {
      return ['vestibule', 'kratos', 'hydra', ...(description.tls ? ['haproxy-tls'] : [])]
        .map((name) => `--- ${name} log (last ${lines} lines) ---\n${this.log(name).split('\n').slice(-lines - 1).join('\n')}`)
        .join('\n');
    },
    /** Stops every service. */
    async stop() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
