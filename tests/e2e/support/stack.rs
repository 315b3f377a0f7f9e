//! A real stack for one test binary (or one test): Ory Kratos, Ory Hydra, Mailpit and the
//! vestibule binary, each a child process on its own free port, with databases and logs in a
//! fresh directory under the target folder.
//!
//! Kratos and Hydra keep their data in SQLite, or in databases of their own in a PostgreSQL
//! cluster when `VESTIBULE_TEST_DATABASE=postgres` (or [`StackOptions::database`]) says so.
//! With [`StackOptions::replicas`], several vestibule processes serve behind HAProxy on
//! vestibule's port, as in production.
//!
//! The configuration is the repository's own `config/`, with the default ports replaced by the
//! ones chosen here, so the stack can run beside a development stack. A service that cannot start
//! fails the test with the end of its log.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use tokio::sync::OnceCell;

use super::postgres::Cluster;

const REPO: &str = env!("CARGO_MANIFEST_DIR");

#[derive(Clone, Copy, Debug)]
pub struct Ports {
    pub vestibule: u16,
    pub kratos_public: u16,
    pub kratos_admin: u16,
    pub hydra_public: u16,
    pub hydra_admin: u16,
    pub smtp: u16,
    pub mailpit: u16,
}

impl Ports {
    fn pick() -> Self {
        Ports {
            vestibule: free_port(),
            kratos_public: free_port(),
            kratos_admin: free_port(),
            hydra_public: free_port(),
            hydra_admin: free_port(),
            smtp: free_port(),
            mailpit: free_port(),
        }
    }

    /// The default port of each service (as written in config/) and its replacement here.
    fn replacements(&self) -> [(&'static str, u16); 6] {
        [
            ("4455", self.vestibule),
            ("4433", self.kratos_public),
            ("4434", self.kratos_admin),
            ("4444", self.hydra_public),
            ("4445", self.hydra_admin),
            ("1025", self.smtp),
        ]
    }
}

/// Where Kratos and Hydra keep their data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Database {
    Sqlite,
    Postgres,
}

impl Database {
    /// `VESTIBULE_TEST_DATABASE`: `sqlite` (the default) or `postgres`.
    pub fn from_env() -> Self {
        match std::env::var("VESTIBULE_TEST_DATABASE").as_deref() {
            Err(_) | Ok("") | Ok("sqlite") => Database::Sqlite,
            Ok("postgres") => Database::Postgres,
            Ok(other) => {
                panic!("VESTIBULE_TEST_DATABASE must be sqlite or postgres, not {other:?}")
            }
        }
    }

    /// The DSN of a new database for `service` (kratos, hydra) of the stack in `dir`.
    fn dsn(self, dir: &Path, service: &str) -> String {
        match self {
            Database::Sqlite => format!(
                "sqlite://{}/{service}.sqlite?_fk=true&mode=rwc&_txlock=immediate&_journal_mode=WAL&_busy_timeout=30000&max_conns=64&max_idle_conns=16&lock=false",
                dir.display()
            ),
            Database::Postgres => Cluster::shared().create_database(service),
        }
    }
}

/// Per-stack additions to the environment of a service, and the stack's shape.
#[derive(Clone, Debug, Default)]
pub struct StackOptions {
    pub kratos_env: Vec<(String, String)>,
    pub hydra_env: Vec<(String, String)>,
    pub vestibule_env: Vec<(String, String)>,
    /// `None`: as `VESTIBULE_TEST_DATABASE` says.
    pub database: Option<Database>,
    /// 0: one vestibule on its port. N: N vestibule processes on ports of their own, behind
    /// HAProxy on vestibule's port (round robin, health-checked on `/health/ready`), with Redis.
    pub replicas: usize,
    /// The production shape of docs/deployment.md: HTTPS through HAProxy with
    /// `config/production/`, vestibule and Kratos's browser paths on one name, Hydra and the app
    /// on names of their own under a test domain, Kratos and Hydra without `--dev`.
    pub tls: bool,
    /// A Redis server (`VESTIBULE_REDIS_BIN`) where vestibule counts the `/phone` limits
    /// (`PHONE_LIMITS_REDIS_URL`); always there with replicas.
    pub redis: bool,
}

/// The test domain (`.test` is reserved: it never resolves on the internet). Browsers and clients
/// map its names to 127.0.0.1 themselves.
pub const TLS_DOMAIN: &str = "vestibule.test";

/// A production-shaped stack's public side, through HAProxy with a certificate from a CA made for
/// this stack: vestibule (and Kratos's browser paths) at `https://login.vestibule.test:<port>`,
/// Hydra at `https://oauth.…` and the test's app at `https://app.…`.
#[derive(Clone, Debug)]
pub struct TlsShape {
    /// HAProxy's port on 127.0.0.1 (in every public URL).
    pub port: u16,
    /// Where HAProxy sends `app.vestibule.test`: the test's client app listens here.
    pub app_port: u16,
    /// The test CA's certificate (PEM), the only one clients trust for these names.
    pub ca: PathBuf,
}

