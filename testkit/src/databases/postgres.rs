//! A PostgreSQL cluster for the stacks of one test process: Debian's server binaries
//! (`VESTIBULE_POSTGRES_BIN`, exported by `scripts/test`), run as the unprivileged `postgres`
//! user because PostgreSQL refuses to run as root, in a fresh directory under the stacks' folder,
//! on a free loopback port. Each stack gets databases of its own.
//!
//! Durability is off (`fsync`, `synchronous_commit`): a test cluster is thrown away, and waiting
//! for the disk would only slow the tests down.

use std::ffi::CString;
use std::fs;
use std::os::unix::fs::{chown, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::ports::free_port;
use crate::processes::{fresh_dir, random_secret, spawn_tied_to_test_process, tail};

/// The role Kratos and Hydra connect as.
const ROLE: &str = "vestibule";

pub struct Cluster {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
    password: String,
    databases: AtomicUsize,
    postmaster: Mutex<Child>,
    owner: (u32, u32),
}

impl Cluster {
    /// The cluster of this process, started on first use.
    pub fn shared() -> &'static Cluster {
        static SHARED: OnceLock<Cluster> = OnceLock::new();
        SHARED.get_or_init(Cluster::start)
    }

    fn start() -> Cluster {
        let bin = bin_dir();
        let (uid, gid) = system_user("postgres");
        let dir = fresh_dir().with_extension("postgres");
        fs::create_dir_all(&dir).expect("create the PostgreSQL directory");
        chown(&dir, Some(uid), Some(gid)).expect("hand the PostgreSQL directory to postgres");
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).expect("chmod");
        let password = random_secret(16);
        let password_file = dir.join("password");
        fs::write(&password_file, &password).expect("write the password file");
        chown(&password_file, Some(uid), Some(gid)).expect("chown the password file");

        let data = dir.join("data");
        let output = as_user(Command::new(bin.join("initdb")), uid, gid)
            .arg("-D")
            .arg(&data)
            .args([
                "-U",
                ROLE,
                "--auth-host=scram-sha-256",
                "--auth-local=reject",
            ])
            .args(["-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
            .arg(format!("--pwfile={}", password_file.display()))
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}/initdb: {e}", bin.display()));
        let _ = fs::remove_file(&password_file);
        assert!(
            output.status.success(),
            "initdb failed ({}); the postgres user must be able to reach {} (every parent \
             directory needs o+x):\n{}{}",
            output.status,
            dir.display(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );

        let port = free_port();
        let log = dir.join("postgres.log");
        let postmaster = spawn_postmaster(&bin, &dir, port, (uid, gid));
        let cluster = Cluster {
            bin,
            dir,
            port,
            password,
            databases: AtomicUsize::new(0),
            postmaster: Mutex::new(postmaster),
            owner: (uid, gid),
        };
        cluster.wait_until_ready(&log);
        eprintln!(
            "PostgreSQL cluster in {} on port {port}",
            cluster.dir.display()
        );
        cluster
    }

    /// Fast shutdown (SIGINT: sessions are cut, as in a crash or a failover for the clients),
    /// then the same cluster starts again on the same port.
    pub fn restart(&self) {
        let mut postmaster = self.postmaster.lock().unwrap();
        // SAFETY: kill(2) on the pid of our child, which has not been reaped.
        unsafe { libc::kill(postmaster.id() as libc::pid_t, libc::SIGINT) };
        let status = postmaster.wait().expect("wait for PostgreSQL to stop");
        eprintln!("PostgreSQL stopped ({status}); starting it again");
        *postmaster = spawn_postmaster(&self.bin, &self.dir, self.port, self.owner);
        drop(postmaster);
        self.wait_until_ready(&self.dir.join("postgres.log"));
    }

    fn wait_until_ready(&self, log: &Path) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let ready = Command::new(self.bin.join("pg_isready"))
                .args(["-q", "-h", "127.0.0.1", "-p", &self.port.to_string()])
                .status()
                .is_ok_and(|status| status.success());
            if ready {
                return;
            }
            let log_text = || tail(&fs::read_to_string(log).unwrap_or_default(), 40);
            if let Ok(Some(status)) = self.postmaster.lock().unwrap().try_wait() {
                panic!(
                    "PostgreSQL exited ({status}) while starting; its log:\n{}",
                    log_text()
                );
            }
            if Instant::now() > deadline {
                panic!(
                    "PostgreSQL did not accept connections within 60 s; its log:\n{}",
                    log_text()
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Creates a database named after `purpose` and returns the DSN Kratos and Hydra take.
    pub fn create_database(&self, purpose: &str) -> String {
        let name = format!(
            "{purpose}_{}",
            self.databases.fetch_add(1, Ordering::SeqCst)
        );
        let output = Command::new(self.bin.join("psql"))
            .args(["-h", "127.0.0.1", "-p", &self.port.to_string(), "-U", ROLE])
            .args(["-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c"])
            .arg(format!("CREATE DATABASE {name}"))
            .env("PGPASSWORD", &self.password)
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run psql: {e}"));
        assert!(
            output.status.success(),
            "creating database {name} failed ({}): {}\nPostgreSQL's log:\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr),
            tail(
                &fs::read_to_string(self.dir.join("postgres.log")).unwrap_or_default(),
                20
            )
        );
        format!(
            "postgres://{ROLE}:{}@127.0.0.1:{}/{name}?sslmode=disable&max_conns=64&max_idle_conns=16",
            self.password, self.port
        )
    }
}

/// The postmaster of the cluster in `dir`, as the postgres user, logging to `postgres.log`.
fn spawn_postmaster(bin: &Path, dir: &Path, port: u16, (uid, gid): (u32, u32)) -> Child {
    let log_file = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("postgres.log"))
        .expect("open the PostgreSQL log");
    let mut command = as_user(Command::new(bin.join("postgres")), uid, gid);
    command
        .arg("-D")
        .arg(dir.join("data"))
        .args(["-p", &port.to_string()])
        // TCP only: socket paths are limited to 107 bytes, deep checkouts exceed it.
        .args([
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "unix_socket_directories=",
        ])
        .args(["-c", "max_connections=400", "-c", "fsync=off"])
        .args(["-c", "synchronous_commit=off", "-c", "full_page_writes=off"])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(log_file.try_clone().expect("clone log handle"))
        .stderr(log_file);
    spawn_tied_to_test_process(command)
        .unwrap_or_else(|e| panic!("cannot start {}/postgres: {e}", bin.display()))
}

/// Debian's PostgreSQL server binaries.
fn bin_dir() -> PathBuf {
    let dir = std::env::var_os("VESTIBULE_POSTGRES_BIN").map(PathBuf::from).unwrap_or_else(|| {
        panic!("VESTIBULE_POSTGRES_BIN is not set: run the tests with scripts/test, which installs PostgreSQL and sets it")
    });
    assert!(
        dir.join("postgres").is_file(),
        "VESTIBULE_POSTGRES_BIN points at {}, which has no postgres binary",
        dir.display()
    );
    dir
}

/// The uid and gid of system user `name`.
fn system_user(name: &str) -> (u32, u32) {
    let c_name = CString::new(name).unwrap();
    // SAFETY: getpwnam returns a pointer into static storage or null; the fields are read at once.
    let entry = unsafe { libc::getpwnam(c_name.as_ptr()) };
    assert!(
        !entry.is_null(),
        "there is no {name} user: install Debian's postgresql package (scripts/test does)"
    );
    // SAFETY: checked non-null above.
    unsafe { ((*entry).pw_uid, (*entry).pw_gid) }
}

fn as_user(mut command: Command, uid: u32, gid: u32) -> Command {
    command.uid(uid).gid(gid);
    command
}
