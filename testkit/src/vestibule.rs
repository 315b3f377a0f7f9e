//! The one way a vestibule process is started, whether a [`crate::Stack`] runs it beside Kratos
//! and Hydra or a test runs it on its own ([`Launch`]): the binary of this build, with nothing of
//! the test's environment but the settings it is given, in a directory of its own under
//! `target/`, tied to the test process so it never outlives it.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::ports::free_port;
use crate::processes::{fresh_dir, random_secret, tail, Processes, Spec};

/// The vestibule binary: `VESTIBULE_BIN` when set (a script that built another profile), else
/// the one Cargo built beside the running test or example (`target/<profile>/vestibule`).
pub fn binary() -> PathBuf {
    if let Some(path) = std::env::var_os("VESTIBULE_BIN") {
        return PathBuf::from(path);
    }
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.join("vestibule")));
    match beside {
        Some(path) if path.is_file() => path,
        _ => panic!(
            "no vestibule binary beside {:?}: build it (`cargo build --bin vestibule`) or set VESTIBULE_BIN",
            std::env::current_exe().ok()
        ),
    }
}

/// How a vestibule process starts: [`binary`] in `dir` with exactly `settings` as its
/// environment.
pub fn spec(dir: &Path, settings: &[(String, String)]) -> Spec {
    let mut spec = Spec::new(binary(), dir).envs(settings.iter().cloned());
    spec.clear_env = true;
    spec
}

/// A vestibule to start on its own, for the tests of what it does before or without Kratos and
/// Hydra (limits, metrics, request ids, fuzzed input, logs), of faults upstream, and of start-up.
pub struct Launch {
    settings: Vec<(String, String)>,
    dir: PathBuf,
    port: Option<u16>,
    metrics_port: Option<u16>,
}

impl Launch {
    /// Nothing but the settings added later, and no port to wait for: start-up itself is tested.
    pub fn bare() -> Self {
        let dir = fresh_dir();
        std::fs::create_dir_all(&dir).expect("create the process's directory");
        Launch {
            settings: Vec::new(),
            dir,
            port: None,
            metrics_port: None,
        }
    }

    /// A vestibule that serves on a port of its own (metrics on another), on `127.0.0.1`, with a
    /// new `COOKIE_SECRET`, whose Kratos and Hydra are an address where nothing listens: every
    /// upstream call fails at once (see [`Launch::upstreams`]).
    pub fn serving() -> Self {
        let port = free_port();
        let metrics_port = free_port();
        let nowhere = format!("http://127.0.0.1:{}", free_port());
        let mut launch = Launch::bare().port(port).set_all(&[
            ("KRATOS_PUBLIC_URL", nowhere.as_str()),
            ("KRATOS_ADMIN_URL", nowhere.as_str()),
            ("HYDRA_ADMIN_URL", nowhere.as_str()),
            ("COOKIE_SECRET", &random_secret(32)),
            // Kratos's browser URL is on 127.0.0.1, so vestibule is too (cookies are per host).
            ("BASE_URL", &format!("http://127.0.0.1:{port}")),
            ("METRICS_ADDRESS", &format!("127.0.0.1:{metrics_port}")),
            ("UPSTREAM_TIMEOUT_SECONDS", "2"),
        ]);
        launch.metrics_port = Some(metrics_port);
        launch
    }

    /// Kratos (public and admin API) on `kratos` and Hydra's admin API on `hydra`, of 127.0.0.1.
    pub fn upstreams(self, kratos: u16, hydra: u16) -> Self {
        let kratos = format!("http://127.0.0.1:{kratos}");
        let hydra = format!("http://127.0.0.1:{hydra}");
        self.set_all(&[
            ("KRATOS_PUBLIC_URL", kratos.as_str()),
            ("KRATOS_ADMIN_URL", kratos.as_str()),
            ("HYDRA_ADMIN_URL", hydra.as_str()),
        ])
    }

