//! A vestibule process whose Kratos and Hydra are addresses where nothing listens (every upstream
//! call fails at once), for the tests of what it decides before, or without, an upstream call:
//! limits on abuse, metrics, request ids, fuzzed input.

// Each test file uses what it needs of this module.
#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Vestibule {
    child: Mutex<Child>,
    pub port: u16,
    pub metrics_port: u16,
    dir: tempfile::TempDir,
}

impl Vestibule {
    /// Starts the binary with `extra` on top of the settings every such test needs, and waits
    /// until its public and metrics ports take connections.
    pub fn start(extra: &[(&str, &str)]) -> Self {
        let port = free_port();
        let metrics_port = free_port();
        let nowhere = format!("http://127.0.0.1:{}", free_port());
        let dir = tempfile::tempdir().unwrap();
        let log = std::fs::File::create(dir.path().join("vestibule.log")).unwrap();
        let secret = random_secret();
        let child = Command::new(env!("CARGO_BIN_EXE_vestibule"))
            .env_clear()
            .envs([
                ("KRATOS_PUBLIC_URL", nowhere.as_str()),
                ("KRATOS_ADMIN_URL", nowhere.as_str()),
                ("HYDRA_ADMIN_URL", nowhere.as_str()),
                ("COOKIE_SECRET", secret.as_str()),
                ("PORT", &port.to_string()),
                ("BASE_URL", &format!("http://127.0.0.1:{port}")),
                ("METRICS_ADDRESS", &format!("127.0.0.1:{metrics_port}")),
                ("UPSTREAM_TIMEOUT_SECONDS", "2"),
            ])
            .envs(extra.iter().copied())
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start vestibule");
        let vestibule = Vestibule {
            child: Mutex::new(child),
            port,
            metrics_port,
            dir,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        for p in [port, metrics_port] {
            while TcpStream::connect(("127.0.0.1", p)).is_err() {
                assert!(vestibule.is_running(), "vestibule exited before listening");
                assert!(Instant::now() < deadline, "vestibule did not listen on {p}");
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        vestibule
    }

    /// What the process has logged so far (its standard error).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("vestibule.log")).unwrap()
    }

    pub fn is_running(&self) -> bool {
        let mut child = self.child.lock().unwrap_or_else(|e| e.into_inner());
        child.try_wait().unwrap().is_none()
    }
}

impl Drop for Vestibule {
    fn drop(&mut self) {
        let child = self.child.get_mut().unwrap_or_else(|e| e.into_inner());
        let _ = child.kill();
        let _ = child.wait();
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A new `COOKIE_SECRET` for each process: no secret written in the repository is accepted.
pub fn random_secret() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
