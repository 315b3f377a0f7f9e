//! Child processes of a test: started so that they die with the test process, named, logged to a
//! file each, and started again the way they were first started.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The repository: its `config/` is what stacks run with.
pub fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the test kit lives in the repository")
}

/// The build directory of the running test or example (`target/`): beside `deps/` or
/// `examples/`, where Cargo put the executable; else the repository's `target/`.
pub fn target_dir() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.to_owned()))
        .filter(|dir| dir.join("CACHEDIR.TAG").is_file())
        .unwrap_or_else(|| repository().join("target"))
}

/// A new directory for one stack or process: `target/tmp/stacks/<time>-<pid>-<n>`. Under
/// `target/`, so the test command's last check finds anything left running from it.
pub fn fresh_dir() -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_millis();
    target_dir().join("tmp").join("stacks").join(format!(
        "{stamp}-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ))
}

/// `bytes` random bytes as hex (so 2 * `bytes` characters): every secret a test hands out is new.
pub fn random_secret(bytes: usize) -> String {
    use rand::RngCore;
    let mut buf = vec![0u8; bytes];
    rand::thread_rng().fill_bytes(&mut buf);
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// The last `lines` lines of `text`.
pub fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// A server binary `scripts/lib.sh` installed and named in `var` (`VESTIBULE_KRATOS_BIN`, …).
pub fn tool(var: &str) -> PathBuf {
    let path = std::env::var_os(var).unwrap_or_else(|| {
        panic!("{var} is not set: run the tests with scripts/test, which builds the Ory servers and Mailpit and sets it")
    });
    let path = PathBuf::from(path);
    assert!(
        path.is_file(),
        "{var} points at {}, which does not exist",
        path.display()
    );
    path
}

type SpawnRequest = (Command, mpsc::Sender<io::Result<Child>>);

/// Starts `command` so that it dies with the test process, even when a test panics or the
/// harness exits without running destructors (a shared stack lives in a static).
///
/// Linux ties `PR_SET_PDEATHSIG` to the thread that forked the child, not to the process, so
/// every child is forked by one thread that lives as long as the process.
pub fn spawn_tied_to_test_process(command: Command) -> io::Result<Child> {
    static KEEPER: OnceLock<Mutex<mpsc::Sender<SpawnRequest>>> = OnceLock::new();
    let keeper = KEEPER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<SpawnRequest>();
        std::thread::Builder::new()
            .name("process-keeper".to_owned())
            .spawn(move || {
                for (mut command, reply) in rx {
                    // SAFETY: prctl is async-signal-safe and touches no memory of the parent.
                    unsafe {
                        command.pre_exec(|| {
                            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                                return Err(io::Error::last_os_error());
                            }
                            Ok(())
                        });
                    }
                    let _ = reply.send(command.spawn());
                }
            })
            .expect("start the process keeper thread");
        Mutex::new(tx)
    });
    let (reply_tx, reply_rx) = mpsc::channel();
    keeper
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .send((command, reply_tx))
        .expect("the process keeper is gone");
    reply_rx.recv().expect("the process keeper did not answer")
}

/// How a process was started, so that it can be started again.
#[derive(Clone, Debug)]
pub struct Spec {
    pub program: PathBuf,
    pub args: Vec<String>,
    /// Its whole environment when `clear_env`, else additions to the test's.
    pub env: Vec<(String, String)>,
    pub clear_env: bool,
    pub dir: PathBuf,
}

impl Spec {
    pub fn new(program: impl Into<PathBuf>, dir: impl Into<PathBuf>) -> Self {
        Spec {
            program: program.into(),
            args: Vec::new(),
            env: Vec::new(),
            clear_env: false,
            dir: dir.into(),
        }
    }

    pub fn args<S: AsRef<str>>(mut self, args: impl IntoIterator<Item = S>) -> Self {
        self.args
            .extend(args.into_iter().map(|arg| arg.as_ref().to_owned()));
        self
    }

    pub fn envs<K: AsRef<str>, V: AsRef<str>>(
        mut self,
        env: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.env.extend(
            env.into_iter()
                .map(|(k, v)| (k.as_ref().to_owned(), v.as_ref().to_owned())),
        );
        self
    }

    /// The command, with standard output and error appended to `log`.
    pub fn command(&self, log: &Path) -> Command {
        let log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .unwrap_or_else(|e| panic!("cannot open {}: {e}", log.display()));
        let mut command = Command::new(&self.program);
        if self.clear_env {
            command.env_clear();
        }
        command
            .args(&self.args)
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("clone the log's handle"))
            .stderr(log);
        command
    }
}

