//! Configuration: one typed struct read from the environment (and `.env`), validated at start-up.
//!
//! Every value is checked before the server binds its port; a missing or malformed value stops
//! start-up with a message that names the variable. Secrets may also be read from a file named by
//! the same variable with a `_FILE` suffix (for container secrets).

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use url::Url;

use crate::domain::claims::ClaimsMapping;
use crate::domain::phone::limits::HourlyLimits;
use crate::domain::phone::CountryCodes;
use crate::domain::proxies::TrustedProxies;

/// Minimum length of `COOKIE_SECRET`; signing keys are derived from it.
pub const MIN_SECRET_LEN: usize = 32;

/// `COOKIE_SECRET` values that were ever published with vestibule (scripts, compose file, tests,
/// benchmarks): anyone can forge CSRF tokens and markers with them, so they are refused outside
/// `DEV_MODE`. Tests make a new secret for every run; a unit test checks that every secret
/// written in the repository is refused.
const PUBLISHED_SECRETS: &[&str] = &[
    "DEV-ONLY-vestibule-cookie-secret-change-me",
    "test-only-cookie-secret-0123456789abcdef",
    "0123456789abcdef0123456789abcdef",
    "benchmark-cookie-secret-0123456789",
];

/// The fewest guesses (as a power of ten) that zxcvbn may estimate for `COOKIE_SECRET` outside
/// `DEV_MODE`. Whoever holds one value signed with the secret (a CSRF token from any page) can
/// test guesses offline, as fast as their hardware computes HMAC-SHA256; 10^19 (about 2^63) keeps
/// even 10^10 guesses a second busy for decades. zxcvbn's estimate stops at 2^64, so this asks for
/// a secret in which it finds nothing cheaper to guess than brute force: no words from its lists,
/// names, dates, keyboard walks, repeats or sequences. Every value from a random generator passes.
const MIN_SECRET_GUESSES_LOG10: f64 = 19.0;

/// How to make a good secret, for the messages that refuse one.
const SECRET_ADVICE: &str = "generate one with `openssl rand -hex 32`";

/// One setting: the variable it is read from, its default as people read it, and what it means.
/// [`Config::from_lookup`] reads the environment only through these, so `vestibule --help` and
/// the reference in docs/configuration.md (both made by [`help_text`] and [`reference_markdown`])
/// list exactly what is read, with the defaults the code uses.
#[derive(Debug)]
pub struct Setting {
    pub name: &'static str,
    pub default: Fallback,
    pub meaning: &'static str,
    /// The value may instead be read from the file named by `<name>_FILE` (container secrets).
    pub from_file: bool,
}