impl TlsShape {
    /// `https://<name>.vestibule.test:<port>` (no trailing slash).
    pub fn origin(&self, name: &str) -> String {
        format!("https://{name}.{TLS_DOMAIN}:{}", self.port)
    }
}

pub struct Stack {
    pub ports: Ports,
    pub dir: PathBuf,
    /// vestibule's `COOKIE_SECRET`, new for every stack (tests sign markers with it).
    pub cookie_secret: String,
    pub database: Database,
    /// The ports of the vestibule replicas behind HAProxy (empty without replicas).
    pub replica_ports: Vec<u16>,
    /// The metrics port (`METRICS_ADDRESS`) of each vestibule process: the one, or each replica's.
    pub metrics_ports: Vec<u16>,
    /// The port of the stack's Redis, if it has one.
    pub redis_port: Option<u16>,
    /// The public side of a production-shaped stack.
    pub tls: Option<TlsShape>,
    children: Mutex<HashMap<String, Child>>,
    /// How each service was started, so that it can be started again.
    specs: Mutex<HashMap<String, Spec>>,
}

/// A service's command line and environment.
#[derive(Clone)]
struct Spec {
    program: PathBuf,
    args: Vec<String>,
    env: Vec<(String, String)>,
}

static SHARED: OnceCell<Stack> = OnceCell::const_new();

