//! What vestibule checks against the running Kratos and Hydra, which configuration alone cannot
//! tell: that Kratos's cookies reach vestibule and no app ([`crate::domain::cookie_scope`]).
//!
//! Kratos says where it puts its cookies (the CSRF cookie of a login flow started for the
//! purpose); the apps are `APP_HOSTS` and the hosts of the redirect and logout URIs of every
//! OAuth2 client Hydra lists. The check runs before the port opens, and with an https `BASE_URL`
//! a layout that hands the Kratos session to an app, or never hands Kratos's cookies to
//! vestibule, stops start-up. When Kratos or Hydra does not answer yet, vestibule starts anyway,
//! warns, and checks again in the background until they do.

use std::time::Duration;

use crate::config::Config;
use crate::domain::cookie_scope::{self, AppHost, KratosCookies, Layout, Problem};
use crate::ory::{self, Hydra, Kratos, UpstreamError};

/// How often the check is tried again while Kratos or Hydra does not answer.
pub const RETRY_EVERY: Duration = Duration::from_secs(5);

/// What the check found.
#[derive(Debug)]
pub enum Finding {
    /// Kratos's cookies go where they must; in words, for the log.
    Sound(String),
    /// Where they go is wrong; in words, each problem with its fix.
    Unsound(String),
    /// Kratos answered without a CSRF cookie, so where its cookies go cannot be seen.
    Unknown,
    /// Kratos or Hydra did not answer.
    Unanswered(UpstreamError),
}

/// The check, with the clients it asks.
pub struct CookieScopeCheck {
    kratos: Kratos,
    hydra: Hydra,
    vestibule_host: String,
    kratos_host: String,
    session_cookie_name: String,
    app_hosts: Vec<String>,
    /// Whether a wrong layout stops vestibule: with an https `BASE_URL`, which is production. On
    /// a development machine over http (every app on `localhost` shares its cookies anyway) it is
    /// a warning.
    enforced: bool,
}

impl CookieScopeCheck {
    pub fn new(config: &Config) -> Result<Self, reqwest::Error> {
        let http = ory::http_client(config.upstream_timeout)?;
        Ok(Self {
            kratos: Kratos::new(
                http.clone(),
                config.kratos_public_url.clone(),
                config.kratos_browser_url.clone(),
                config.kratos_admin_url.clone(),
                &config.kratos_session_cookie_name,
            ),
            hydra: Hydra::new(http, config.hydra_admin_url.clone()),
            vestibule_host: config.base_url.host_str().unwrap_or_default().to_owned(),
            kratos_host: config
                .kratos_browser_url
                .host_str()
                .unwrap_or_default()
                .to_owned(),
            session_cookie_name: config.kratos_session_cookie_name.clone(),
            app_hosts: config.app_hosts.clone(),
            enforced: config.base_url.scheme() == "https",
        })
    }

    /// Whether an unsound finding stops start-up.
    pub fn enforced(&self) -> bool {
        self.enforced
    }

    /// Asks Kratos and Hydra, and decides.
    pub async fn run(&self) -> Finding {
        let (cookies, clients) =
            tokio::join!(self.kratos.cookie_scope(), self.hydra.client_hosts());
        let (cookies, clients) = match (cookies, clients) {
            (Ok(cookies), Ok(clients)) => (cookies, clients),
            (Err(err), _) | (_, Err(err)) => return Finding::Unanswered(err),
        };
        let Some(cookies) = cookies else {
            return Finding::Unknown;
        };
        let apps: Vec<AppHost> = self
            .app_hosts
            .iter()
            .map(|host| AppHost::from_setting(host))
            .chain(
                clients
                    .iter()
                    .map(|(client, host)| AppHost::of_client(host, client)),
            )
            .collect();
        self.decide(&cookies, &apps)
    }

    fn decide(&self, cookies: &KratosCookies, apps: &[AppHost]) -> Finding {
        let layout = Layout {
            vestibule: &self.vestibule_host,
            kratos: &self.kratos_host,
            session_cookie_name: &self.session_cookie_name,
        };
        let problems = cookie_scope::check(cookies, layout, apps);
        if problems.is_empty() {
            Finding::Sound(format!(
                "Kratos's cookies go to {}, which serves vestibule ({}) and none of the {} app \
                 host(s) known (APP_HOSTS and Hydra's clients)",
                cookies.describe(&self.kratos_host),
                self.vestibule_host,
                distinct_hosts(apps)
            ))
        } else {
            Finding::Unsound(describe(&problems))
        }
    }

    /// Checks again every [`RETRY_EVERY`] until Kratos and Hydra answer, then logs what it found:
    /// an error when the layout is wrong (vestibule is serving by then).
    pub async fn retry_until_answered(self) {
        loop {
            tokio::time::sleep(RETRY_EVERY).await;
            match self.run().await {
                Finding::Unanswered(err) => {
                    tracing::debug!(error = %err, "cookie scope: Kratos or Hydra still does not answer");
                }
                Finding::Sound(said) => {
                    tracing::info!("cookie scope checked: {said}");
                    return;
                }
                Finding::Unsound(said) if self.enforced => {
                    tracing::error!(
                        "cookie scope checked once Kratos and Hydra answered, and it is wrong \
                         (vestibule would not have started): {said}"
                    );
                    return;
                }
                Finding::Unsound(said) => {
                    tracing::warn!("cookie scope: {said}");
                    return;
                }
                Finding::Unknown => {
                    tracing::warn!("{UNKNOWN}");
                    return;
                }
            }
        }
    }
}

/// The warning when Kratos sets no CSRF cookie for a new login flow.
pub const UNKNOWN: &str = "cookie scope: Kratos answered a new login flow without its CSRF \
     cookie, so where its cookies go cannot be checked; make sure no app's host is under \
     Kratos's cookies.domain (docs/deployment.md)";

fn describe(problems: &[Problem]) -> String {
    let listed: Vec<String> = problems
        .iter()
        .enumerate()
        .map(|(i, problem)| format!("({}) {problem}", i + 1))
        .collect();
    format!(
        "Kratos's cookies do not stay where they must: {}",
        listed.join(" ")
    )
}

fn distinct_hosts(apps: &[AppHost]) -> usize {
    let mut hosts: Vec<&str> = apps.iter().map(|app| app.host.as_str()).collect();
    hosts.sort_unstable();
    hosts.dedup();
    hosts.len()
}