/// What a setting is when its variable is not set.
#[derive(Debug)]
pub enum Fallback {
    /// Start-up stops without it.
    Required,
    /// Nothing: the feature it configures is off, or the list is empty. The text says so.
    Unset(&'static str),
    /// This value, read exactly as if the variable held it.
    Value(&'static str),
    /// Computed from other settings, as the text says.
    Derived(&'static str),
}

impl Fallback {
    fn describe(&self) -> String {
        match self {
            Fallback::Required => "required".to_owned(),
            Fallback::Unset(text) => format!("({text})"),
            Fallback::Value(value) => format!("`{value}`"),
            Fallback::Derived(text) => (*text).to_owned(),
        }
    }
}

/// The settings, one constant each, in the order `--help` lists them.
pub mod settings {
    use super::{Fallback, Setting};

    macro_rules! settings {
        ($($name:ident: $default:expr, $from_file:expr, $meaning:expr;)+) => {
            $(pub const $name: Setting = Setting {
                name: stringify!($name),
                default: $default,
                meaning: $meaning,
                from_file: $from_file,
            };)+
            /// Every setting, in the order above.
            pub const ALL: &[&Setting] = &[$(&$name),+];
        };
    }

    settings! {
        KRATOS_PUBLIC_URL: Fallback::Required, false,
            "Kratos's public API as vestibule reaches it (server-side calls).";
        KRATOS_BROWSER_URL: Fallback::Derived("`KRATOS_PUBLIC_URL`"), false,
            "Kratos's public API as the browser reaches it (redirects, form actions): in production \
             `BASE_URL`'s origin, the proxy routing `/self-service/` and `/.well-known/ory/` to \
             Kratos (docs/deployment.md). Another host must share a parent domain with \
             `BASE_URL`'s, and is warned about: Kratos's cookies then need that parent domain, \
             which every other host under it shares.";
        KRATOS_ADMIN_URL: Fallback::Required, false,
            "Kratos's admin API.";
        HYDRA_ADMIN_URL: Fallback::Required, false,
            "Hydra's admin API.";
        HYDRA_PUBLIC_URL: Fallback::Unset("none"), false,
            "Hydra's public URL as browsers reach it; lets the logout confirmation's form lead \
             back through Hydra (CSP `form-action`).";
        BASE_URL: Fallback::Derived("`http://localhost:$PORT/`"), false,
            "Where browsers reach vestibule; `return_to` URLs are built from it. Must be \
             `https://` unless it is `localhost` or a loopback address, or `DEV_MODE` is on; with \
             https, vestibule's cookies are `Secure` and its pages send HSTS.";
        PORT: Fallback::Value("4455"), false,
            "TCP port to listen on.";
        BIND_ADDRESS: Fallback::Value("127.0.0.1"), false,
            "IP address to listen on (`0.0.0.0` in containers).";
        COOKIE_SECRET: Fallback::Required, true,
            "At least 32 characters; signs vestibule's CSRF tokens, re-authentication markers, the \
             phone login hint and the count of flow restarts. Unless `DEV_MODE` is on, a value \
             ever published with vestibule, and one that is easy to guess, stops start-up; \
             generate one with `openssl rand -hex 32`.";
        DEV_MODE: Fallback::Value("false"), false,
            "A development machine: published or guessable secrets and a plain-http `BASE_URL` \
             (and `KRATOS_BROWSER_URL`) are accepted, and logs are text by default.";
        CSRF_COOKIE_NAME: Fallback::Value("vestibule_csrf"), false,
            "Name of vestibule's CSRF cookie; whenever `BASE_URL` is https browsers get it as \
             `__Host-<name>`. A name given with `__Host-` keeps it (and needs an https \
             `BASE_URL`); `__Secure-` is refused.";
        APP_HOSTS: Fallback::Unset("none"), false,
            "Comma-separated host names where apps are served (e.g. `app.example.com`); start-up \
             refuses a Kratos whose cookies would reach one of them, or a host of an OAuth2 client \
             Hydra lists.";
        TRUSTED_CLIENT_IDS: Fallback::Unset("none"), false,
            "Comma-separated OAuth2 client ids whose consent is granted without asking.";
        REMEMBER_LOGIN: Fallback::Value("true"), false,
            "Ask Hydra to remember the login, so later authorizations skip vestibule.";
        REMEMBER_LOGIN_SESSION_FOR_SECONDS: Fallback::Value("3600"), false,
            "How long Hydra remembers a login (`0`: as long as the Hydra session).";
        REMEMBER_CONSENT_SESSION_FOR_SECONDS: Fallback::Value("3600"), false,
            "How long a remembered consent lasts (`0`: forever).";
        UPSTREAM_TIMEOUT_SECONDS: Fallback::Value("10"), false,
            "Upper bound on every call to Kratos or Hydra (and to the Redis of \
             `PHONE_LIMITS_REDIS_URL`); past it the user sees a 503 page.";
        SHUTDOWN_DRAIN_SECONDS: Fallback::Value("5"), false,
            "After SIGTERM, how long `/health/ready` answers 503 while requests are still served, \
             so that a load balancer takes the process out before its port closes; then requests \
             in flight get up to 10 s to finish. SIGINT stops without the drain; a second signal \
             ends the drain.";
        REQUEST_TIMEOUT_SECONDS: Fallback::Value("10"), false,
            "How long a client may take to send a request's head, and then its body (408 page past \
             it); bodies over 64 KiB get a 413 page.";
        KRATOS_SESSION_COOKIE_NAME: Fallback::Value("ory_kratos_session"), false,
            "Kratos's session cookie (`session.cookie.name`; `__Host-ory_kratos_session` in \
             `config/production/`); only it and Kratos's `csrf_token_*` cookies are forwarded to \
             Kratos.";
        APP_NAME: Fallback::Value("vestibule"), false,
            "Product name shown in every page header.";
        DEFAULT_LOCALE: Fallback::Value("en"), false,
            "The language of a page when nothing about the request chooses one; must be one of \
             the catalogs' locales.";
        LOCALES_DIR: Fallback::Unset("none"), false,
            "A directory of the operator's catalogs, `<locale>/*.ftl`: new locales, or messages \
             overriding built-in ones, read at start-up.";
        CLAIMS_MAPPING_FILE: Fallback::Unset("none"), false,
            "JSON file adding or overriding claims per scope.";
        PHONE_SIGN_UP_SCHEMA_ID: Fallback::Unset("none"), false,
            "Identity schema for people who first sign in by phone (e.g. `phone`); when set, the \
             sign-in page of an app's sign-in offers \"Sign in with a text message\" (`/phone`), \
             which creates the identity on first use.";
        PHONE_UNPROVEN_IDENTITY_LIFETIME_SECONDS: Fallback::Value("900"), false,
            "How long an identity `/phone` made may wait for its number to be proven (a sign-in \
             with the texted code) before it is removed (Kratos's code lifespan, \
             `code.config.lifespan`).";
        PHONE_LIMIT_PER_IP_PER_HOUR: Fallback::Value("30"), false,
            "`/phone` attempts per client address (an IPv6 client counts per /64) per hour; `0`: \
             no limit.";
        PHONE_LIMIT_PER_NUMBER_PER_HOUR: Fallback::Value("5"), false,
            "`/phone` attempts per phone number per hour; `0`: no limit.";
        PHONE_LIMIT_PER_PREFIX_PER_HOUR: Fallback::Value("20"), false,
            "`/phone` attempts per block of 1,000 consecutive numbers (the number without its last \
             three digits) per hour; `0`: no limit.";
        PHONE_ALLOWED_COUNTRY_CODES: Fallback::Unset("all"), false,
            "Comma-separated country calling codes whose numbers `/phone` serves, e.g. `49,33,1`.";
        PHONE_LIMITS_REDIS_URL: Fallback::Unset("none"), true,
            "Redis where every replica counts the `/phone` limits, \
             `redis://[:PASSWORD@]HOST[:PORT][/DB]`; unset, each process counts on its own (a \
             warning at start-up says so). A Redis that does not answer makes `/phone` answer 503.";
        PHONE_RESPONSE_FLOOR_MILLISECONDS: Fallback::Value("300"), false,
            "The least time `/phone` takes to answer an accepted number, so that the timing does \
             not tell whether it has an account.";
        TRUSTED_PROXIES: Fallback::Unset("none"), false,
            "Comma-separated IP addresses or CIDR ranges of reverse proxies; only for requests \
             from them is the client address read from `X-Forwarded-For` (the rightmost address \
             that is not itself a trusted proxy).";
        OIDC_PROVIDER_ORIGINS: Fallback::Unset("none"), false,
            "Comma-separated origins of social sign-in providers (e.g. \
             `https://accounts.google.com`); browsers follow a posted form's redirect only to \
             origins the page's CSP `form-action` allows.";
        METRICS_ADDRESS: Fallback::Unset("none: off"), false,
            "Address and port of the Prometheus metrics listener, e.g. `127.0.0.1:9455`; serves \
             `GET /metrics` only, never on the public port (start-up refuses `PORT`'s address and \
             port). Keep it on loopback or a network only Prometheus reaches.";
        LOG_FORMAT: Fallback::Derived("`json`; `text` with `DEV_MODE`"), false,
            "`json`: one JSON object per line, for log collectors; `text`: lines for people \
             (`scripts/up` sets it). In both, every value is escaped.";
        LOG_LEVEL: Fallback::Value("info"), false,
            "A tracing filter, e.g. `info` or `info,vestibule=debug`.";
    }
}

/// The settings as `vestibule --help` lists them: each variable with its default, then what it
/// means, wrapped for a terminal.
pub fn help_text() -> String {
    let mut text = String::from(
        "Settings (environment variables; a .env file in the working directory is read too,\n\
         values already in the environment win; docs/configuration.md explains them):\n",
    );
    for setting in settings::ALL {
        let file = if setting.from_file {
            format!(" (or {}_FILE)", setting.name)
        } else {
            String::new()
        };
        let default = match setting.default {
            Fallback::Required => "required".to_owned(),
            _ => format!("default: {}", setting.default.describe().replace('`', "")),
        };
        text.push_str(&format!("\n  {}{file}  [{default}]\n", setting.name));
        for line in wrap(&setting.meaning.replace('`', ""), 88) {
            text.push_str(&format!("      {line}\n"));
        }
    }
    text
}

/// The lines around the table of settings in docs/configuration.md.
pub const BEGIN_REFERENCE: &str =
    "<!-- settings: made from src/config.rs, kept equal by a test -->";
pub const END_REFERENCE: &str = "<!-- end of settings -->";

/// The settings as the Markdown table of docs/configuration.md (a test keeps the two equal).
pub fn reference_markdown() -> String {
    let mut table = String::from("| variable | default | meaning |\n|---|---|---|\n");
    for setting in settings::ALL {
        let file = if setting.from_file {
            " (or `_FILE`)"
        } else {
            ""
        };
        let default = match setting.default {
            Fallback::Required => "*required*".to_owned(),
            Fallback::Unset(text) => format!("*({text})*"),
            _ => setting.default.describe(),
        };
        table.push_str(&format!(
            "| `{}`{file} | {default} | {} |\n",
            setting.name,
            setting.meaning.replace('|', "\\|")
        ));
    }
    table
}

/// `text` in lines of at most `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Derived `Debug` is safe to log: secrets are [`Secret`]s, which never show their value.
#[derive(Clone, Debug)]
pub struct Config {
    /// Kratos public API as reached from vestibule (server-side calls).
    pub kratos_public_url: Url,
    /// Kratos public API as reached from the browser (redirects and form actions).
    pub kratos_browser_url: Url,
    /// Kratos admin API (identity look-ups).
    pub kratos_admin_url: Url,
    /// Hydra admin API (login, consent and logout requests).
    pub hydra_admin_url: Url,
    /// Hydra's public URL as browsers reach it (`HYDRA_PUBLIC_URL`): the logout page's form is
    /// answered with a redirect there, which browsers follow only if the page's CSP allows it.
    pub hydra_public_url: Option<Url>,
    /// The address browsers use to reach vestibule; used to build `return_to` URLs.
    pub base_url: Url,
    pub bind_address: IpAddr,
    pub port: u16,
    /// Where Prometheus metrics are served (`METRICS_ADDRESS`); `None` serves none. Never the
    /// public port.
    pub metrics_address: Option<SocketAddr>,
    pub cookie_secret: Secret,
    pub csrf_cookie_name: String,
    pub trusted_client_ids: Vec<String>,
    pub remember_login: bool,
    pub remember_login_for: Duration,
    pub remember_consent_for: Duration,
    /// Upper bound for any single call to Kratos or Hydra.
    pub upstream_timeout: Duration,
    /// How long a client may take to send a request's head, and then its body.
    pub request_timeout: Duration,
    /// After SIGTERM, how long readiness answers 503 while requests are still served, so that a
    /// load balancer stops sending new ones before the listener closes.
    pub shutdown_drain: Duration,
    pub app_name: String,
    /// The language when nothing about the request chooses one (`DEFAULT_LOCALE`).
    pub default_locale: String,
    /// The operator's catalogs (`LOCALES_DIR`): more locales, or messages overriding built-in ones.
    pub locales_dir: Option<std::path::PathBuf>,
    /// `LOG_FORMAT`: `json` unless `DEV_MODE` is on.
    pub log_format: LogFormat,
    pub log_level: String,
    /// Claims beyond (or instead of) the standard ones, from `CLAIMS_MAPPING_FILE`.
    pub claims_mapping: ClaimsMapping,
    /// Origins of social sign-in providers (`OIDC_PROVIDER_ORIGINS`): Kratos redirects a posted
    /// form there, and browsers only follow such redirects to origins the page's CSP allows.
    pub oidc_provider_origins: Vec<String>,
    /// Identity schema for people who first sign in with a phone number (`PHONE_SIGN_UP_SCHEMA_ID`);
    /// unset, sign-in by phone works only for identities that already have one.
    pub phone_sign_up_schema_id: Option<String>,
    /// Kratos's session cookie (`session.cookie.name` in Kratos's configuration).
    pub kratos_session_cookie_name: String,
    /// `DEV_MODE`: a development machine, where published development secrets are accepted.
    pub dev_mode: bool,
    /// Proxies whose `X-Forwarded-For` names the client (`TRUSTED_PROXIES`).
    pub trusted_proxies: TrustedProxies,
    /// The safeguards of sign-in by phone (`PHONE_*`).
    pub phone: PhoneSettings,
    /// Hosts that serve apps (`APP_HOSTS`): Kratos's cookies must never reach them. Hydra's
    /// OAuth2 clients name more at start-up (their redirect and logout URIs).
    pub app_hosts: Vec<String>,
}

/// A secret value that never shows up in `Debug` output or logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(..)")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// A configuration problem, always naming the variable at fault.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("{variable}: {problem}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub problem: String,
}

impl ConfigError {
    fn new(variable: &'static str, problem: impl Into<String>) -> Self {
        Self {
            variable,
            problem: problem.into(),
        }
    }
}

/// Every problem of a configuration, so that one run of `vestibule check-config` (or one failed
/// start) names all of them: one per line.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl ConfigErrors {
    /// `result`'s value, or `None` with its problem noted.
    fn take<T>(&mut self, result: Result<T, ConfigError>) -> Option<T> {
        result.map_err(|err| self.0.push(err)).ok()
    }

    fn check(&mut self, result: Result<(), ConfigError>) {
        self.take(result);
    }
}

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, err) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{err}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

/// Variables kratos-selfservice-ui-node reads that vestibule has no use for, with what to do
/// instead. The ones it shares (`KRATOS_*_URL`, `HYDRA_ADMIN_URL`, `COOKIE_SECRET`,
/// `CSRF_COOKIE_NAME`, `TRUSTED_CLIENT_IDS`, `REMEMBER_CONSENT_SESSION_FOR_SECONDS`, `PORT`) mean
/// the same here.
pub const UNUSED_UI_NODE_VARIABLES: &[(&str, &str)] = &[
    ("BASE_PATH", "vestibule serves from the root of BASE_URL"),
    (
        "CSRF_COOKIE_SECRET",
        "vestibule signs its CSRF tokens with COOKIE_SECRET",
    ),
    (
        "DANGEROUSLY_DISABLE_SECURE_CSRF_COOKIES",
        "the CSRF cookie is Secure exactly when BASE_URL is https",
    ),
    (
        "ORY_SDK_URL",
        "set KRATOS_PUBLIC_URL, KRATOS_ADMIN_URL and HYDRA_ADMIN_URL",
    ),
    (
        "ORY_ADMIN_API_TOKEN",
        "vestibule talks to self-hosted admin APIs without a token",
    ),
    (
        "TLS_CERT_PATH",
        "terminate TLS in a reverse proxy (see TRUSTED_PROXIES)",
    ),
    (
        "TLS_KEY_PATH",
        "terminate TLS in a reverse proxy (see TRUSTED_PROXIES)",
    ),
    (
        "MOCK_TLS_TERMINATION",
        "terminate TLS in a reverse proxy (see TRUSTED_PROXIES)",
    ),
    (
        "CONFORMITY_FAKE_CLAIMS",
        "claims come from the identity (CLAIMS_MAPPING_FILE)",
    ),
    ("NODE_ENV", "use DEV_MODE and LOG_LEVEL"),
];