impl Stack {
    /// The stack shared by the tests of this binary that do not stop or reconfigure services.
    pub async fn shared() -> &'static Stack {
        SHARED
            .get_or_init(|| Stack::start(StackOptions::default()))
            .await
    }

    /// A stack of its own, for tests that stop services or need other settings.
    pub async fn start(options: StackOptions) -> Stack {
        let ports = Ports::pick();
        let dir = fresh_dir();
        fs::create_dir_all(dir.join("logs")).expect("create stack directory");
        eprintln!("test stack in {} with {ports:?}", dir.display());

        let kratos_config = rewrite_config(&dir, "config/kratos/kratos.yml", &ports);
        let hydra_config = rewrite_config(&dir, "config/hydra/hydra.yml", &ports);
        let tls = options.tls.then(|| TlsShape {
            port: free_port(),
            app_port: free_port(),
            ca: dir.join("tls").join("ca.pem"),
        });
        // The production shape adds the files of config/production/ on top, with example.com
        // replaced by the test domain.
        let mut kratos_configs = vec![kratos_config];
        let mut hydra_configs = vec![hydra_config.clone()];
        if let Some(shape) = &tls {
            make_certificates(&dir.join("tls"));
            kratos_configs.push(production_config(&dir, "kratos.yml", &ports, shape));
            hydra_configs.push(production_config(&dir, "hydra.yml", &ports, shape));
        }
        let config_args = |configs: &[PathBuf]| -> Vec<String> {
            configs
                .iter()
                .flat_map(|path| ["-c".to_owned(), path.display().to_string()])
                .collect()
        };
        let kratos_args = config_args(&kratos_configs);
        let hydra_args = config_args(&hydra_configs);
        // Development mode lets Kratos and Hydra use plain http and cookies without Secure; the
        // production shape runs them as in production.
        let dev_flag: &[&str] = if tls.is_some() { &[] } else { &["--dev"] };
        let database = options.database.unwrap_or_else(Database::from_env);
        let stack = Stack {
            ports,
            dir: dir.clone(),
            cookie_secret: random_secret(32),
            database,
            replica_ports: (0..options.replicas).map(|_| free_port()).collect(),
            metrics_ports: (0..options.replicas.max(1)).map(|_| free_port()).collect(),
            redis_port: (options.redis || options.replicas > 0).then(free_port),
            tls,
            children: Mutex::new(HashMap::new()),
            specs: Mutex::new(HashMap::new()),
        };

        let kratos_env = stack.kratos_env(&options);
        let hydra_env = stack.hydra_env(&options);
        std::thread::scope(|scope| {
            let kratos = scope.spawn(|| {
                migrate(
                    &dir,
                    "kratos-migrate",
                    &tool("VESTIBULE_KRATOS_BIN"),
                    &["migrate", "sql", "-e", "--yes"],
                    &kratos_env,
                )
            });
            let hydra = scope.spawn(|| {
                migrate(
                    &dir,
                    "hydra-migrate",
                    &tool("VESTIBULE_HYDRA_BIN"),
                    &[
                        "migrate",
                        "sql",
                        "up",
                        "-e",
                        "--yes",
                        "-c",
                        hydra_config.to_str().unwrap(),
                    ],
                    &hydra_env,
                )
            });
            kratos.join().expect("kratos migration thread");
            hydra.join().expect("hydra migration thread");
        });

        stack.spawn(
            "mailpit",
            &tool("VESTIBULE_MAILPIT_BIN"),
            &[
                "--smtp",
                &format!("127.0.0.1:{}", ports.smtp),
                "--listen",
                &format!("127.0.0.1:{}", ports.mailpit),
                "--database",
                dir.join("mailpit.db").to_str().unwrap(),
                "--disable-version-check",
            ],
            &[],
        );
        let mut args: Vec<&str> = vec!["serve"];
        args.extend(kratos_args.iter().map(String::as_str));
        args.extend(dev_flag);
        args.push("--watch-courier");
        stack.spawn("kratos", &tool("VESTIBULE_KRATOS_BIN"), &args, &kratos_env);
        let mut args: Vec<&str> = vec!["serve", "all"];
        args.extend(hydra_args.iter().map(String::as_str));
        args.extend(dev_flag);
        stack.spawn("hydra", &tool("VESTIBULE_HYDRA_BIN"), &args, &hydra_env);
        if let Some(port) = stack.redis_port {
            stack.start_redis(port);
        }
        let vestibule_env = stack.vestibule_env(&options);
        let ory_checks = [
            ("mailpit".to_owned(), stack.mailpit_url("readyz")),
            ("kratos".to_owned(), stack.kratos_public_url("health/ready")),
            (
                "kratos".to_owned(),
                stack.kratos_admin_url("admin/health/ready"),
            ),
            ("hydra".to_owned(), stack.hydra_public_url("health/ready")),
            ("hydra".to_owned(), stack.hydra_admin_url("health/ready")),
        ];
        // vestibule asks Kratos and Hydra where Kratos's cookies go before it listens: it starts
        // once they answer, so that the check is made then and there.
        futures_util::future::join_all(
            ory_checks
                .iter()
                .map(|(name, url)| stack.wait_until_healthy(name, url)),
        )
        .await;
        let mut checks = Vec::new();
        let metrics_address = |i: usize| {
            (
                "METRICS_ADDRESS".to_owned(),
                format!("127.0.0.1:{}", stack.metrics_ports[i]),
            )
        };
        if stack.replica_ports.is_empty() {
            let mut env = vestibule_env.clone();
            env.push(metrics_address(0));
            stack.spawn("vestibule", &vestibule_bin(), &[], &env);
            checks.push(("vestibule".to_owned(), stack.vestibule_url("health/alive")));
        } else {
            for (i, (name, port)) in stack.replicas().into_iter().enumerate() {
                let mut env = vestibule_env.clone();
                env.push(("PORT".to_owned(), port.to_string()));
                env.push(metrics_address(i));
                stack.spawn(&name, &vestibule_bin(), &[], &env);
                checks.push((name, format!("http://127.0.0.1:{port}/health/alive")));
            }
            stack.start_balancer();
        }
        if stack.redis_port.is_some() {
            stack.wait_until_redis_answers().await;
        }
        let waits = checks
            .iter()
            .map(|(name, url)| stack.wait_until_healthy(name, url));
        futures_util::future::join_all(waits).await;
        if !stack.replica_ports.is_empty() {
            stack.wait_until_balanced().await;
        }
        if stack.tls.is_some() {
            stack.start_tls_proxy();
            stack.wait_until_served_over_https().await;
        }
        stack
    }

    /// Another vestibule process on this stack's Kratos and Hydra, named `name` (its log is
    /// [`Stack::log`]`(name)`): the stack's own settings with `extra` on top, on a port of its
    /// own, which is returned. It is not waited for: see [`Stack::wait_until_alive`] and
    /// [`Stack::wait_for_exit`].
    pub fn start_vestibule(&self, name: &str, extra: &[(&str, &str)]) -> u16 {
        let port = free_port();
        let mut env = self.vestibule_env(&StackOptions::default());
        env.push(("PORT".to_owned(), port.to_string()));
        env.extend(
            extra
                .iter()
                .map(|(name, value)| ((*name).to_owned(), (*value).to_owned())),
        );
        self.spawn(name, &vestibule_bin(), &[], &env);
        port
    }

    /// Waits until the vestibule process `name` answers `/health/alive` on `port`.
    pub async fn wait_until_alive(&self, name: &str, port: u16) {
        self.wait_until_healthy(name, &format!("http://127.0.0.1:{port}/health/alive"))
            .await;
    }

    /// Redis on `port`, keeping nothing on disk: the counts of the `/phone` limits.
    fn start_redis(&self, port: u16) {
        self.spawn(
            "redis",
            &tool("VESTIBULE_REDIS_BIN"),
            &[
                "--bind",
                "127.0.0.1",
                "--port",
                &port.to_string(),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.dir.to_str().unwrap(),
            ],
            &[],
        );
    }

    /// Waits until the stack's Redis answers `PING`; a Redis that exits or stays silent fails the
    /// test with its log.
    async fn wait_until_redis_answers(&self) {
        let port = self.redis_port.expect("a stack with Redis");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if redis_answers(port).await {
                return;
            }
            if let Some(status) = self.exited("redis") {
                panic!(
                    "redis exited ({status}) before answering on port {port}; its log:\n{}",
                    tail(&self.log("redis"), 40)
                );
            }
            if Instant::now() > deadline {
                panic!(
                    "redis did not answer PING on port {port} within 30 s; its log:\n{}",
                    tail(&self.log("redis"), 40)
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// HAProxy with `config/production/haproxy.cfg`: TLS on the stack's public port, a name per
    /// service.
    fn start_tls_proxy(&self) {
        let shape = self.tls.as_ref().expect("a production-shaped stack");
        let p = self.ports;
        let upstream = |port: u16| format!("127.0.0.1:{port}");
        self.spawn(
            "haproxy-tls",
            &tool("VESTIBULE_HAPROXY_BIN"),
            &[
                "-db",
                "-f",
                Path::new(REPO)
                    .join("config/production/haproxy.cfg")
                    .to_str()
                    .unwrap(),
            ],
            &[
                ("VESTIBULE_DOMAIN".to_owned(), TLS_DOMAIN.to_owned()),
                (
                    "VESTIBULE_TLS_LISTEN".to_owned(),
                    format!("127.0.0.1:{}", shape.port),
                ),
                (
                    "VESTIBULE_TLS_CERT".to_owned(),
                    self.dir.join("tls/server.pem").display().to_string(),
                ),
                ("VESTIBULE_UPSTREAM".to_owned(), upstream(p.vestibule)),
                ("KRATOS_UPSTREAM".to_owned(), upstream(p.kratos_public)),
                ("HYDRA_UPSTREAM".to_owned(), upstream(p.hydra_public)),
                ("APP_UPSTREAM".to_owned(), upstream(shape.app_port)),
            ],
        );
    }

    /// A client of the production-shaped stack, as an app on another machine would be: it
    /// resolves the test domain's names to 127.0.0.1 itself and trusts only the test CA.
    pub fn https_client(&self) -> reqwest::Client {
        let shape = self.tls.as_ref().expect("a production-shaped stack");
        let ca = fs::read(&shape.ca).expect("read the test CA");
        let mut builder = reqwest::Client::builder()
            .tls_built_in_root_certs(false)
            .add_root_certificate(reqwest::Certificate::from_pem(&ca).expect("the test CA"))
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(5));
        for name in TLS_NAMES {
            builder = builder.resolve(
                &format!("{name}.{TLS_DOMAIN}"),
                ([127, 0, 0, 1], shape.port).into(),
            );
        }
        builder.build().expect("build the https client")
    }

    /// Waits until vestibule, Kratos (under vestibule's name) and Hydra answer through HAProxy
    /// over https.
    async fn wait_until_served_over_https(&self) {
        let shape = self.tls.as_ref().expect("a production-shaped stack");
        let client = self.https_client();
        let deadline = Instant::now() + Duration::from_secs(60);
        for (name, path) in [
            ("login", "health/ready"),
            ("login", ".well-known/ory/webauthn.js"),
            ("oauth", "health/ready"),
        ] {
            let url = format!("{}/{path}", shape.origin(name));
            loop {
                let answer = client.get(&url).send().await;
                if matches!(&answer, Ok(response) if response.status().is_success()) {
                    break;
                }
                if let Some(status) = self.exited("haproxy-tls") {
                    panic!(
                        "haproxy exited ({status}); its log:\n{}",
                        tail(&self.log("haproxy-tls"), 40)
                    );
                }
                if Instant::now() > deadline {
                    panic!(
                        "{url} did not answer 200 through HAProxy within 60 s (last: {answer:?}); its log:\n{}",
                        tail(&self.log("haproxy-tls"), 40)
                    );
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }

    /// Waits until HAProxy's health checks have found every replica up: requests through it
    /// are answered by each of them in turn.
    async fn wait_until_balanced(&self) {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(2))
            .build()
            .unwrap();
        let url = self.vestibule_url("health/ready");
        let expected: Vec<String> = self.replicas().into_iter().map(|(name, _)| name).collect();
        let deadline = Instant::now() + Duration::from_secs(90);
        let mut seen = Vec::new();
        loop {
            seen.clear();
            for _ in 0..expected.len() * 2 {
                if let Ok(response) = client.get(&url).send().await {
                    if response.status().is_success() {
                        if let Some(name) = response.headers().get("x-served-by") {
                            seen.push(name.to_str().unwrap_or_default().to_owned());
                        }
                    }
                }
            }
            if expected.iter().all(|name| seen.contains(name)) {
                return;
            }
            if let Some(status) = self.exited("haproxy") {
                panic!(
                    "haproxy exited ({status}); its log:\n{}",
                    tail(&self.log("haproxy"), 40)
                );
            }
            if Instant::now() > deadline {
                panic!(
                    "HAProxy did not send requests to every replica within 90 s (answered by {seen:?}); its log:\n{}",
                    tail(&self.log("haproxy"), 40)
                );
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    /// The name (`vestibule-1`, ...) and port of each replica.
    pub fn replicas(&self) -> Vec<(String, u16)> {
        self.replica_ports
            .iter()
            .enumerate()
            .map(|(i, port)| (format!("vestibule-{}", i + 1), *port))
            .collect()
    }

    /// The process ids of the vestibule processes (the replicas, or the one).
    pub fn vestibule_pids(&self) -> Vec<u32> {
        let children = self.children.lock().unwrap();
        let names: Vec<String> = if self.replica_ports.is_empty() {
            vec!["vestibule".to_owned()]
        } else {
            self.replicas().into_iter().map(|(name, _)| name).collect()
        };
        names
            .iter()
            .filter_map(|name| children.get(name).map(Child::id))
            .collect()
    }

    /// HAProxy on vestibule's port with `config/haproxy/haproxy.cfg` and a `server` line per
    /// replica, named like the replica, after each `# servers` line.
    fn start_balancer(&self) {
        let template = fs::read_to_string(Path::new(REPO).join("config/haproxy/haproxy.cfg"))
            .expect("read config/haproxy/haproxy.cfg");
        let servers: String = self
            .replicas()
            .into_iter()
            .map(|(name, port)| format!("    server {name} 127.0.0.1:{port}\n"))
            .collect();
        let mut config = String::new();
        for line in template.lines() {
            config.push_str(line);
            config.push('\n');
            if line.trim() == "# servers" {
                config.push_str(&servers);
            }
        }
        let path = self.dir.join("haproxy.cfg");
        fs::write(&path, config).expect("write haproxy.cfg");
        self.spawn(
            "haproxy",
            &tool("VESTIBULE_HAPROXY_BIN"),
            &["-db", "-f", path.to_str().unwrap()],
            &[(
                "VESTIBULE_LISTEN".to_owned(),
                format!("127.0.0.1:{}", self.ports.vestibule),
            )],
        );
    }

    fn kratos_env(&self, options: &StackOptions) -> Vec<(String, String)> {
        let schema = |file: &str| Path::new(REPO).join("config/kratos").join(file);
        let mut env = vec![
            ("DSN".to_owned(), self.database.dsn(&self.dir, "kratos")),
            (
                "IDENTITY_SCHEMAS".to_owned(),
                format!(
                    r#"[{{"id":"default","url":"file://{}"}},{{"id":"phone","url":"file://{}"}}]"#,
                    schema("identity.schema.json").display(),
                    schema("identity.phone.schema.json").display()
                ),
            ),
            (
                "SERVE_PUBLIC_PORT".to_owned(),
                self.ports.kratos_public.to_string(),
            ),
            (
                "SERVE_ADMIN_PORT".to_owned(),
                self.ports.kratos_admin.to_string(),
            ),
            // Nothing secret is kept in config/; each stack has its own.
            ("SECRETS_COOKIE".to_owned(), random_secret(32)),
            ("SECRETS_CIPHER".to_owned(), random_secret(16)),
        ];
        // `{hydra_admin}` in a value stands for this stack's Hydra admin URL.
        let hydra_admin = format!("http://127.0.0.1:{}/", self.ports.hydra_admin);
        env.extend(
            options
                .kratos_env
                .iter()
                .map(|(name, value)| (name.clone(), value.replace("{hydra_admin}", &hydra_admin))),
        );
        env
    }

    fn hydra_env(&self, options: &StackOptions) -> Vec<(String, String)> {
        let mut env = vec![
            ("DSN".to_owned(), self.database.dsn(&self.dir, "hydra")),
            ("SECRETS_SYSTEM".to_owned(), random_secret(32)),
        ];
        env.extend(options.hydra_env.iter().cloned());
        env
    }

    fn vestibule_env(&self, options: &StackOptions) -> Vec<(String, String)> {
        let mut env = self.vestibule_env_of_shape(options);
        if let Some(port) = self.redis_port {
            // Before the test's own settings, which may name another.
            let at = env.len() - options.vestibule_env.len();
            env.insert(
                at,
                (
                    "PHONE_LIMITS_REDIS_URL".to_owned(),
                    format!("redis://127.0.0.1:{port}/0"),
                ),
            );
        }
        env
    }

    fn vestibule_env_of_shape(&self, options: &StackOptions) -> Vec<(String, String)> {
        if let Some(shape) = &self.tls {
            // config/production/vestibule.env, for this stack's ports and names.
            let text = rewrite_production(
                &fs::read_to_string(Path::new(REPO).join("config/production/vestibule.env"))
                    .expect("read config/production/vestibule.env"),
                &self.ports,
                shape,
            );
            // The secret is read from a file only this user can read, as the guide says.
            let secret_file = self.dir.join("vestibule_cookie_secret");
            fs::write(&secret_file, &self.cookie_secret).expect("write the cookie secret");
            fs::set_permissions(&secret_file, fs::Permissions::from_mode(0o600))
                .expect("make the cookie secret private");
            let mut env: Vec<(String, String)> = text
                .lines()
                .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
                .filter_map(|line| line.split_once('='))
                .map(|(name, value)| match name {
                    "COOKIE_SECRET_FILE" => (name.to_owned(), secret_file.display().to_string()),
                    _ => (name.to_owned(), value.to_owned()),
                })
                .collect();
            env.extend([
                ("UPSTREAM_TIMEOUT_SECONDS".to_owned(), "5".to_owned()),
                ("LOG_LEVEL".to_owned(), "info,vestibule=debug".to_owned()),
            ]);
            env.extend(options.vestibule_env.iter().cloned());
            return env;
        }
        let p = self.ports;
        let mut env: Vec<(String, String)> = [
            (
                "KRATOS_PUBLIC_URL",
                format!("http://localhost:{}", p.kratos_public),
            ),
            (
                "KRATOS_BROWSER_URL",
                format!("http://localhost:{}", p.kratos_public),
            ),
            (
                "KRATOS_ADMIN_URL",
                format!("http://127.0.0.1:{}", p.kratos_admin),
            ),
            (
                "HYDRA_ADMIN_URL",
                format!("http://127.0.0.1:{}", p.hydra_admin),
            ),
            ("BASE_URL", format!("http://localhost:{}", p.vestibule)),
            (
                "HYDRA_PUBLIC_URL",
                format!("http://localhost:{}", p.hydra_public),
            ),
            ("PORT", p.vestibule.to_string()),
            ("COOKIE_SECRET", self.cookie_secret.clone()),
            ("UPSTREAM_TIMEOUT_SECONDS", "5".to_owned()),
            ("LOG_LEVEL", "info,vestibule=debug".to_owned()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        env.extend(options.vestibule_env.iter().cloned());
        env
    }

    pub fn vestibule_url(&self, path: &str) -> String {
        format!("http://localhost:{}/{path}", self.ports.vestibule)
    }
    pub fn kratos_public_url(&self, path: &str) -> String {
        format!("http://localhost:{}/{path}", self.ports.kratos_public)
    }
    pub fn kratos_admin_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.ports.kratos_admin)
    }
    pub fn hydra_public_url(&self, path: &str) -> String {
        format!("http://localhost:{}/{path}", self.ports.hydra_public)
    }
    pub fn hydra_admin_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.ports.hydra_admin)
    }
    pub fn mailpit_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.ports.mailpit)
    }

    /// Kills a service and waits for it to exit.
    pub fn stop(&self, name: &str) {
        let mut children = self.children.lock().unwrap();
        let mut child = children
            .remove(name)
            .unwrap_or_else(|| panic!("{name} is not running in this stack"));
        child.kill().expect("kill service");
        child.wait().expect("wait for service");
    }

    // Fault control for examples/test_stack (the load test's faults).
    #[allow(dead_code)]
    /// Sends `signal` (e.g. `libc::SIGTERM`) to a service and leaves it be.
    pub fn signal(&self, name: &str, signal: i32) {
        let children = self.children.lock().unwrap();
        let child = children
            .get(name)
            .unwrap_or_else(|| panic!("{name} is not running in this stack"));
        // SAFETY: kill(2) on the pid of a child of ours that has not been reaped.
        let result = unsafe { libc::kill(child.id() as libc::pid_t, signal) };
        assert_eq!(
            result,
            0,
            "cannot signal {name}: {}",
            io::Error::last_os_error()
        );
    }

    // Fault control for examples/test_stack (the load test's faults).
    #[allow(dead_code)]
    /// Waits up to `timeout` for a service to exit; its exit status, or `None` if it still runs.
    pub async fn wait_for_exit(
        &self,
        name: &str,
        timeout: Duration,
    ) -> Option<std::process::ExitStatus> {
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

    /// Starts a service again as it was first started (killing what is left of it), on the same
    /// port, and waits until it is healthy; its log goes on in the same file.
    pub async fn restart(&self, name: &str) {
        if let Some(mut child) = self.children.lock().unwrap().remove(name) {
            let _ = child.kill();
            let _ = child.wait();
        }
        let spec = self.specs.lock().unwrap().get(name).cloned();
        let spec = spec.unwrap_or_else(|| panic!("{name} was never started in this stack"));
        let args: Vec<&str> = spec.args.iter().map(String::as_str).collect();
        self.spawn(name, &spec.program, &args, &spec.env);
        if name == "redis" {
            self.wait_until_redis_answers().await;
            return;
        }
        let url = match name {
            "kratos" => self.kratos_public_url("health/ready"),
            "hydra" => self.hydra_admin_url("health/ready"),
            "mailpit" => self.mailpit_url("readyz"),
            "vestibule" => self.vestibule_url("health/alive"),
            replica => {
                let port = self
                    .replicas()
                    .into_iter()
                    .find(|(n, _)| n == replica)
                    .map(|(_, port)| port)
                    .unwrap_or_else(|| panic!("{replica} cannot be restarted"));
                format!("http://127.0.0.1:{port}/health/alive")
            }
        };
        self.wait_until_healthy(name, &url).await;
    }

    // Fault control for examples/test_stack (the load test's faults).
    #[allow(dead_code)]
    /// Stops the PostgreSQL cluster (fast shutdown: open connections are cut) and starts it
    /// again on the same port.
    pub fn restart_database(&self) {
        assert_eq!(
            self.database,
            Database::Postgres,
            "this stack keeps its data in SQLite"
        );
        Cluster::shared().restart();
    }

    pub fn log(&self, name: &str) -> String {
        fs::read_to_string(self.dir.join("logs").join(format!("{name}.log"))).unwrap_or_default()
    }

    fn spawn(&self, name: &str, program: &Path, args: &[&str], env: &[(String, String)]) {
        let log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join("logs").join(format!("{name}.log")))
            .expect("create log file");
        let mut command = Command::new(program);
        command
            .args(args)
            .envs(env.iter().map(|(k, v)| (k, v)))
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("clone log handle"))
            .stderr(log);
        let child = spawn_tied_to_test_process(command)
            .unwrap_or_else(|e| panic!("cannot start {name} ({}): {e}", program.display()));
        self.children.lock().unwrap().insert(name.to_owned(), child);
        self.specs.lock().unwrap().insert(
            name.to_owned(),
            Spec {
                program: program.to_owned(),
                args: args.iter().map(|arg| (*arg).to_owned()).collect(),
                env: env.to_vec(),
            },
        );
    }

    async fn wait_until_healthy(&self, name: &str, url: &str) {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(2))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            if let Ok(response) = client.get(url).send().await {
                if response.status().is_success() {
                    return;
                }
            }
            if let Some(status) = self.exited(name) {
                panic!(
                    "{name} exited ({status}) before becoming healthy at {url}; its log:\n{}",
                    tail(&self.log(name), 40)
                );
            }
            if Instant::now() > deadline {
                panic!(
                    "{name} did not become healthy at {url} within 90 s; its log:\n{}",
                    tail(&self.log(name), 40)
                );
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    fn exited(&self, name: &str) -> Option<std::process::ExitStatus> {
        let mut children = self.children.lock().unwrap();
        children
            .get_mut(name)
            .and_then(|child| child.try_wait().ok().flatten())
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        if let Ok(children) = self.children.get_mut() {
            for child in children.values_mut() {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }
}

/// Whether a Redis server on `port` answers `PING` with `+PONG`.
async fn redis_answers(port: u16) -> bool {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let ping = async {
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
        stream.write_all(b"PING\r\n").await?;
        let mut answer = [0u8; 7];
        stream.read_exact(&mut answer).await?;
        Ok::<_, io::Error>(&answer == b"+PONG\r\n")
    };
    matches!(
        tokio::time::timeout(Duration::from_secs(2), ping).await,
        Ok(Ok(true))
    )
}

/// The vestibule binary: the one Cargo built for these tests, or, where Cargo names none (an
/// example that starts a stack), `VESTIBULE_BIN` or the debug build.
fn vestibule_bin() -> PathBuf {
    match option_env!("CARGO_BIN_EXE_vestibule") {
        Some(path) => PathBuf::from(path),
        None => std::env::var_os("VESTIBULE_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(REPO).join("target/debug/vestibule")),
    }
}

/// A loopback port for a service of a test stack, never handed out twice in this process.
///
/// Ports come from below Linux's ephemeral range (32768 and up), so the outgoing connections of
/// the many processes a test run starts cannot take a port between its choice here and the
/// moment its service binds it.
pub fn free_port() -> u16 {
    static GIVEN: Mutex<Vec<u16>> = Mutex::new(Vec::new());
    let mut given = GIVEN.lock().unwrap();
    // Spread over the range by process id, so test binaries running one after another (or a
    // browser suite beside them) start from different places.
    let start = 20_000 + (std::process::id() as usize * 7919) % 12_000;
    for offset in 0..12_000 {
        let port = (20_000 + (start - 20_000 + offset) % 12_000) as u16;
        if given.contains(&port) {
            continue;
        }
        if TcpListener::bind(("127.0.0.1", port)).is_ok()
            && TcpListener::bind(("0.0.0.0", port)).is_ok()
        {
            given.push(port);
            return port;
        }
    }
    panic!("no free port between 20000 and 32000 on this machine");
}

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

fn migrate(dir: &Path, name: &str, program: &Path, args: &[&str], env: &[(String, String)]) {
    let output = Command::new(program)
        .args(args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {name}: {e}"));
    let log = [output.stdout, output.stderr].concat();
    fs::write(dir.join("logs").join(format!("{name}.log")), &log).expect("write migration log");
    assert!(
        output.status.success(),
        "{name} failed ({}):\n{}",
        output.status,
        tail(&String::from_utf8_lossy(&log), 40)
    );
}

/// Copies a config file into the stack directory with every default port replaced.
fn rewrite_config(dir: &Path, relative: &str, ports: &Ports) -> PathBuf {
    let text = fs::read_to_string(Path::new(REPO).join(relative))
        .unwrap_or_else(|e| panic!("read {relative}: {e}"));
    let rewritten = replace_ports(&text, &ports.replacements());
    let target = dir.join(Path::new(relative).file_name().unwrap());
    fs::write(&target, rewritten).expect("write rewritten config");
    target
}

/// Copies `config/production/<name>` into the stack directory for this stack's ports and names.
fn production_config(dir: &Path, name: &str, ports: &Ports, shape: &TlsShape) -> PathBuf {
    let relative = format!("config/production/{name}");
    let text = fs::read_to_string(Path::new(REPO).join(&relative))
        .unwrap_or_else(|e| panic!("read {relative}: {e}"));
    let target = dir.join(format!("{}.production.yml", name.trim_end_matches(".yml")));
    fs::write(&target, rewrite_production(&text, ports, shape)).expect("write production config");
    target
}

/// The names of the production shape under the test domain, as in config/production/.
const TLS_NAMES: [&str; 3] = ["login", "oauth", "app"];

/// The production files name `https://<service>.example.com` and ports of config/: here they
/// are `https://<service>.vestibule.test:<HAProxy's port>` and this stack's ports; bare names
/// (`app.example.com`, the WebAuthn relying party `login.example.com`) go under `vestibule.test`.
fn rewrite_production(text: &str, ports: &Ports, shape: &TlsShape) -> String {
    let mut text = replace_ports(text, &ports.replacements());
    for name in TLS_NAMES {
        text = text.replace(&format!("https://{name}.example.com"), &shape.origin(name));
    }
    text.replace("example.com", TLS_DOMAIN)
}

/// A CA made for this stack and a certificate it signed for the names under the test
/// domain (`server.pem`: certificate and key, as HAProxy takes them).
fn make_certificates(dir: &Path) {
    fs::create_dir_all(dir).expect("create the certificate directory");
    let openssl = |args: &[&str]| {
        let output = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap_or_else(|e| panic!("cannot run openssl: {e}"));
        assert!(
            output.status.success(),
            "openssl {args:?} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=vestibule test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    let names: Vec<String> = TLS_NAMES
        .iter()
        .map(|name| format!("DNS:{name}.{TLS_DOMAIN}"))
        .collect();
    fs::write(
        dir.join("server.ext"),
        format!(
            "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName={}\n",
            names.join(",")
        ),
    )
    .expect("write the certificate's extensions");
    openssl(&[
        "req",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        &format!("/CN=login.{TLS_DOMAIN}"),
    ]);
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "server.ext",
        "-out",
        "server.crt",
    ]);
    let pem = [
        fs::read(dir.join("server.crt")).unwrap(),
        fs::read(dir.join("server.key")).unwrap(),
    ]
    .concat();
    fs::write(dir.join("server.pem"), pem).expect("write server.pem");
}

/// Replaces whole numbers only, so `14455` or `44550` are left alone.
fn replace_ports(text: &str, replacements: &[(&str, u16)]) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    'scan: while i < bytes.len() {
        let before_is_digit = i > 0 && bytes[i - 1].is_ascii_digit();
        if !before_is_digit {
            for (from, to) in replacements {
                let end = i + from.len();
                if text[i..].starts_with(from)
                    && !bytes.get(end).is_some_and(|b| b.is_ascii_digit())
                {
                    out.push_str(&to.to_string());
                    i = end;
                    continue 'scan;
                }
            }
        }
        let ch = text[i..].chars().next().unwrap();
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

pub fn fresh_dir() -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    option_env!("CARGO_TARGET_TMPDIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(REPO).join("target/tmp"))
        .join("stacks")
        .join(format!(
            "{stamp}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ))
}

/// `bytes` random bytes as hex (so 2 * `bytes` characters).
pub fn random_secret(bytes: usize) -> String {
    use rand::RngCore;
    let mut buf = vec![0u8; bytes];
    rand::thread_rng().fill_bytes(&mut buf);
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

type SpawnRequest = (Command, mpsc::Sender<io::Result<Child>>);

/// Starts `command` so that it dies with the test process, even when a test panics or the
/// harness exits without running destructors (a shared stack lives in a static).
///
/// Linux ties `PR_SET_PDEATHSIG` to the thread that forked the child, so every child is forked
/// by one thread that lives as long as the process.
pub fn spawn_tied_to_test_process(command: Command) -> io::Result<Child> {
    static KEEPER: OnceLock<Mutex<mpsc::Sender<SpawnRequest>>> = OnceLock::new();
    let keeper = KEEPER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<SpawnRequest>();
        std::thread::Builder::new()
            .name("stack-keeper".to_owned())
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
            .expect("start the stack keeper thread");
        Mutex::new(tx)
    });
    let (reply_tx, reply_rx) = mpsc::channel();
    keeper
        .lock()
        .unwrap()
        .send((command, reply_tx))
        .expect("stack keeper is gone");
    reply_rx.recv().expect("stack keeper did not answer")
}

#[test]
fn ports_are_replaced_as_whole_numbers() {
    let ports = [("4455", 1u16), ("4433", 2)];
    assert_eq!(
        replace_ports(
            "http://localhost:4455/ x:4433 14455 44550 port: 4433",
            &ports
        ),
        "http://localhost:1/ x:2 14455 44550 port: 2"
    );
}
