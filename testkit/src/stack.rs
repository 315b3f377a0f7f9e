//! A whole stack for one test binary (or one test): Ory Kratos, Ory Hydra, Mailpit and vestibule,
//! each a child process on its own free port, with databases and logs in a fresh directory under
//! `target/tmp/stacks/`; optionally PostgreSQL ([`crate::databases`]), replicas behind HAProxy
//! ([`crate::balancer`]), Redis ([`crate::redis`]) and the production shape over TLS
//! ([`crate::tls`]). The configuration is the repository's own ([`crate::configuration`]). A
//! service that cannot start fails the test with the end of its log.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use tokio::sync::OnceCell;

use crate::configuration::{production_config, rewrite_config, Ports};
use crate::databases::{postgres::Cluster, Database};
use crate::ports::free_port;
use crate::processes::{fresh_dir, random_secret, run_to_end, tail, tool, Processes, Spec};
use crate::tls::{make_certificates, TlsShape};
use crate::vestibule;

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
    pub(crate) processes: Processes,
}

/// The command lines of Kratos and Hydra for this stack's configuration files.
struct OryCommands {
    kratos: Vec<String>,
    hydra: Vec<String>,
    hydra_migration: Vec<String>,
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
        let stack = Stack::new(&options);
        eprintln!(
            "test stack in {} with {:?}",
            stack.dir.display(),
            stack.ports
        );
        let commands = stack.write_configuration();
        let kratos_env = stack.kratos_env(&options);
        let hydra_env = stack.hydra_env(&options);
        stack.migrate(&commands, &kratos_env, &hydra_env);
        stack.start_ory(&commands, &kratos_env, &hydra_env);
        if let Some(port) = stack.redis_port {
            stack.start_redis(port);
        }
        // vestibule asks Kratos and Hydra where Kratos's cookies go before it listens: it starts
        // once they answer, so that the check is made then and there.
        stack.wait_for_ory().await;
        stack.start_vestibules(&options);
        if stack.redis_port.is_some() {
            stack.wait_until_redis_answers().await;
        }
        stack.wait_for_vestibules().await;
        if stack.tls.is_some() {
            stack.start_tls_proxy();
            stack.wait_until_served_over_https().await;
        }
        stack
    }

    fn new(options: &StackOptions) -> Stack {
        let dir = fresh_dir();
        Stack {
            ports: Ports::pick(),
            processes: Processes::new(dir.join("logs")),
            dir: dir.clone(),
            cookie_secret: random_secret(32),
            database: options.database.unwrap_or_else(Database::from_env),
            replica_ports: (0..options.replicas).map(|_| free_port()).collect(),
            metrics_ports: (0..options.replicas.max(1)).map(|_| free_port()).collect(),
            redis_port: (options.redis || options.replicas > 0).then(free_port),
            tls: options.tls.then(|| TlsShape {
                port: free_port(),
                app_port: free_port(),
                ca: dir.join("tls").join("ca.pem"),
            }),
        }
    }

    /// Kratos's and Hydra's configuration files in the stack's directory (the production shape
    /// adds the files of config/production/ on top, and its certificates).
    fn write_configuration(&self) -> OryCommands {
        let kratos_config = rewrite_config(&self.dir, "config/kratos/kratos.yml", &self.ports);
        let hydra_config = rewrite_config(&self.dir, "config/hydra/hydra.yml", &self.ports);
        let mut kratos_configs = vec![kratos_config];
        let mut hydra_configs = vec![hydra_config.clone()];
        if let Some(shape) = &self.tls {
            make_certificates(&self.dir.join("tls"));
            kratos_configs.push(production_config(
                &self.dir,
                "kratos.yml",
                &self.ports,
                shape,
            ));
            hydra_configs.push(production_config(
                &self.dir,
                "hydra.yml",
                &self.ports,
                shape,
            ));
        }
        let config_args = |configs: &[PathBuf]| -> Vec<String> {
            configs
                .iter()
                .flat_map(|path| ["-c".to_owned(), path.display().to_string()])
                .collect()
        };
        // Development mode lets Kratos and Hydra use plain http and cookies without Secure; the
        // production shape runs them as in production.
        let dev_flag: Vec<String> = match self.tls {
            Some(_) => Vec::new(),
            None => vec!["--dev".to_owned()],
        };
        let mut kratos = vec!["serve".to_owned()];
        kratos.extend(config_args(&kratos_configs));
        kratos.extend(dev_flag.iter().cloned());
        kratos.push("--watch-courier".to_owned());
        let mut hydra = vec!["serve".to_owned(), "all".to_owned()];
        hydra.extend(config_args(&hydra_configs));
        hydra.extend(dev_flag);
        OryCommands {
            kratos,
            hydra,
            hydra_migration: ["migrate", "sql", "up", "-e", "--yes", "-c"]
                .into_iter()
                .map(str::to_owned)
                .chain([hydra_config.display().to_string()])
                .collect(),
        }
    }

    /// Kratos's and Hydra's database migrations, side by side.
    fn migrate(
        &self,
        commands: &OryCommands,
        kratos_env: &[(String, String)],
        hydra_env: &[(String, String)],
    ) {
        let kratos = Spec::new(tool("VESTIBULE_KRATOS_BIN"), &self.dir)
            .args(["migrate", "sql", "-e", "--yes"])
            .envs(kratos_env.iter().cloned());
        let hydra = Spec::new(tool("VESTIBULE_HYDRA_BIN"), &self.dir)
            .args(commands.hydra_migration.iter())
            .envs(hydra_env.iter().cloned());
        let kratos_log = self.processes.log_path("kratos-migrate");
        let hydra_log = self.processes.log_path("hydra-migrate");
        std::thread::scope(|scope| {
            let kratos = scope.spawn(|| run_to_end("kratos-migrate", &kratos, &kratos_log));
            let hydra = scope.spawn(|| run_to_end("hydra-migrate", &hydra, &hydra_log));
            kratos.join().expect("the Kratos migration");
            hydra.join().expect("the Hydra migration");
        });
    }

    fn start_ory(
        &self,
        commands: &OryCommands,
        kratos_env: &[(String, String)],
        hydra_env: &[(String, String)],
    ) {
        let p = self.ports;
        let mailpit = Spec::new(tool("VESTIBULE_MAILPIT_BIN"), &self.dir).args([
            "--smtp".to_owned(),
            format!("127.0.0.1:{}", p.smtp),
            "--listen".to_owned(),
            format!("127.0.0.1:{}", p.mailpit),
            "--database".to_owned(),
            self.dir.join("mailpit.db").display().to_string(),
            "--disable-version-check".to_owned(),
        ]);
        self.processes.spawn("mailpit", mailpit);
        let kratos = Spec::new(tool("VESTIBULE_KRATOS_BIN"), &self.dir)
            .args(commands.kratos.iter())
            .envs(kratos_env.iter().cloned());
        self.processes.spawn("kratos", kratos);
        let hydra = Spec::new(tool("VESTIBULE_HYDRA_BIN"), &self.dir)
            .args(commands.hydra.iter())
            .envs(hydra_env.iter().cloned());
        self.processes.spawn("hydra", hydra);
    }

    async fn wait_for_ory(&self) {
        let checks = [
            ("mailpit", self.mailpit_url("readyz")),
            ("kratos", self.kratos_public_url("health/ready")),
            ("kratos", self.kratos_admin_url("admin/health/ready")),
            ("hydra", self.hydra_public_url("health/ready")),
            ("hydra", self.hydra_admin_url("health/ready")),
        ];
        futures_util::future::join_all(
            checks
                .iter()
                .map(|(name, url)| self.wait_until_healthy(name, url)),
        )
        .await;
    }

    /// The one vestibule on its port, or the replicas behind HAProxy.
    fn start_vestibules(&self, options: &StackOptions) {
        let settings = self.vestibule_env(options);
        let with = |extra: &[(&str, String)]| {
            let mut settings = settings.clone();
            settings.extend(extra.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
            vestibule::spec(&self.dir, &settings)
        };
        let metrics_address = |i: usize| format!("127.0.0.1:{}", self.metrics_ports[i]);
        if self.replica_ports.is_empty() {
            let spec = with(&[("METRICS_ADDRESS", metrics_address(0))]);
            self.processes.spawn("vestibule", spec);
            return;
        }
        for (i, (name, port)) in self.replicas().into_iter().enumerate() {
            let spec = with(&[
                ("PORT", port.to_string()),
                ("METRICS_ADDRESS", metrics_address(i)),
            ]);
            self.processes.spawn(&name, spec);
        }
        self.start_balancer();
    }

    async fn wait_for_vestibules(&self) {
        if self.replica_ports.is_empty() {
            self.wait_until_healthy("vestibule", &self.vestibule_url("health/alive"))
                .await;
            return;
        }
        let replicas = self.replicas();
        futures_util::future::join_all(
            replicas
                .iter()
                .map(|(name, port)| self.wait_until_alive(name, *port)),
        )
        .await;
        self.wait_until_balanced().await;
    }

    /// Another vestibule process on this stack's Kratos and Hydra, named `name` (its log is
    /// [`Stack::log`]`(name)`): the stack's own settings with `extra` on top, on a port of its
    /// own, which is returned. It is not waited for: see [`Stack::wait_until_alive`] and
    /// [`Stack::wait_for_exit`].
    pub fn start_vestibule(&self, name: &str, extra: &[(&str, &str)]) -> u16 {
        let port = free_port();
        let mut settings = self.vestibule_env(&StackOptions::default());
        settings.push(("PORT".to_owned(), port.to_string()));
        settings.extend(
            extra
                .iter()
                .map(|(name, value)| ((*name).to_owned(), (*value).to_owned())),
        );
        self.processes
            .spawn(name, vestibule::spec(&self.dir, &settings));
        port
    }

    /// Waits until the vestibule process `name` answers `/health/alive` on `port`.
    pub async fn wait_until_alive(&self, name: &str, port: u16) {
        self.wait_until_healthy(name, &format!("http://127.0.0.1:{port}/health/alive"))
            .await;
    }

    /// The process ids of the vestibule processes (the replicas, or the one).
    pub fn vestibule_pids(&self) -> Vec<u32> {
        let names: Vec<String> = if self.replica_ports.is_empty() {
            vec!["vestibule".to_owned()]
        } else {
            self.replicas().into_iter().map(|(name, _)| name).collect()
        };
        names
            .iter()
            .filter_map(|name| self.processes.pid(name))
            .collect()
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

    /// What service `name` has logged so far.
    pub fn log(&self, name: &str) -> String {
        self.processes.log(name)
    }

    /// Kills a service and waits for it to exit.
    pub fn stop(&self, name: &str) {
        self.processes.stop(name);
    }

    /// Sends `signal` (e.g. `libc::SIGTERM`) to a service and leaves it be.
    pub fn signal(&self, name: &str, signal: i32) {
        self.processes.signal(name, signal);
    }

    /// Waits up to `timeout` for a service to exit; its exit status, or `None` if it still runs.
    pub async fn wait_for_exit(
        &self,
        name: &str,
        timeout: Duration,
    ) -> Option<std::process::ExitStatus> {
        self.processes.wait_for_exit(name, timeout).await
    }

    /// Starts a service again as it was first started (killing what is left of it), on the same
    /// port, and waits until it is healthy; its log goes on in the same file.
    pub async fn restart(&self, name: &str) {
        self.processes.respawn(name);
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

    /// Waits until `url` answers 2xx; a service `name` that exits first, or does not within 90 s,
    /// fails the test with the end of its log.
    pub(crate) async fn wait_until_healthy(&self, name: &str, url: &str) {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(2))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("build a client");
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            if let Ok(response) = client.get(url).send().await {
                if response.status().is_success() {
                    return;
                }
            }
            self.processes
                .assert_running(name, &format!("before becoming healthy at {url}"));
            if Instant::now() > deadline {
                panic!(
                    "{name} did not become healthy at {url} within 90 s; its log:\n{}",
                    tail(&self.log(name), 40)
                );
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}