/// One start-up warning for each variable of kratos-selfservice-ui-node that is set but means
/// nothing to vestibule, so a migration does not silently lose a setting.
pub fn unused_variable_warnings(lookup: impl Fn(&str) -> Option<String>) -> Vec<String> {
    UNUSED_UI_NODE_VARIABLES
        .iter()
        .filter(|(name, _)| lookup(name).is_some())
        .map(|(name, instead)| format!("{name} is set but vestibule does not use it: {instead}"))
        .collect()
}

impl Config {
    /// Reads the process environment. Call `dotenvy::dotenv()` first to include `.env`.
    pub fn from_env() -> Result<Self, ConfigErrors> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads configuration through `lookup`, so tests can supply variables without touching the
    /// process environment. Every setting is read and checked, and every problem reported at
    /// once, including the language catalogs that `LOCALES_DIR` and `DEFAULT_LOCALE` name.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigErrors> {
        use settings::*;
        let env = Env { lookup: &lookup };
        let mut problems = ConfigErrors::default();
        let p = &mut problems;

        let kratos_public_url = p.take(env.url(&KRATOS_PUBLIC_URL, None));
        let kratos_browser_url = match &kratos_public_url {
            Some(public) => p.take(env.url(&KRATOS_BROWSER_URL, Some(public.as_str()))),
            None => p.take(env.url_if_set(&KRATOS_BROWSER_URL)).flatten(),
        };
        let kratos_admin_url = p.take(env.url(&KRATOS_ADMIN_URL, None));
        let hydra_admin_url = p.take(env.url(&HYDRA_ADMIN_URL, None));
        let hydra_public_url = p.take(env.url_if_set(&HYDRA_PUBLIC_URL)).flatten();
        let port = p.take(env.parsed(&PORT, "a TCP port number (1-65535)").and_then(
            |port: u16| match port {
                0 => Err(ConfigError::new(
                    PORT.name,
                    "must be a TCP port number (1-65535)",
                )),
                port => Ok(port),
            },
        ));
        let base_url = match port {
            Some(port) => p.take(env.url(&BASE_URL, Some(&format!("http://localhost:{port}/")))),
            None => p.take(env.url_if_set(&BASE_URL)).flatten(),
        };
        let base_url = base_url.and_then(|url| {
            if url.query().is_some() || url.fragment().is_some() {
                p.take(Err(ConfigError::new(
                    BASE_URL.name,
                    "must not carry a query or fragment",
                )))
            } else {
                Some(url)
            }
        });
        let bind_address: Option<IpAddr> = p.take(env.parsed(&BIND_ADDRESS, "an IP address"));

        let metrics_address = p
            .take(match env.string(&METRICS_ADDRESS) {
                None => Ok(None),
                Some(raw) => raw.parse::<SocketAddr>().map(Some).map_err(|_| {
                    ConfigError::new(
                        METRICS_ADDRESS.name,
                        format!("`{raw}` is not an address and port such as 127.0.0.1:9455"),
                    )
                }),
            })
            .flatten();
        if let (Some(address), Some(bind_address), Some(port)) =
            (metrics_address, bind_address, port)
        {
            let overlaps = address.ip() == bind_address
                || address.ip().is_unspecified()
                || bind_address.is_unspecified();
            if address.port() == port && overlaps {
                p.check(Err(ConfigError::new(
                    METRICS_ADDRESS.name,
                    format!(
                        "must not be the public port {port}: metrics are for the operator only"
                    ),
                )));
            }
        }

        let dev_mode = p.take(env.boolean(&DEV_MODE));
        if let (Some(base_url), Some(kratos_browser_url), Some(dev_mode)) =
            (&base_url, &kratos_browser_url, dev_mode)
        {
            p.check(check_deployment(
                base_url,
                kratos_browser_url,
                env.string(&KRATOS_BROWSER_URL).is_some(),
                dev_mode,
            ));
        }
        let cookie_secret = p.take(env.secret(&COOKIE_SECRET)).and_then(|secret| {
            let checked = check_secret(&secret, dev_mode.unwrap_or(false));
            p.take(checked).map(|()| secret)
        });
        let csrf_cookie_name = p.take(env.cookie_name(&CSRF_COOKIE_NAME));
        if let (Some(name), Some(base_url)) = (&csrf_cookie_name, &base_url) {
            p.check(check_csrf_cookie_prefix(name, base_url));
        }
        let kratos_session_cookie_name = p.take(env.cookie_name(&KRATOS_SESSION_COOKIE_NAME));
        let trusted_client_ids = env
            .string(&TRUSTED_CLIENT_IDS)
            .map(|raw| {
                raw.split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();

        let remember_login = p.take(env.boolean(&REMEMBER_LOGIN));
        let remember_login_for = p.take(env.seconds(&REMEMBER_LOGIN_SESSION_FOR_SECONDS));
        let remember_consent_for = p.take(env.seconds(&REMEMBER_CONSENT_SESSION_FOR_SECONDS));
        let upstream_timeout = p.take(env.positive_seconds(&UPSTREAM_TIMEOUT_SECONDS));
        let request_timeout = p.take(env.positive_seconds(&REQUEST_TIMEOUT_SECONDS));
        let shutdown_drain = p.take(env.seconds(&SHUTDOWN_DRAIN_SECONDS));
        let app_name = env.text(&APP_NAME);
        // JSON for collectors unless this is a development machine, where people read the log.
        let log_format = p.take(match env.string(&LOG_FORMAT).as_deref() {
            None if dev_mode == Some(true) => Ok(LogFormat::Text),
            None => Ok(LogFormat::Json),
            Some("text") => Ok(LogFormat::Text),
            Some("json") => Ok(LogFormat::Json),
            Some(other) => Err(ConfigError::new(
                LOG_FORMAT.name,
                format!("must be `text` or `json`, not `{other}`"),
            )),
        });
        let log_level = env.text(&LOG_LEVEL);
        if tracing_subscriber::EnvFilter::try_new(&log_level).is_err() {
            p.check(Err(ConfigError::new(
                LOG_LEVEL.name,
                format!("`{log_level}` is not a log filter such as `info` or `vestibule=debug`"),
            )));
        }

        let claims_mapping = p.take(match env.string(&CLAIMS_MAPPING_FILE) {
            None => Ok(ClaimsMapping::default()),
            Some(path) => ClaimsMapping::from_file(std::path::Path::new(&path))
                .map_err(|problem| ConfigError::new(CLAIMS_MAPPING_FILE.name, problem)),
        });

        let oidc_provider_origins = p.take(match env.string(&OIDC_PROVIDER_ORIGINS) {
            None => Ok(Vec::new()),
            Some(raw) => raw
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|origin| match Url::parse(origin) {
                    Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {
                        Ok(url.origin().ascii_serialization())
                    }
                    _ => Err(ConfigError::new(
                        OIDC_PROVIDER_ORIGINS.name,
                        format!("`{origin}` is not an origin such as https://accounts.google.com"),
                    )),
                })
                .collect::<Result<_, _>>(),
        });

        let trusted_proxies = p.take(
            TrustedProxies::parse(&env.string(&TRUSTED_PROXIES).unwrap_or_default())
                .map_err(|problem| ConfigError::new(TRUSTED_PROXIES.name, problem)),
        );
        let phone = PhoneSettings::from_env(&env, p);
        let app_hosts = p.take(match env.string(&APP_HOSTS) {
            None => Ok(Vec::new()),
            Some(raw) => {
                parse_hosts(&raw).map_err(|problem| ConfigError::new(APP_HOSTS.name, problem))
            }
        });

        // The catalogs are compiled in, but the operator's directory and the default language
        // are settings: a broken file or an unknown default is a configuration problem too.
        let default_locale = env.text(&DEFAULT_LOCALE);
        let locales_dir = env.string(&LOCALES_DIR).map(std::path::PathBuf::from);
        if let Err(err) = crate::i18n::Catalogs::load(locales_dir.as_deref(), &default_locale) {
            p.check(Err(match err {
                crate::i18n::CatalogError::UnknownDefault(tag, known) => ConfigError::new(
                    DEFAULT_LOCALE.name,
                    format!("`{tag}` has no catalog (the locales are {known})"),
                ),
                err => ConfigError::new(LOCALES_DIR.name, err.to_string()),
            }));
        }

        let config = (|| {
            Some(Self {
                kratos_public_url: kratos_public_url?,
                kratos_browser_url: kratos_browser_url?,
                kratos_admin_url: kratos_admin_url?,
                hydra_admin_url: hydra_admin_url?,
                hydra_public_url,
                base_url: base_url?,
                bind_address: bind_address?,
                port: port?,
                metrics_address,
                cookie_secret: cookie_secret?,
                csrf_cookie_name: csrf_cookie_name?,
                trusted_client_ids,
                remember_login: remember_login?,
                remember_login_for: remember_login_for?,
                remember_consent_for: remember_consent_for?,
                upstream_timeout: upstream_timeout?,
                request_timeout: request_timeout?,
                shutdown_drain: shutdown_drain?,
                app_name,
                default_locale,
                locales_dir,
                log_format: log_format?,
                log_level,
                claims_mapping: claims_mapping?,
                oidc_provider_origins: oidc_provider_origins?,
                phone_sign_up_schema_id: env.string(&PHONE_SIGN_UP_SCHEMA_ID),
                kratos_session_cookie_name: kratos_session_cookie_name?,
                dev_mode: dev_mode?,
                trusted_proxies: trusted_proxies?,
                phone: phone?,
                app_hosts: app_hosts?,
            })
        })();
        match config {
            Some(config) if problems.0.is_empty() => Ok(config),
            _ => Err(problems),
        }
    }

