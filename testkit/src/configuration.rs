//! The configuration of a stack: the repository's `config/` with the default ports replaced by
//! the stack's (so a stack runs beside a development stack), `config/production/` on top for the
//! production shape, and the environment of each service.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::ports::free_port;
use crate::processes::{random_secret, repository};
use crate::stack::{Stack, StackOptions};
use crate::tls::{TlsShape, TLS_DOMAIN, TLS_NAMES};

/// The port of each service of a stack.
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
    pub fn pick() -> Self {
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

/// Copies a config file of the repository into `dir` with every default port replaced.
pub fn rewrite_config(dir: &Path, relative: &str, ports: &Ports) -> PathBuf {
    let text = fs::read_to_string(repository().join(relative))
        .unwrap_or_else(|e| panic!("read {relative}: {e}"));
    let rewritten = replace_ports(&text, &ports.replacements());
    let target = dir.join(Path::new(relative).file_name().expect("a file name"));
    fs::write(&target, rewritten).expect("write rewritten config");
    target
}

/// Copies `config/production/<name>` into `dir` for this stack's ports and names.
pub fn production_config(dir: &Path, name: &str, ports: &Ports, shape: &TlsShape) -> PathBuf {
    let relative = format!("config/production/{name}");
    let text = fs::read_to_string(repository().join(&relative))
        .unwrap_or_else(|e| panic!("read {relative}: {e}"));
    let target = dir.join(format!("{}.production.yml", name.trim_end_matches(".yml")));
    fs::write(&target, rewrite_production(&text, ports, shape)).expect("write production config");
    target
}

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
        let ch = text[i..]
            .chars()
            .next()
            .expect("a character at a char boundary");
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// `NAME=VALUE` pairs from owned or borrowed strings.
fn pairs<K: ToString, V: ToString>(
    pairs: impl IntoIterator<Item = (K, V)>,
) -> Vec<(String, String)> {
    pairs
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

impl Stack {
    /// Kratos's environment: its database, the identity schemas of config/ (and `localized`,
    /// the test kit's schema with a `locale` trait, for pages in a person's language), its
    /// ports, new secrets, and the test's additions (`{hydra_admin}` in a value stands for this
    /// stack's Hydra admin URL).
    pub(crate) fn kratos_env(&self, options: &StackOptions) -> Vec<(String, String)> {
        let schema = |file: &str| repository().join("config/kratos").join(file);
        let locale_schema =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("config/identity.locale.schema.json");
        let mut env = pairs([
            ("DSN", self.database.dsn(&self.dir, "kratos")),
            (
                "IDENTITY_SCHEMAS",
                format!(
                    r#"[{{"id":"default","url":"file://{}"}},{{"id":"phone","url":"file://{}"}},{{"id":"localized","url":"file://{}"}}]"#,
                    schema("identity.schema.json").display(),
                    schema("identity.phone.schema.json").display(),
                    locale_schema.display()
                ),
            ),
            ("SERVE_PUBLIC_PORT", self.ports.kratos_public.to_string()),
            ("SERVE_ADMIN_PORT", self.ports.kratos_admin.to_string()),
            // Nothing secret is kept in config/; each stack has its own.
            ("SECRETS_COOKIE", random_secret(32)),
            ("SECRETS_CIPHER", random_secret(16)),
        ]);
        let hydra_admin = format!("http://127.0.0.1:{}/", self.ports.hydra_admin);
        env.extend(
            options
                .kratos_env
                .iter()
                .map(|(name, value)| (name.clone(), value.replace("{hydra_admin}", &hydra_admin))),
        );
        env
    }

    /// Hydra's environment: its database, a new system secret, and the test's additions.
    pub(crate) fn hydra_env(&self, options: &StackOptions) -> Vec<(String, String)> {
        let mut env = pairs([
            ("DSN", self.database.dsn(&self.dir, "hydra")),
            ("SECRETS_SYSTEM", random_secret(32)),
        ]);
        env.extend(options.hydra_env.iter().cloned());
        env
    }

    /// vestibule's settings for this stack, with `options`' additions last.
    pub(crate) fn vestibule_env(&self, options: &StackOptions) -> Vec<(String, String)> {
        let mut env = match &self.tls {
            Some(shape) => self.production_vestibule_env(shape),
            None => self.development_vestibule_env(),
        };
        if let Some(port) = self.redis_port {
            env.push((
                "PHONE_LIMITS_REDIS_URL".to_owned(),
                format!("redis://127.0.0.1:{port}/0"),
            ));
        }
        env.extend(options.vestibule_env.iter().cloned());
        env
    }

    fn development_vestibule_env(&self) -> Vec<(String, String)> {
        let p = self.ports;
        pairs([
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
        ])
    }

    /// config/production/vestibule.env, for this stack's ports and names; the secret is read
    /// from a file only this user can read, as the guide says.
    fn production_vestibule_env(&self, shape: &TlsShape) -> Vec<(String, String)> {
        let text = rewrite_production(
            &fs::read_to_string(repository().join("config/production/vestibule.env"))
                .expect("read config/production/vestibule.env"),
            &self.ports,
            shape,
        );
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
        env.extend(pairs([
            ("UPSTREAM_TIMEOUT_SECONDS", "5"),
            ("LOG_LEVEL", "info,vestibule=debug"),
        ]));
        env
    }
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