    /// Serves on `port` (`PORT`), and [`Launch::start`] waits until it takes connections.
    pub fn port(mut self, port: u16) -> Self {
        self.port = Some(port);
        self.set("PORT", &port.to_string())
    }

    /// The setting `name`, replacing any earlier value.
    pub fn set(mut self, name: &str, value: &str) -> Self {
        self.settings.retain(|(existing, _)| existing != name);
        self.settings.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn set_all(self, settings: &[(&str, &str)]) -> Self {
        settings
            .iter()
            .fold(self, |launch, (name, value)| launch.set(name, value))
    }

    /// The process's directory: its working directory (a `.env` there is read) and its log's.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Starts the process and leaves it be.
    pub fn spawn(self) -> Vestibule {
        let processes = Processes::new(self.dir.join("logs"));
        processes.spawn(NAME, spec(&self.dir, &self.settings));
        Vestibule {
            processes,
            dir: self.dir,
            port: self.port.unwrap_or_default(),
            metrics_port: self.metrics_port.unwrap_or_default(),
        }
    }

    /// Starts the process and waits until its ports take connections; one that exits or does not
    /// listen within 30 s fails the test with its log.
    pub fn start(self) -> Vestibule {
        let ports: Vec<u16> = self.port.into_iter().chain(self.metrics_port).collect();
        let vestibule = self.spawn();
        let deadline = Instant::now() + Duration::from_secs(30);
        for port in ports {
            while TcpStream::connect(("127.0.0.1", port)).is_err() {
                vestibule
                    .processes
                    .assert_running(NAME, &format!("before listening on {port}"));
                assert!(
                    Instant::now() < deadline,
                    "vestibule did not listen on {port} within 30 s; its log:\n{}",
                    tail(&vestibule.log(), 40)
                );
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        vestibule
    }

    /// Runs `vestibule ARGS` (a command beside serving: `--help`, `check-config`,
    /// `healthcheck`...) with the settings given, in the process's directory, to its end: its exit
    /// code, standard output and standard error.
    pub fn command(self, args: &[&str]) -> (Option<i32>, String, String) {
        let output = std::process::Command::new(binary())
            .args(args)
            .env_clear()
            .envs(self.settings.iter().map(|(name, value)| (name, value)))
            .current_dir(&self.dir)
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run vestibule");
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// Runs the process until it exits, or for `limit` at most (then it is stopped): its exit
    /// code (`None` when it was still running) and its log.
    pub fn run_to_exit(self, limit: Duration) -> (Option<i32>, String) {
        let vestibule = self.spawn();
        let deadline = Instant::now() + limit;
        let code = loop {
            if let Some(status) = vestibule.processes.exited(NAME) {
                break status.code();
            }
            if Instant::now() > deadline {
                vestibule.processes.stop(NAME);
                break None;
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        (code, vestibule.log())
    }
}

const NAME: &str = "vestibule";

/// A vestibule process started by a [`Launch`]; killed when dropped.
pub struct Vestibule {
    processes: Processes,
    pub dir: PathBuf,
    /// Its public port (0 when it was given none).
    pub port: u16,
    /// Its metrics port (0 when it has none).
    pub metrics_port: u16,
}

impl Vestibule {
    /// What the process has logged so far.
    pub fn log(&self) -> String {
        self.processes.log(NAME)
    }

    pub fn is_running(&self) -> bool {
        self.processes.exited(NAME).is_none()
    }

    /// `http://127.0.0.1:<port>/<path>`.
    pub fn url(&self, path: &str) -> String {
        format!(
            "http://127.0.0.1:{}/{}",
            self.port,
            path.trim_start_matches('/')
        )
    }

    /// Sends `signal` (e.g. `libc::SIGTERM`) to the process.
    pub fn signal(&self, signal: i32) {
        self.processes.signal(NAME, signal);
    }

    /// Waits up to `timeout` for the process to exit.
    pub async fn wait_for_exit(&self, timeout: Duration) -> Option<std::process::ExitStatus> {
        self.processes.wait_for_exit(NAME, timeout).await
    }
}