    /// What start-up should warn about although it works: a layout that costs more than it
    /// needs to.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        let vestibule = self.base_url.host_str().unwrap_or_default();
        let kratos = self.kratos_browser_url.host_str().unwrap_or_default();
        if !vestibule.eq_ignore_ascii_case(kratos) {
            warnings.push(format!(
                "KRATOS_BROWSER_URL is on another host ({kratos}) than BASE_URL ({vestibule}): \
                 Kratos's cookies then reach vestibule only when Kratos sets them for a parent \
                 domain of both (cookies.domain), and every other host under that domain can read \
                 the Kratos session and plant cookies beside it. Serving Kratos's browser paths \
                 (/self-service/, /.well-known/ory/) under vestibule's host keeps them host-only \
                 (docs/deployment.md)"
            ));
        }
        warnings
    }
}

/// Where `vestibule healthcheck` asks: `/health/ready` on this host's `PORT`, at `BIND_ADDRESS`
/// (its loopback address when vestibule listens on every address).
pub fn readiness_url(lookup: impl Fn(&str) -> Option<String>) -> Result<Url, ConfigErrors> {
    let env = Env { lookup: &lookup };
    let mut problems = ConfigErrors::default();
    let port: Option<u16> = problems.take(env.parsed(&settings::PORT, "a TCP port number"));
    let address: Option<IpAddr> =
        problems.take(env.parsed(&settings::BIND_ADDRESS, "an IP address"));
    let (Some(port), Some(address)) = (port, address) else {
        return Err(problems);
    };
    let host = match address {
        IpAddr::V4(ip) if ip.is_unspecified() => "127.0.0.1".to_owned(),
        IpAddr::V6(ip) if ip.is_unspecified() => "[::1]".to_owned(),
        IpAddr::V4(ip) => ip.to_string(),
        IpAddr::V6(ip) => format!("[{ip}]"),
    };
    Url::parse(&format!("http://{host}:{port}/health/ready")).map_err(|err| {
        ConfigErrors(vec![ConfigError::new(
            settings::BIND_ADDRESS.name,
            err.to_string(),
        )])
    })
}

/// `APP_HOSTS`: comma-separated host names (an `https://host/` URL is taken for its host).
fn parse_hosts(raw: &str) -> Result<Vec<String>, String> {
    raw.split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            let host = match Url::parse(entry) {
                Ok(url) if url.has_host() && entry.contains("://") => {
                    url.host_str().map(str::to_owned)
                }
                _ => url::Host::parse(entry).ok().map(|host| host.to_string()),
            };
            host.filter(|host| !host.contains(['/', ':', '@']) || host.starts_with('['))
                .map(|host| host.to_ascii_lowercase())
                .ok_or_else(|| format!("`{entry}` is not a host name such as app.example.com"))
        })
        .collect()
}

/// The safeguards of `/phone`, which can text anyone and creates identities on first use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneSettings {
    /// How long an identity made for a number may wait for its first sign-in before it is removed
    /// (`PHONE_UNPROVEN_IDENTITY_LIFETIME_SECONDS`; Kratos's code lifespan).
    pub unproven_identity_lifetime: Duration,
    /// Attempts per hour per client, number and block of numbers (`PHONE_LIMIT_PER_*_PER_HOUR`).
    pub limits: HourlyLimits,
    /// `PHONE_ALLOWED_COUNTRY_CODES`; empty allows every country.
    pub allowed_country_codes: CountryCodes,
    /// The least time an accepted number takes to answer, whether or not it has an account
    /// (`PHONE_RESPONSE_FLOOR_MILLISECONDS`), so the timing does not tell which.
    pub response_floor: Duration,
    /// Redis, where the limits are counted for every replica (`PHONE_LIMITS_REDIS_URL`); `None`
    /// counts them in this process.
    pub limits_redis_url: Option<Secret>,
}

impl PhoneSettings {
    /// The `PHONE_*` settings; `None` when one of them is wrong (noted in `p`).
    fn from_env(env: &Env, p: &mut ConfigErrors) -> Option<Self> {
        use settings::*;
        let unproven_identity_lifetime =
            p.take(env.positive_seconds(&PHONE_UNPROVEN_IDENTITY_LIFETIME_SECONDS));
        let expected = "a whole number of attempts (0: no limit)";
        let per_ip = p.take(env.parsed(&PHONE_LIMIT_PER_IP_PER_HOUR, expected));
        let per_number = p.take(env.parsed(&PHONE_LIMIT_PER_NUMBER_PER_HOUR, expected));
        let per_prefix = p.take(env.parsed(&PHONE_LIMIT_PER_PREFIX_PER_HOUR, expected));
        let allowed_country_codes = p.take(
            CountryCodes::parse(&env.string(&PHONE_ALLOWED_COUNTRY_CODES).unwrap_or_default())
                .map_err(|problem| ConfigError::new(PHONE_ALLOWED_COUNTRY_CODES.name, problem)),
        );
        let response_floor = p.take(
            env.parsed(
                &PHONE_RESPONSE_FLOOR_MILLISECONDS,
                "a whole number of milliseconds",
            )
            .map(Duration::from_millis),
        );
        let limits_redis_url = p
            .take(env.secret_if_set(&PHONE_LIMITS_REDIS_URL).and_then(|url| {
                let Some(url) = url else { return Ok(None) };
                let scheme = url.expose().split_once("://").map(|(scheme, _)| scheme);
                if matches!(scheme, Some("redis")) {
                    Ok(Some(url))
                } else {
                    Err(ConfigError::new(
                        PHONE_LIMITS_REDIS_URL.name,
                        "must be a Redis URL such as redis://127.0.0.1:6379/0 (with the password, \
                         if any, as redis://:PASSWORD@host:6379/0)",
                    ))
                }
            }))
            .flatten();
        Some(Self {
            unproven_identity_lifetime: unproven_identity_lifetime?,
            limits: HourlyLimits {
                per_ip: per_ip?,
                per_number: per_number?,
                per_prefix: per_prefix?,
            },
            allowed_country_codes: allowed_country_codes?,
            response_floor: response_floor?,
            limits_redis_url,
        })
    }
}

/// `COOKIE_SECRET` is long enough, and outside development neither published nor guessable.
fn check_secret(secret: &Secret, dev_mode: bool) -> Result<(), ConfigError> {
    let value = secret.expose();
    if value.chars().count() < MIN_SECRET_LEN {
        return Err(ConfigError::new(
            "COOKIE_SECRET",
            format!("must be at least {MIN_SECRET_LEN} characters long; {SECRET_ADVICE}"),
        ));
    }
    if dev_mode {
        return Ok(());
    }
    if PUBLISHED_SECRETS.contains(&value) {
        return Err(ConfigError::new(
            "COOKIE_SECRET",
            format!(
                "is a value published with vestibule, so anyone could forge what it signs; \
                 {SECRET_ADVICE}, or set DEV_MODE=true on a development machine"
            ),
        ));
    }
    let guesses = zxcvbn::zxcvbn(value, &[]).guesses_log10();
    if guesses < MIN_SECRET_GUESSES_LOG10 {
        return Err(ConfigError::new(
            "COOKIE_SECRET",
            format!(
                "is too easy to guess: it is made of words, names, dates, repeats or sequences \
                 that about 10^{guesses:.0} guesses find, and anyone who finds it can forge what \
                 it signs; {SECRET_ADVICE}, or set DEV_MODE=true on a development machine"
            ),
        ));
    }
    Ok(())
}

/// The mistakes that make a deployment loop or leak, caught before the port opens: see
/// docs/deployment.md. `browser_url_set` says whether `KRATOS_BROWSER_URL` was given (else it is
/// `KRATOS_PUBLIC_URL`).
fn check_deployment(
    base_url: &Url,
    kratos_browser_url: &Url,
    browser_url_set: bool,
    dev_mode: bool,
) -> Result<(), ConfigError> {
    let base_host = base_url.host_str().unwrap_or_default();
    let kratos_host = kratos_browser_url.host_str().unwrap_or_default();
    if base_url.scheme() == "http" && !dev_mode && !is_loopback(base_url) {
        return Err(ConfigError::new(
            "BASE_URL",
            format!(
                "`{base_url}` is plain http outside development: passwords and sign-in cookies would \
                 cross the network in the clear, and Kratos (without --dev) sets Secure cookies that \
                 browsers keep only over https. Serve vestibule over https (a reverse proxy that \
                 terminates TLS, see docs/deployment.md) and set BASE_URL=https://{base_host}/, or \
                 set DEV_MODE=true on a development machine"
            ),
        ));
    }
    let (name, advice) = if browser_url_set {
        ("KRATOS_BROWSER_URL", "")
    } else {
        (
            "KRATOS_PUBLIC_URL",
            " (KRATOS_BROWSER_URL is not set, so browsers are sent to KRATOS_PUBLIC_URL)",
        )
    };
    if !is_internal(base_url) && is_internal(kratos_browser_url) {
        return Err(ConfigError::new(
            name,
            format!(
                "`{kratos_browser_url}` is an address only this network can reach, but browsers are \
                 sent there{advice}. KRATOS_BROWSER_URL is Kratos's public URL as browsers reach it \
                 (Kratos's serve.public.base_url: BASE_URL's origin when the proxy serves Kratos's \
                 browser paths under vestibule's host, e.g. https://{base_host}/); the internal \
                 address vestibule itself calls goes into KRATOS_PUBLIC_URL. Are the two swapped?"
            ),
        ));
    }
    if base_url.scheme() == "https" && kratos_browser_url.scheme() == "http" && !dev_mode {
        return Err(ConfigError::new(
            name,
            format!(
                "`{kratos_browser_url}` is plain http while BASE_URL is https{advice}: pages served \
                 over https would post passwords to http, and Kratos's Secure cookies are not kept \
                 over http. Serve Kratos's browser paths over https too, best under vestibule's \
                 own host (KRATOS_BROWSER_URL=https://{base_host}/, docs/deployment.md)"
            ),
        ));
    }
    if !cookies_can_reach(kratos_browser_url, base_url) {
        return Err(ConfigError::new(
            name,
            format!(
                "Kratos's cookies can never reach vestibule{advice}: browsers keep the cookies Kratos \
                 sets at `{kratos_host}` for that host or a parent domain of it, and `{base_host}` \
                 (BASE_URL) shares no such domain with it. Serve Kratos's browser paths \
                 (/self-service/, /.well-known/ory/) under vestibule's host through the reverse \
                 proxy and set KRATOS_BROWSER_URL=https://{base_host}/ (docs/deployment.md)"
            ),
        ));
    }
    Ok(())
}

