//! The application factory, shared by `main` and the tests: wiring only.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{web, App, HttpResponse, HttpServer};

use crate::config::Config;
use crate::i18n::Catalogs;
use crate::metrics;
use crate::routes;
use crate::state::{AppState, StateError};
use crate::web::context::PageSettings;
use crate::web::cookies::OwnCookies;
use crate::web::error::{self, AppError};
use crate::web::request_id;
use crate::web::request_limits::{self, RequestTimeout};
use crate::web::security::{self, SecurityPolicy};
use crate::web::shutdown;
use crate::web::telemetry;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    State(#[from] StateError),
    #[error("cannot serve on the listener: {0}")]
    Listen(#[source] std::io::Error),
    #[error("cannot load the language catalogs: {0}")]
    Catalogs(#[from] crate::i18n::CatalogError),
}

/// Builds the server on an already bound listener (port 0 in tests). The returned server stops
/// gracefully on SIGTERM (see [`shutdown`]): readiness answers 503 for `SHUTDOWN_DRAIN_SECONDS`
/// while requests are still served, then it stops accepting, lets requests in flight finish (up
/// to [`shutdown::IN_FLIGHT_GRACE`]) and exits. Must be called inside the actix runtime.
pub fn run(listener: TcpListener, config: Config) -> Result<Server, StartupError> {
    let policy = web::Data::new(SecurityPolicy::new(
        &config.kratos_browser_url,
        &config.base_url,
        &config.oidc_provider_origins,
    ));
    let request_timeout = config.request_timeout;
    let drain = config.shutdown_drain;
    let timeout = web::Data::new(RequestTimeout(request_timeout));
    let catalogs = Arc::new(Catalogs::load(
        config.locales_dir.as_deref(),
        &config.default_locale,
    )?);
    let page_settings = web::Data::new(PageSettings {
        app_name: Arc::from(config.app_name.as_str()),
        catalogs: catalogs.clone(),
        cookies: OwnCookies::for_base_url(&config.base_url),
    });
    // Whose `X-Request-Id` is believed (see `request_id::assign`).
    let proxies = web::Data::new(config.trusted_proxies.clone());
    let state = web::Data::new(AppState::new(config)?);
    let draining = state.draining.clone();
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .app_data(policy.clone())
            .app_data(timeout.clone())
            .app_data(page_settings.clone())
            .app_data(proxies.clone())
            // Malformed query strings and forms get our error page, not a bare text response.
            .app_data(
                web::QueryConfig::default()
                    .error_handler(|err, _| AppError::BadRequest(err.to_string()).into()),
            )
            .app_data(
                web::FormConfig::default()
                    .limit(request_limits::MAX_BODY_BYTES)
                    .error_handler(|err, _| AppError::BadRequest(err.to_string()).into()),
            )
            .wrap(from_fn(request_limits::bounded_body))
            .wrap(from_fn(request_limits::bounded_head))
            .wrap(from_fn(error::render_error_pages))
            .wrap(from_fn(security::security_headers))
            .wrap(from_fn(telemetry::log_requests))
            .wrap(from_fn(request_id::assign))
            .configure(routes::configure)
    })
    // A client has this long to send a request's head (a connection trickling its headers is cut
    // off with a 408), and a second to close after its response.
    .client_request_timeout(request_timeout)
    .client_disconnect_timeout(std::time::Duration::from_secs(1))
    .shutdown_timeout(shutdown::IN_FLIGHT_GRACE.as_secs())
    // Signals are handled by `shutdown::stop_on_signal`, which drains first.
    .disable_signals()
    .listen(listener)
    .map_err(StartupError::Listen)?
    .run();
    actix_web::rt::spawn(shutdown::stop_on_signal(server.handle(), draining, drain));
    Ok(server)
}

/// The metrics server (`METRICS_ADDRESS`): `GET /metrics` and nothing else, on one worker. It
/// handles no signals; the process ends with the public server.
pub fn run_metrics(listener: TcpListener) -> Result<Server, StartupError> {
    let server = HttpServer::new(|| {
        App::new().route(
            "/metrics",
            web::get().to(|| async {
                HttpResponse::Ok()
                    .content_type(metrics::CONTENT_TYPE)
                    .body(metrics::metrics().encode())
            }),
        )
    })
    .workers(1)
    .disable_signals()
    .listen(listener)
    .map_err(StartupError::Listen)?
    .run();
    Ok(server)
}
