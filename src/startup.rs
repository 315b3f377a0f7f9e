//! The application factory, shared by `main` and the tests.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{web, App, HttpServer};

use crate::config::Config;
use crate::csrf::Csrf;
use crate::error::AppError;
use crate::ory::kratos::availability::FlowAvailability;
use crate::ory::{self, Hydra, Kratos};
use crate::request_limits::{self, RequestTimeout};
use crate::security::{self, SecurityPolicy};
use crate::signing::Signer;
use crate::{routes, telemetry, views};

/// What every handler can reach.
pub struct AppState {
    pub config: Arc<Config>,
    pub kratos: Kratos,
    pub hydra: Hydra,
    /// Signs the re-authentication markers `/login` puts into `/callback` URLs.
    pub reauth_signer: Signer,
    /// Signs the phone number `/phone` hands to the sign-in page to fill in.
    pub login_hint_signer: Signer,
    /// Protects vestibule's own forms (consent, logout).
    pub csrf: Csrf,
    /// Which Kratos flows are on, for links to them.
    pub flows: FlowAvailability,
    pub phone_limits: crate::phone::limits::PhoneLimits,
}

impl AppState {
    pub fn new(config: Config) -> Result<Self, StartupError> {
        let http = ory::http_client(config.upstream_timeout).map_err(StartupError::HttpClient)?;
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
            csrf: Csrf::new(
                config.cookie_secret.expose(),
                &config.csrf_cookie_name,
                &config.base_url,
            ),
            flows: FlowAvailability::new(std::time::Duration::from_secs(300)),
            phone_limits: crate::phone::limits::PhoneLimits::new(config.phone.limits),
            config: Arc::new(config),
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("cannot build the HTTP client: {0}")]
    HttpClient(#[source] reqwest::Error),
    #[error("cannot serve on the listener: {0}")]
    Listen(#[source] std::io::Error),
}

/// Builds the server on an already bound listener (port 0 in tests). The returned server stops
/// gracefully on SIGINT/SIGTERM: it stops accepting, lets requests in flight finish (up to
/// 10 seconds) and then exits.
pub fn run(listener: TcpListener, config: Config) -> Result<Server, StartupError> {
    views::set_app_name(&config.app_name);
    let policy = web::Data::new(SecurityPolicy::new(
        &config.kratos_browser_url,
        &config.base_url,
        &config.oidc_provider_origins,
    ));
    let request_timeout = config.request_timeout;
    let timeout = web::Data::new(RequestTimeout(request_timeout));
    let state = web::Data::new(AppState::new(config)?);
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .app_data(policy.clone())
            .app_data(timeout.clone())
            // Malformed query strings get our error page, not a bare text response.
            .app_data(
                web::QueryConfig::default()
                    .error_handler(|err, _| AppError::BadRequest(err.to_string()).into()),
            )
            .wrap(from_fn(request_limits::bounded_body))
            .wrap(from_fn(security::security_headers))
            .wrap(from_fn(telemetry::log_requests))
            .configure(routes::configure)
    })
    .client_request_timeout(request_timeout)
    .shutdown_timeout(10)
    .listen(listener)
    .map_err(StartupError::Listen)?
    .run();
    Ok(server)
}