/// `localhost`, `*.localhost` or a loopback address: browsers treat these as secure contexts
/// even over http, and nothing outside the machine reaches them.
fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name == "localhost" || name.ends_with(".localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// An address browsers on other machines cannot reach: loopback, private or link-local
/// addresses, and names of one label (a container's or a host's name on the local network).
fn is_internal(url: &Url) -> bool {
    if is_loopback(url) {
        return true;
    }
    match url.host() {
        Some(url::Host::Domain(name)) => !name.contains('.'),
        Some(url::Host::Ipv4(ip)) => ip.is_private() || ip.is_link_local(),
        Some(url::Host::Ipv6(ip)) => {
            let first = ip.segments()[0];
            (first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfe80
        }
        None => false,
    }
}

/// Whether cookies a server at `from` sets can be sent to `to`: the same host, or two names that
/// share a parent domain of at least two labels (Kratos's cookie domain is then that parent).
/// Public suffixes of two labels (`co.uk`) are not known here, so `a.example.co.uk` and
/// `b.other.co.uk` pass although browsers refuse cookies for `co.uk`.
fn cookies_can_reach(from: &Url, to: &Url) -> bool {
    match (from.host(), to.host()) {
        (Some(url::Host::Domain(a)), Some(url::Host::Domain(b))) => {
            let a: Vec<&str> = a.rsplit('.').collect();
            let b: Vec<&str> = b.rsplit('.').collect();
            let shared = a
                .iter()
                .zip(&b)
                .take_while(|(x, y)| x.eq_ignore_ascii_case(y))
                .count();
            (a.len() == b.len() && shared == a.len()) || shared >= 2
        }
        (a, b) => a == b,
    }
}

/// The environment, read only through [`Setting`]s: a variable's name and its default come from
/// its definition, never from a string at the call site.
struct Env<'a> {
    lookup: &'a dyn Fn(&str) -> Option<String>,
}

impl Env<'_> {
    /// A set, non-blank value, trimmed.
    fn string(&self, setting: &Setting) -> Option<String> {
        self.raw(setting.name)
    }

    fn raw(&self, name: &str) -> Option<String> {
        (self.lookup)(name)
            .map(|value| value.trim().to_owned())
            .filter(|value| !value.is_empty())
    }

    /// The value, else the setting's default (`derived` for one computed from other settings).
    fn value(&self, setting: &Setting, derived: Option<&str>) -> Result<String, ConfigError> {
        if let Some(value) = self.string(setting) {
            return Ok(value);
        }
        match (&setting.default, derived) {
            (Fallback::Value(value), _) => Ok((*value).to_owned()),
            (Fallback::Derived(_), Some(value)) => Ok(value.to_owned()),
            _ => Err(ConfigError::new(setting.name, "is required but not set")),
        }
    }

    /// A setting with a default that is text as it stands.
    fn text(&self, setting: &Setting) -> String {
        match (self.string(setting), &setting.default) {
            (Some(value), _) => value,
            (None, Fallback::Value(value)) => (*value).to_owned(),
            (None, _) => String::new(),
        }
    }

    fn url(&self, setting: &'static Setting, derived: Option<&str>) -> Result<Url, ConfigError> {
        let raw = self.value(setting, derived)?;
        let mut url = Url::parse(&raw)
            .map_err(|e| ConfigError::new(setting.name, format!("`{raw}` is not a URL ({e})")))?;
        if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
            return Err(ConfigError::new(
                setting.name,
                format!("`{raw}` must be an absolute http:// or https:// URL"),
            ));
        }
        // Paths are joined onto these URLs, so they must end in a slash.
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        Ok(url)
    }

    /// The URL when the variable is set, `None` otherwise.
    fn url_if_set(&self, setting: &'static Setting) -> Result<Option<Url>, ConfigError> {
        match self.string(setting) {
            None => Ok(None),
            Some(raw) => self.url(setting, Some(&raw)).map(Some),
        }
    }

    fn parsed<T: std::str::FromStr>(
        &self,
        setting: &'static Setting,
        expected: &str,
    ) -> Result<T, ConfigError> {
        let raw = self.value(setting, None)?;
        raw.parse()
            .map_err(|_| ConfigError::new(setting.name, format!("`{raw}` is not {expected}")))
    }

    fn seconds(&self, setting: &'static Setting) -> Result<Duration, ConfigError> {
        self.parsed(setting, "a whole number of seconds")
            .map(Duration::from_secs)
    }

    /// Seconds, at least one.
    fn positive_seconds(&self, setting: &'static Setting) -> Result<Duration, ConfigError> {
        match self.seconds(setting)? {
            seconds if seconds.is_zero() => {
                Err(ConfigError::new(setting.name, "must be at least 1 second"))
            }
            seconds => Ok(seconds),
        }
    }

    fn boolean(&self, setting: &'static Setting) -> Result<bool, ConfigError> {
        match self.value(setting, None)?.to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Ok(true),
            "false" | "0" | "no" => Ok(false),
            other => Err(ConfigError::new(
                setting.name,
                format!("`{other}` is not true or false"),
            )),
        }
    }

    fn cookie_name(&self, setting: &'static Setting) -> Result<String, ConfigError> {
        let name = self.value(setting, None)?;
        if is_cookie_name(&name) {
            Ok(name)
        } else {
            Err(ConfigError::new(
                setting.name,
                "must be a cookie name: letters, digits, '-', '_' or '.'",
            ))
        }
    }

    /// `NAME`, or the contents of the file named by `NAME_FILE`; setting both is an error.
    fn secret(&self, setting: &'static Setting) -> Result<Secret, ConfigError> {
        self.secret_if_set(setting)?
            .ok_or_else(|| ConfigError::new(setting.name, "is required but not set"))
    }

    fn secret_if_set(&self, setting: &'static Setting) -> Result<Option<Secret>, ConfigError> {
        let name = setting.name;
        let file_var = format!("{name}_FILE");
        debug_assert!(setting.from_file, "{name} is not read from a file");
        match (self.string(setting), self.raw(&file_var)) {
            (Some(_), Some(_)) => Err(ConfigError::new(
                name,
                format!("set either {name} or {file_var}, not both"),
            )),
            (Some(value), None) => Ok(Some(Secret(value))),
            (None, Some(path)) => std::fs::read_to_string(&path)
                .map(|value| Some(Secret(value.trim_end_matches(['\r', '\n']).to_owned())))
                .map_err(|e| {
                    ConfigError::new(name, format!("cannot read {file_var} `{path}`: {e}"))
                }),
            (None, None) => Ok(None),
        }
    }
}

/// vestibule names its own cookies `__Host-<name>` over https ([`crate::web::cookies`]); a
/// `CSRF_COOKIE_NAME` with a prefix of its own must agree with that.
fn check_csrf_cookie_prefix(name: &str, base_url: &Url) -> Result<(), ConfigError> {
    let starts = |prefix: &str| {
        name.get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    };
    if starts("__Secure-") {
        return Err(ConfigError::new(
            "CSRF_COOKIE_NAME",
            format!(
                "`{name}`: vestibule prefixes its cookies itself (`__Host-` whenever BASE_URL is \
                 https, which is stricter than `__Secure-`); set the name without a prefix"
            ),
        ));
    }
    if crate::domain::cookie_scope::has_host_prefix(name) && base_url.scheme() != "https" {
        let plain = name
            .get(crate::domain::cookie_scope::HOST_PREFIX.len()..)
            .unwrap_or(name);
        return Err(ConfigError::new(
            "CSRF_COOKIE_NAME",
            format!(
                "`{name}`: browsers accept a `__Host-` cookie only over https, and BASE_URL is http. \
                 Set CSRF_COOKIE_NAME={plain}: vestibule names it `__Host-{plain}` by itself \
                 whenever BASE_URL is https"
            ),
        ));
    }
    Ok(())
}