/// Named child processes, each logging to `<logs>/<name>.log`; all are killed when this is
/// dropped, and die with the test process anyway.
pub struct Processes {
    logs: PathBuf,
    children: Mutex<HashMap<String, Child>>,
    specs: Mutex<HashMap<String, Spec>>,
}

impl Processes {
    pub fn new(logs: impl Into<PathBuf>) -> Self {
        let logs = logs.into();
        fs::create_dir_all(&logs)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", logs.display()));
        Processes {
            logs,
            children: Mutex::new(HashMap::new()),
            specs: Mutex::new(HashMap::new()),
        }
    }

    pub fn log_path(&self, name: &str) -> PathBuf {
        self.logs.join(format!("{name}.log"))
    }

    /// What `name` has written so far.
    pub fn log(&self, name: &str) -> String {
        fs::read_to_string(self.log_path(name)).unwrap_or_default()
    }

    /// Starts `spec` as `name`.
    pub fn spawn(&self, name: &str, spec: Spec) {
        let command = spec.command(&self.log_path(name));
        let child = spawn_tied_to_test_process(command)
            .unwrap_or_else(|e| panic!("cannot start {name} ({}): {e}", spec.program.display()));
        self.lock_children().insert(name.to_owned(), child);
        self.lock_specs().insert(name.to_owned(), spec);
    }

    /// Starts `name` again as it was first started, killing what is left of it first.
    pub fn respawn(&self, name: &str) {
        if let Some(mut child) = self.lock_children().remove(name) {
            let _ = child.kill();
            let _ = child.wait();
        }
        let spec = self.lock_specs().get(name).cloned();
        let spec = spec.unwrap_or_else(|| panic!("{name} was never started here"));
        self.spawn(name, spec);
    }

    /// Kills `name` and waits for it to exit.
    pub fn stop(&self, name: &str) {
        let mut child = self
            .lock_children()
            .remove(name)
            .unwrap_or_else(|| panic!("{name} is not running here"));
        child.kill().expect("kill the process");
        child.wait().expect("wait for the process");
    }

    /// Sends `signal` (e.g. `libc::SIGTERM`) to `name` and leaves it be.
    pub fn signal(&self, name: &str, signal: i32) {
        let children = self.lock_children();
        let child = children
            .get(name)
            .unwrap_or_else(|| panic!("{name} is not running here"));
        // SAFETY: kill(2) on the pid of a child of ours that has not been reaped.
        let result = unsafe { libc::kill(child.id() as libc::pid_t, signal) };
        assert_eq!(
            result,
            0,
            "cannot signal {name}: {}",
            io::Error::last_os_error()
        );
    }

    /// How `name` exited, if it has.
    pub fn exited(&self, name: &str) -> Option<ExitStatus> {
        self.lock_children()
            .get_mut(name)
            .and_then(|child| child.try_wait().ok().flatten())
    }

    /// Waits up to `timeout` for `name` to exit; its exit status, or `None` if it still runs.
    pub async fn wait_for_exit(&self, name: &str, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.exited(name) {
                return Some(status);
            }
            if Instant::now() > deadline {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The process id of `name`, while it runs.
    pub fn pid(&self, name: &str) -> Option<u32> {
        self.lock_children().get(name).map(Child::id)
    }

    /// Fails the test with the end of `name`'s log if it exited: `waiting` says what for.
    pub fn assert_running(&self, name: &str, waiting: &str) {
        if let Some(status) = self.exited(name) {
            panic!(
                "{name} exited ({status}) {waiting}; its log:\n{}",
                tail(&self.log(name), 40)
            );
        }
    }

    fn lock_children(&self) -> std::sync::MutexGuard<'_, HashMap<String, Child>> {
        self.children.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn lock_specs(&self) -> std::sync::MutexGuard<'_, HashMap<String, Spec>> {
        self.specs.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for Processes {
    fn drop(&mut self) {
        for child in self.lock_children().values_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Runs a one-off command (a migration) in `dir` to its end, its output in `log`; a failure
/// fails the test with the end of it.
pub fn run_to_end(name: &str, spec: &Spec, log: &Path) {
    let output = Command::new(&spec.program)
        .args(&spec.args)
        .envs(spec.env.iter().map(|(k, v)| (k, v)))
        .current_dir(&spec.dir)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {name}: {e}"));
    let text = [output.stdout, output.stderr].concat();
    fs::write(log, &text).expect("write the log");
    assert!(
        output.status.success(),
        "{name} failed ({}):\n{}",
        output.status,
        tail(&String::from_utf8_lossy(&text), 40)
    );
}
