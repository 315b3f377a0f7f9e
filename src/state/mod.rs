//! What every handler can reach: the configuration, the Ory clients, the signers, the caches and
//! the counts of the `/phone` limits, built once at start-up.

pub mod phone_limits;

use std::sync::Arc;
use std::time::Duration;

use ory_hydra_client::models::{OAuth2ConsentRequest, OAuth2LoginRequest};

use crate::config::Config;
use crate::ory::kratos::availability::FlowAvailability;
use crate::ory::{self, Hydra, Kratos};
use crate::state::phone_limits::{LocalLimits, PhoneLimits, SharedLimits};
use crate::web::cookies::OwnCookies;
use crate::web::csrf::Csrf;
use crate::web::shutdown::Draining;
use crate::web::signing::Signer;

/// What every handler can reach.
pub struct AppState {
    pub config: Arc<Config>,
    pub kratos: Kratos,
    pub hydra: Hydra,
    /// Signs the re-authentication markers `/login` puts into `/callback` URLs.
    pub reauth_signer: Signer,
    /// Signs the phone number `/phone` hands to the sign-in page to fill in.
    pub login_hint_signer: Signer,
    /// Signs the count of flow restarts, which stops a redirect loop.
    pub flow_restart_signer: Signer,
    /// Protects vestibule's own forms (consent, logout).
    pub csrf: Csrf,
    /// How vestibule's own cookies are named and set (`__Host-` over https).
    pub cookies: OwnCookies,
    /// Which Kratos flows are on, for links to them.
    pub flows: FlowAvailability,
    pub phone_limits: PhoneLimits,
    /// Hydra's login and consent requests by challenge. What a request says never changes once
    /// Hydra made it (only whether it is decided, which Hydra checks on accept), so each sign-in
    /// reads each request once per replica.
    pub login_requests: RequestCache<OAuth2LoginRequest>,
    pub consent_requests: RequestCache<OAuth2ConsentRequest>,
    /// Set once the process has been asked to stop: readiness answers 503 from then on.
    pub draining: Draining,
}

/// Why the state could not be built.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("cannot build the HTTP client: {0}")]
    HttpClient(#[source] reqwest::Error),
    #[error("PHONE_LIMITS_REDIS_URL: {0}")]
    LimitsStore(String),
}

/// Hydra's requests by challenge, for as long as a sign-in takes.
pub type RequestCache<T> = moka::sync::Cache<String, Arc<T>>;

fn request_cache<T: Send + Sync + 'static>() -> RequestCache<T> {
    moka::sync::Cache::builder()
        .max_capacity(10_000)
        .time_to_live(Duration::from_secs(15 * 60))
        .build()
}

/// The `/phone` limits: in Redis when `PHONE_LIMITS_REDIS_URL` is set, else in this process, which
/// is said at start-up where sign-in by phone is on.
fn phone_limits(config: &Config) -> Result<PhoneLimits, StateError> {
    let limits = config.phone.limits;
    match &config.phone.limits_redis_url {
        Some(url) => SharedLimits::new(limits, url.expose(), config.upstream_timeout)
            .map(PhoneLimits::Shared)
            .map_err(StateError::LimitsStore),
        None => {
            if config.phone_sign_up_schema_id.is_some() {
                tracing::warn!(
                    "sign-in by phone counts its limits in this process only: with several \
                     replicas each allows the whole of every limit, and a restart starts afresh. \
                     Set PHONE_LIMITS_REDIS_URL to count them in Redis for every replica"
                );
            }
            Ok(PhoneLimits::Local(LocalLimits::new(limits)))
        }
    }
}

impl AppState {
    pub fn new(config: Config) -> Result<Self, StateError> {
        let http = ory::http_client(config.upstream_timeout).map_err(StateError::HttpClient)?;
        Ok(Self {
            kratos: Kratos::new(
                http.clone(),
                config.kratos_public_url.clone(),
                config.kratos_browser_url.clone(),
                config.kratos_admin_url.clone(),
                &config.kratos_session_cookie_name,
            ),
            hydra: Hydra::new(http, config.hydra_admin_url.clone()),
            reauth_signer: Signer::new(config.cookie_secret.expose(), "reauthentication"),
            login_hint_signer: Signer::new(config.cookie_secret.expose(), "login-hint"),
            flow_restart_signer: Signer::new(config.cookie_secret.expose(), "flow-restarts"),
            csrf: Csrf::new(
                config.cookie_secret.expose(),
                &config.csrf_cookie_name,
                &config.base_url,
            ),
            cookies: OwnCookies::for_base_url(&config.base_url),
            flows: FlowAvailability::new(std::time::Duration::from_secs(300)),
            phone_limits: phone_limits(&config)?,
            login_requests: request_cache(),
            consent_requests: request_cache(),
            draining: Draining::default(),
            config: Arc::new(config),
        })
    }
}