fn is_cookie_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// A new secret as `openssl rand -hex 32` makes one, for tests.
#[cfg(test)]
pub(crate) fn random_secret() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_of_kratos_selfservice_ui_node_without_meaning_here_are_named() {
        let warnings = unused_variable_warnings(|name| {
            matches!(name, "CSRF_COOKIE_SECRET" | "TLS_CERT_PATH").then(|| "x".to_owned())
        });
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].starts_with("CSRF_COOKIE_SECRET is set"));
        assert!(warnings[1].starts_with("TLS_CERT_PATH is set"));
        assert!(unused_variable_warnings(|_| None).is_empty());
    }
    use std::collections::HashMap;
    use std::sync::LazyLock;

    /// New for every run of the tests, as no secret written down is accepted.
    static SECRET: LazyLock<String> = LazyLock::new(random_secret);

    fn minimal() -> HashMap<&'static str, String> {
        HashMap::from([
            ("KRATOS_PUBLIC_URL", "http://localhost:4433".to_owned()),
            ("KRATOS_ADMIN_URL", "http://127.0.0.1:4434".to_owned()),
            ("HYDRA_ADMIN_URL", "http://127.0.0.1:4445".to_owned()),
            ("COOKIE_SECRET", SECRET.clone()),
        ])
    }

    /// The configuration, or its one problem (a test of a bad value expects exactly one).
    fn parse(vars: &HashMap<&'static str, String>) -> Result<Config, ConfigError> {
        Config::from_lookup(|name| vars.get(name).cloned()).map_err(|errors| {
            assert_eq!(errors.0.len(), 1, "exactly one problem: {errors}");
            errors.0.into_iter().next().expect("one problem")
        })
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let vars = HashMap::from([
            ("KRATOS_PUBLIC_URL", "not a url".to_owned()),
            ("PORT", "eighty".to_owned()),
            ("COOKIE_SECRET", "short".to_owned()),
            ("LOG_FORMAT", "xml".to_owned()),
            ("PHONE_LIMIT_PER_IP_PER_HOUR", "many".to_owned()),
            ("DEFAULT_LOCALE", "tlh".to_owned()),
        ]);
        let errors = Config::from_lookup(|name| vars.get(name).cloned()).unwrap_err();
        let named: Vec<_> = errors.0.iter().map(|err| err.variable).collect();
        assert_eq!(
            named,
            [
                "KRATOS_PUBLIC_URL",
                "KRATOS_ADMIN_URL",
                "HYDRA_ADMIN_URL",
                "PORT",
                "COOKIE_SECRET",
                "LOG_FORMAT",
                "PHONE_LIMIT_PER_IP_PER_HOUR",
                "DEFAULT_LOCALE",
            ],
            "{errors}"
        );
        assert_eq!(errors.to_string().lines().count(), named.len(), "{errors}");
    }

    /// The settings table is what is read: every variable asked for is a setting (or its
    /// `_FILE`), and every setting is asked for.
    #[test]
    fn the_settings_are_exactly_the_variables_read() {
        let asked = std::cell::RefCell::new(std::collections::BTreeSet::new());
        let vars = minimal();
        parse_with(|name| {
            asked.borrow_mut().insert(name.to_owned());
            vars.get(name).cloned()
        })
        .expect("minimal configuration is valid");
        let mut listed = std::collections::BTreeSet::new();
        for setting in settings::ALL {
            listed.insert(setting.name.to_owned());
            if setting.from_file {
                listed.insert(format!("{}_FILE", setting.name));
            }
        }
        assert_eq!(asked.into_inner(), listed);
    }

    fn parse_with(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigErrors> {
        Config::from_lookup(lookup)
    }

    /// A default the table shows is the value the code uses: setting each variable to its
    /// listed default changes nothing.
    #[test]
    fn the_listed_defaults_are_the_defaults() {
        let unset = parse(&minimal()).expect("minimal configuration is valid");
        let mut vars = minimal();
        for setting in settings::ALL {
            if let Fallback::Value(value) = setting.default {
                vars.insert(setting.name, value.to_owned());
            }
        }
        vars.insert("BASE_URL", "http://localhost:4455/".to_owned());
        vars.insert("KRATOS_BROWSER_URL", vars["KRATOS_PUBLIC_URL"].clone());
        vars.insert("LOG_FORMAT", "json".to_owned());
        let set = parse(&vars).expect("the defaults are valid values");
        assert_eq!(format!("{set:?}"), format!("{unset:?}"));
    }

    /// docs/configuration.md carries the table `vestibule --help` is made from.
    #[test]
    fn the_configuration_reference_lists_every_setting_as_help_does() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/configuration.md");
        let docs = std::fs::read_to_string(&path).expect("docs/configuration.md");
        let table = reference_markdown();
        assert!(
            docs.contains(&format!("{BEGIN_REFERENCE}\n{table}{END_REFERENCE}")),
            "docs/configuration.md's table of settings differs from the settings in \
             src/config.rs; put this between its {BEGIN_REFERENCE} and {END_REFERENCE} lines:\n{table}"
        );
        let help = help_text();
        for setting in settings::ALL {
            assert!(help.contains(&format!("\n  {}", setting.name)), "{help}");
        }
    }

    fn error_for(var: &'static str, value: &str) -> ConfigError {
        let mut vars = minimal();
        vars.insert(var, value.to_owned());
        parse(&vars).expect_err("value should be rejected")
    }

    #[test]
    fn debug_output_never_shows_the_secret() {
        let config = parse(&minimal()).expect("minimal configuration is valid");
        let shown = format!("{config:?}");
        assert!(shown.contains("Secret(..)"), "{shown}");
        assert!(!shown.contains(config.cookie_secret.expose()), "{shown}");
    }

    #[test]
    fn minimal_configuration_fills_in_defaults() {
        let config = parse(&minimal()).expect("minimal configuration is valid");
        assert_eq!(config.port, 4455);
        assert_eq!(config.base_url.as_str(), "http://localhost:4455/");
        assert_eq!(config.kratos_browser_url, config.kratos_public_url);
        assert_eq!(config.kratos_public_url.as_str(), "http://localhost:4433/");
        assert_eq!(config.csrf_cookie_name, "vestibule_csrf");
        assert!(config.trusted_client_ids.is_empty());
        assert!(config.remember_login);
        assert_eq!(config.remember_consent_for, Duration::from_secs(3600));
        assert_eq!(config.upstream_timeout, Duration::from_secs(10));
        assert_eq!(config.shutdown_drain, Duration::from_secs(5));
        assert_eq!(config.log_format, LogFormat::Json);
        assert_eq!(config.bind_address, IpAddr::from([127, 0, 0, 1]));
    }

    #[test]
    fn logs_are_json_unless_on_a_development_machine() {
        let mut vars = minimal();
        vars.insert("DEV_MODE", "true".to_owned());
        assert_eq!(parse(&vars).unwrap().log_format, LogFormat::Text);
        vars.insert("LOG_FORMAT", "json".to_owned());
        assert_eq!(parse(&vars).unwrap().log_format, LogFormat::Json);
        let mut vars = minimal();
        vars.insert("LOG_FORMAT", "text".to_owned());
        assert_eq!(parse(&vars).unwrap().log_format, LogFormat::Text);
    }

    #[test]
    fn every_required_variable_is_named_when_missing() {
        for var in [
            "KRATOS_PUBLIC_URL",
            "KRATOS_ADMIN_URL",
            "HYDRA_ADMIN_URL",
            "COOKIE_SECRET",
        ] {
            let mut vars = minimal();
            vars.remove(var);
            let err = parse(&vars).expect_err("missing variable must fail");
            assert_eq!(err.variable, var);
            assert!(err.to_string().starts_with(var), "{err}");
            assert!(err.to_string().contains("required"), "{err}");
        }
    }

    #[test]
    fn blank_values_count_as_missing() {
        let err = error_for("HYDRA_ADMIN_URL", "   ");
        assert_eq!(err.variable, "HYDRA_ADMIN_URL");
    }

    #[test]
    fn urls_must_be_absolute_http() {
        for bad in [
            "localhost:4433",
            "ftp://example.com",
            "not a url",
            "/relative",
        ] {
            let err = error_for("KRATOS_PUBLIC_URL", bad);
            assert_eq!(err.variable, "KRATOS_PUBLIC_URL", "{bad}");
        }
        assert_eq!(
            error_for("BASE_URL", "https://id.example.com/?x=1").variable,
            "BASE_URL"
        );
    }

    #[test]
    fn urls_gain_a_trailing_slash_so_paths_join_below_them() {
        let mut vars = minimal();
        vars.insert("BASE_URL", "https://example.com/auth".to_owned());
        vars.insert("KRATOS_BROWSER_URL", "https://auth.example.com".to_owned());
        let config = parse(&vars).unwrap();
        assert_eq!(
            config.base_url.join("callback").unwrap().as_str(),
            "https://example.com/auth/callback"
        );
    }

    #[test]
    fn numbers_are_validated() {
        assert_eq!(error_for("PORT", "http").variable, "PORT");
        assert_eq!(error_for("PORT", "70000").variable, "PORT");
        assert_eq!(error_for("PORT", "0").variable, "PORT");
        assert_eq!(
            error_for("REMEMBER_CONSENT_SESSION_FOR_SECONDS", "-5").variable,
            "REMEMBER_CONSENT_SESSION_FOR_SECONDS"
        );
        assert_eq!(
            error_for("UPSTREAM_TIMEOUT_SECONDS", "0").variable,
            "UPSTREAM_TIMEOUT_SECONDS"
        );
        assert_eq!(
            error_for("BIND_ADDRESS", "localhost").variable,
            "BIND_ADDRESS"
        );
    }

    #[test]
    fn metrics_are_off_by_default_and_never_on_the_public_port() {
        assert_eq!(parse(&minimal()).unwrap().metrics_address, None);
        let mut vars = minimal();
        vars.insert("METRICS_ADDRESS", "127.0.0.1:9455".to_owned());
        assert_eq!(
            parse(&vars).unwrap().metrics_address,
            Some("127.0.0.1:9455".parse().unwrap())
        );
        for bad in ["9455", "localhost:9455", "127.0.0.1:4455", "0.0.0.0:4455"] {
            assert_eq!(
                error_for("METRICS_ADDRESS", bad).variable,
                "METRICS_ADDRESS",
                "{bad}"
            );
        }
    }

    #[test]
    fn port_sets_the_default_base_url() {
        let mut vars = minimal();
        vars.insert("PORT", "8080".to_owned());
        let config = parse(&vars).unwrap();
        assert_eq!(config.base_url.as_str(), "http://localhost:8080/");
    }

    #[test]
    fn short_cookie_secret_is_rejected() {
        let err = error_for("COOKIE_SECRET", "too-short");
        assert_eq!(err.variable, "COOKIE_SECRET");
        assert!(err.problem.contains("32"));
    }

    #[test]
    fn published_and_guessable_secrets_are_refused_outside_development() {
        for published in PUBLISHED_SECRETS {
            let err = error_for("COOKIE_SECRET", published);
            assert_eq!(err.variable, "COOKIE_SECRET");
            assert!(err.problem.contains("published"), "{err}");
            assert!(err.problem.contains("openssl rand -hex 32"), "{err}");
        }
        for guessable in [
            "passwordpasswordpasswordpassword",
            "abcdefghijklmnopqrstuvwxyz012345",
            "Summer2024!Summer2024!Summer2024!",
            "qwertyuiopasdfghjklzxcvbnm1234567890",
            "iloveyouiloveyouiloveyouiloveyou12",
        ] {
            let err = error_for("COOKIE_SECRET", guessable);
            assert_eq!(err.variable, "COOKIE_SECRET", "{guessable}");
            assert!(err.problem.contains("too easy to guess"), "{err}");
            assert!(err.problem.contains("openssl rand -hex 32"), "{err}");
            assert!(!err.problem.contains(guessable), "never shown: {err}");
        }
        let mut vars = minimal();
        vars.insert("DEV_MODE", "true".to_owned());
        for accepted in ["passwordpasswordpasswordpassword", PUBLISHED_SECRETS[0]] {
            vars.insert("COOKIE_SECRET", accepted.to_owned());
            parse(&vars).expect("a development machine takes any secret of 32 characters");
        }
    }

    #[test]
    fn secrets_from_random_generators_are_accepted() {
        use rand::Rng;
        let mut rng = rand::thread_rng();
        let alphabets = [
            "0123456789abcdef",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
        ];
        for alphabet in alphabets {
            let alphabet: Vec<char> = alphabet.chars().collect();
            for _ in 0..50 {
                let secret: String = (0..MIN_SECRET_LEN)
                    .map(|_| alphabet[rng.gen_range(0..alphabet.len())])
                    .collect();
                let mut vars = minimal();
                vars.insert("COOKIE_SECRET", secret.clone());
                parse(&vars).unwrap_or_else(|err| panic!("{secret}: {err}"));
            }
        }
    }

    /// Whatever a file of the repository gives `COOKIE_SECRET` (a test's environment, a script, an
    /// example) is a published value: start-up refuses it outside development.
    #[test]
    fn every_secret_written_in_the_repository_is_refused() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = vec![
            root.join("README.md"),
            root.join("compose.yaml"),
            root.join("Dockerfile"),
        ];
        let mut dirs: Vec<_> = [
            "src", "tests", "examples", "benches", "scripts", "config", "docs", "browser", "load",
        ]
        .iter()
        .map(|dir| root.join(dir))
        .collect();
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                if path.is_dir() {
                    if !matches!(name.as_str(), "node_modules" | "fixtures") {
                        dirs.push(path);
                    }
                } else {
                    files.push(path);
                }
            }
        }
        let mut found = Vec::new();
        let mut accepted = Vec::new();
        for file in files {
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            for line in text
                .lines()
                .filter(|line| line.to_ascii_uppercase().contains("COOKIE_SECRET"))
            {
                for value in written_values(line) {
                    found.push(value.clone());
                    if check_secret(&Secret(value.clone()), false).is_ok() {
                        accepted.push(format!("{}: {value}", file.display()));
                    }
                }
            }
        }
        assert!(!found.is_empty(), "the search reads the repository");
        assert!(accepted.is_empty(), "{accepted:#?}");

        let value = "q3Vd8mZ0pL6wXy2Rk9Tn4Bs7Hc1Jf5Ga";
        for line in [
            format!("(\"COOKIE_SECRET\", \"{value}\"),"),
            format!("export COOKIE_SECRET={value}"),
            format!("      COOKIE_SECRET: '{value}'"),
        ] {
            assert_eq!(written_values(&line), [value], "{line}");
        }
        for line in [
            ": \"${COOKIE_SECRET:=$(dev_secret vestibule-cookie 64)}\"",
            "COOKIE_SECRET_FILE=/run/secrets/vestibule_cookie_secret",
            "printf 'COOKIE_SECRET=%s\\nKRATOS_SECRETS_COOKIE=%s\\n' \"$(openssl rand -hex 32)\"",
        ] {
            assert!(written_values(line).is_empty(), "{line}");
        }
    }

    /// The values a line of code, shell or YAML writes down: quoted strings and `NAME=value`
    /// words, of a secret's length, that are not expressions (`$...`, `{...}`, `%s`) or paths.
    fn written_values(line: &str) -> Vec<String> {
        let quoted = line.split(['"', '\'']).skip(1).step_by(2);
        let assigned = line
            .split_whitespace()
            .filter_map(|word| word.split_once('=').map(|(_, value)| value));
        quoted
            .chain(assigned)
            .map(|value| value.trim_matches(['"', '\'', ',', ')', ';']))
            .filter(|value| value.chars().count() >= MIN_SECRET_LEN)
            .filter(|value| !value.contains(['$', '{', '}', ' ', '/', '(', '%', '\\']))
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn cookie_secret_can_come_from_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret");
        std::fs::write(&path, format!("{}\n", *SECRET)).unwrap();
        let mut vars = minimal();
        vars.remove("COOKIE_SECRET");
        vars.insert("COOKIE_SECRET_FILE", path.display().to_string());
        let config = parse(&vars).unwrap();
        assert_eq!(config.cookie_secret.expose(), SECRET.as_str());

        vars.insert("COOKIE_SECRET", SECRET.clone());
        assert_eq!(parse(&vars).unwrap_err().variable, "COOKIE_SECRET");

        vars.remove("COOKIE_SECRET");
        vars.insert("COOKIE_SECRET_FILE", "/nonexistent/secret".to_owned());
        let err = parse(&vars).unwrap_err();
        assert_eq!(err.variable, "COOKIE_SECRET");
        assert!(err.problem.contains("/nonexistent/secret"));
    }

    #[test]
    fn a_broken_claims_mapping_file_stops_start_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("claims.json");
        std::fs::write(&path, r#"{"id_token": {"profile": {"x": "no-slash"}}}"#).unwrap();
        let err = error_for("CLAIMS_MAPPING_FILE", path.to_str().unwrap());
        assert_eq!(err.variable, "CLAIMS_MAPPING_FILE");
        assert!(err.problem.contains("id_token.profile.x"), "{err}");
        assert_eq!(
            error_for("CLAIMS_MAPPING_FILE", "/nonexistent/claims.json").variable,
            "CLAIMS_MAPPING_FILE"
        );

        std::fs::write(
            &path,
            r#"{"access_token": {"profile": {"dept": "/traits/department"}}}"#,
        )
        .unwrap();
        let mut vars = minimal();
        vars.insert("CLAIMS_MAPPING_FILE", path.display().to_string());
        let config = parse(&vars).unwrap();
        assert_eq!(
            config.claims_mapping.access_token["profile"]["dept"].as_deref(),
            Some("/traits/department")
        );
    }

    #[test]
    fn provider_origins_are_origins() {
        let mut vars = minimal();
        vars.insert(
            "OIDC_PROVIDER_ORIGINS",
            "https://accounts.google.com/, http://127.0.0.1:9000/path".to_owned(),
        );
        let config = parse(&vars).unwrap();
        assert_eq!(
            config.oidc_provider_origins,
            ["https://accounts.google.com", "http://127.0.0.1:9000"]
        );
        assert_eq!(
            error_for("OIDC_PROVIDER_ORIGINS", "accounts.google.com").variable,
            "OIDC_PROVIDER_ORIGINS"
        );
    }

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let config = parse(&minimal()).unwrap();
        assert!(!format!("{config:?}").contains(SECRET.as_str()));
    }

    #[test]
    fn trusted_client_ids_are_a_comma_separated_list() {
        let mut vars = minimal();
        vars.insert("TRUSTED_CLIENT_IDS", " app-one, ,app-two ".to_owned());
        let config = parse(&vars).unwrap();
        assert_eq!(config.trusted_client_ids, ["app-one", "app-two"]);
    }

    #[test]
    fn enumerations_and_flags_are_validated() {
        assert_eq!(error_for("LOG_FORMAT", "xml").variable, "LOG_FORMAT");
        assert_eq!(
            error_for("REMEMBER_LOGIN", "maybe").variable,
            "REMEMBER_LOGIN"
        );
        assert_eq!(
            error_for("CSRF_COOKIE_NAME", "a b;c").variable,
            "CSRF_COOKIE_NAME"
        );
        assert_eq!(error_for("LOG_LEVEL", "info,[[").variable, "LOG_LEVEL");

        let mut vars = minimal();
        vars.insert("LOG_FORMAT", "json".to_owned());
        vars.insert("REMEMBER_LOGIN", "false".to_owned());
        let config = parse(&vars).unwrap();
        assert_eq!(config.log_format, LogFormat::Json);
        assert!(!config.remember_login);
    }

    #[test]
    fn app_hosts_are_host_names() {
        assert!(parse(&minimal()).unwrap().app_hosts.is_empty());
        let mut vars = minimal();
        vars.insert(
            "APP_HOSTS",
            " app.example.com, https://Shop.Example.com/callback ,".to_owned(),
        );
        assert_eq!(
            parse(&vars).unwrap().app_hosts,
            ["app.example.com", "shop.example.com"]
        );
        for bad in ["app example.com", "app.example.com/path", "https://"] {
            let err = error_for("APP_HOSTS", bad);
            assert_eq!(err.variable, "APP_HOSTS", "{bad}: {err}");
        }
    }

    #[test]
    fn kratos_on_a_host_of_its_own_works_and_is_warned_about() {
        let same = deployment(&[
            ("BASE_URL", "https://login.example.com"),
            ("KRATOS_BROWSER_URL", "https://login.example.com"),
        ])
        .unwrap();
        assert_eq!(same.warnings(), Vec::<String>::new());
        let apart = deployment(&PRODUCTION_APART).unwrap();
        let warnings = apart.warnings();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("cookies.domain"), "{warnings:?}");
        assert!(warnings[0].contains("auth.example.com"), "{warnings:?}");
    }

    #[test]
    fn the_csrf_cookie_name_agrees_with_the_host_prefix() {
        let https = |name: &str| {
            deployment(&[
                ("BASE_URL", "https://login.example.com"),
                ("KRATOS_BROWSER_URL", "https://login.example.com"),
                ("CSRF_COOKIE_NAME", name),
            ])
        };
        // Browsers see `__Host-` before either name over https (crate::web::cookies).
        assert_eq!(https("acme_csrf").unwrap().csrf_cookie_name, "acme_csrf");
        assert_eq!(
            https("__Host-acme_csrf").unwrap().csrf_cookie_name,
            "__Host-acme_csrf"
        );
        let err = https("__Secure-acme_csrf").unwrap_err();
        assert_eq!(err.variable, "CSRF_COOKIE_NAME");
        assert!(err.problem.contains("without a prefix"), "{err}");

        let err = error_for("CSRF_COOKIE_NAME", "__Host-acme_csrf");
        assert_eq!(err.variable, "CSRF_COOKIE_NAME");
        assert!(err.problem.contains("CSRF_COOKIE_NAME=acme_csrf"), "{err}");
        assert!(err.problem.contains("https"), "{err}");
    }

    #[test]
    fn phone_safeguards_have_defaults_and_are_validated() {
        let config = parse(&minimal()).unwrap();
        assert!(config.trusted_proxies.is_empty());
        assert_eq!(
            config.phone.unproven_identity_lifetime,
            Duration::from_secs(900)
        );
        assert_eq!(
            config.phone.limits,
            HourlyLimits {
                per_ip: 30,
                per_number: 5,
                per_prefix: 20
            }
        );
        assert!(config.phone.allowed_country_codes.allows("+447700900123"));
        assert_eq!(config.phone.response_floor, Duration::from_millis(300));
        assert_eq!(config.phone.limits_redis_url, None);

        let mut vars = minimal();
        vars.insert("TRUSTED_PROXIES", "10.0.0.0/8, 192.0.2.7".to_owned());
        vars.insert("PHONE_ALLOWED_COUNTRY_CODES", "49,+33".to_owned());
        vars.insert("PHONE_LIMIT_PER_IP_PER_HOUR", "0".to_owned());
        let config = parse(&vars).unwrap();
        assert!(!config.trusted_proxies.is_empty());
        assert!(config.phone.allowed_country_codes.allows("+33612345678"));
        assert!(!config.phone.allowed_country_codes.allows("+447700900123"));
        assert_eq!(config.phone.limits.per_ip, 0);

        let mut vars = minimal();
        vars.insert(
            "PHONE_LIMITS_REDIS_URL",
            "redis://:s3cret@redis.internal:6379/2".to_owned(),
        );
        let config = parse(&vars).unwrap();
        assert_eq!(
            config.phone.limits_redis_url.as_ref().map(Secret::expose),
            Some("redis://:s3cret@redis.internal:6379/2")
        );
        assert!(!format!("{config:?}").contains("s3cret"));

        for (var, bad) in [
            ("TRUSTED_PROXIES", "10.0.0.0/8, proxy.internal"),
            ("PHONE_ALLOWED_COUNTRY_CODES", "49, Germany"),
            ("PHONE_LIMIT_PER_NUMBER_PER_HOUR", "-1"),
            ("PHONE_LIMIT_PER_PREFIX_PER_HOUR", "many"),
            ("PHONE_UNPROVEN_IDENTITY_LIFETIME_SECONDS", "0"),
            ("PHONE_RESPONSE_FLOOR_MILLISECONDS", "0.5"),
            ("PHONE_LIMITS_REDIS_URL", "127.0.0.1:6379"),
            ("PHONE_LIMITS_REDIS_URL", "http://127.0.0.1:6379"),
        ] {
            let err = error_for(var, bad);
            assert_eq!(err.variable, var, "{err}");
        }
    }

    fn deployment(vars: &[(&'static str, &str)]) -> Result<Config, ConfigError> {
        let mut all = minimal();
        for (name, value) in vars {
            all.insert(name, (*value).to_owned());
        }
        parse(&all)
    }

    #[test]
    fn a_public_base_url_must_be_https_outside_development() {
        let err = deployment(&[("BASE_URL", "http://login.example.com")]).unwrap_err();
        assert_eq!(err.variable, "BASE_URL");
        assert!(err.problem.contains("https://login.example.com/"), "{err}");
        assert!(err.problem.contains("DEV_MODE=true"), "{err}");
        // A development machine, and the machine's own browser, may use http.
        let dev = [
            ("BASE_URL", "http://login.example.com"),
            ("KRATOS_BROWSER_URL", "http://auth.example.com"),
            ("DEV_MODE", "true"),
        ];
        deployment(&dev).expect("DEV_MODE allows http");
        deployment(&[("BASE_URL", "http://127.0.0.1:4455")])
            .expect_err("127.0.0.1 and localhost are different cookie hosts");
        parse(&minimal()).expect("http://localhost is a development address");
    }

    const PRODUCTION: [(&str, &str); 4] = [
        ("BASE_URL", "https://login.example.com"),
        ("KRATOS_BROWSER_URL", "https://login.example.com"),
        ("KRATOS_PUBLIC_URL", "http://kratos:4433"),
        ("APP_HOSTS", "app.example.com"),
    ];

    /// Kratos on a host of its own, with its cookies on a parent domain: allowed, at a cost.
    const PRODUCTION_APART: [(&str, &str); 3] = [
        ("BASE_URL", "https://login.example.com"),
        ("KRATOS_BROWSER_URL", "https://auth.example.com"),
        ("KRATOS_PUBLIC_URL", "http://kratos:4433"),
    ];

    #[test]
    fn the_production_layout_of_the_deployment_guide_is_accepted() {
        let config = deployment(&PRODUCTION).expect("the guide's layout");
        assert_eq!(
            config.kratos_browser_url.as_str(),
            "https://login.example.com/"
        );
        assert_eq!(config.kratos_public_url.as_str(), "http://kratos:4433/");
        assert_eq!(config.app_hosts, ["app.example.com"]);
        let apart = deployment(&PRODUCTION_APART).expect("Kratos on a host of its own");
        assert_eq!(
            apart.kratos_browser_url.as_str(),
            "https://auth.example.com/"
        );
    }

    #[test]
    fn swapped_kratos_urls_are_named() {
        let err = deployment(&[
            ("BASE_URL", "https://login.example.com"),
            ("KRATOS_BROWSER_URL", "http://kratos:4433"),
            ("KRATOS_PUBLIC_URL", "https://auth.example.com"),
        ])
        .unwrap_err();
        assert_eq!(err.variable, "KRATOS_BROWSER_URL");
        assert!(err.problem.contains("swapped"), "{err}");
        for internal in [
            "http://127.0.0.1:4433",
            "http://10.0.0.7:4433",
            "http://[fd00::7]:4433",
        ] {
            let err = deployment(&[
                ("BASE_URL", "https://login.example.com"),
                ("KRATOS_BROWSER_URL", internal),
            ])
            .unwrap_err();
            assert_eq!(err.variable, "KRATOS_BROWSER_URL", "{internal}: {err}");
        }
        // Only KRATOS_PUBLIC_URL set, to an internal name: browsers would be sent there.
        let err = deployment(&[
            ("BASE_URL", "https://login.example.com"),
            ("KRATOS_PUBLIC_URL", "http://kratos:4433"),
        ])
        .unwrap_err();
        assert_eq!(err.variable, "KRATOS_PUBLIC_URL");
        assert!(
            err.problem.contains("KRATOS_BROWSER_URL is not set"),
            "{err}"
        );
    }

    #[test]
    fn kratos_must_be_https_when_vestibule_is() {
        let err = deployment(&[
            ("BASE_URL", "https://login.example.com"),
            ("KRATOS_BROWSER_URL", "http://auth.example.com"),
        ])
        .unwrap_err();
        assert_eq!(err.variable, "KRATOS_BROWSER_URL");
        assert!(
            err.problem
                .contains("KRATOS_BROWSER_URL=https://login.example.com/"),
            "{err}"
        );
    }

    #[test]
    fn kratos_must_be_where_its_cookies_reach_vestibule() {
        let err = deployment(&[
            ("BASE_URL", "https://login.example.com"),
            ("KRATOS_BROWSER_URL", "https://auth.example.org"),
        ])
        .unwrap_err();
        assert_eq!(err.variable, "KRATOS_BROWSER_URL");
        assert!(err.problem.contains("/self-service/"), "{err}");
        assert!(
            err.problem
                .contains("KRATOS_BROWSER_URL=https://login.example.com/"),
            "{err}"
        );
        for (base, kratos) in [
            ("https://example.com", "https://auth.example.com"),
            ("https://login.eu.example.com", "https://auth.example.com"),
            (
                "https://login.example.com",
                "https://login.example.com:4433",
            ),
        ] {
            deployment(&[("BASE_URL", base), ("KRATOS_BROWSER_URL", kratos)])
                .unwrap_or_else(|e| panic!("{base} and {kratos}: {e}"));
        }
        for (base, kratos) in [
            ("https://login.example.com", "https://auth.com"),
            ("https://203.0.113.7", "https://203.0.113.8"),
        ] {
            let err = deployment(&[("BASE_URL", base), ("KRATOS_BROWSER_URL", kratos)])
                .expect_err(kratos);
            assert_eq!(err.variable, "KRATOS_BROWSER_URL", "{base} and {kratos}");
        }
    }
}
