use std::net::TcpListener;
use std::process::ExitCode;

use vestibule::config::Config;
use vestibule::preflight::{CookieScopeCheck, Finding, RETRY_EVERY, UNKNOWN};
use vestibule::startup;
use vestibule::web::telemetry;

#[actix_web::main]
async fn main() -> ExitCode {
    // `.env` is optional; a broken one is worth a warning, not silence.
    if let Err(err) = dotenvy::dotenv() {
        if !err.not_found() {
            eprintln!("vestibule: ignoring .env: {err}");
        }
    }
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("vestibule: invalid configuration: {err}");
            return ExitCode::from(2);
        }
    };
    // Checked before the port is taken: a broken catalog file stops start-up, naming its line.
    if let Err(err) =
        vestibule::i18n::Catalogs::load(config.locales_dir.as_deref(), &config.default_locale)
    {
        eprintln!("vestibule: cannot load the language catalogs: {err}");
        return ExitCode::from(2);
    }
    telemetry::init(&config);
    for warning in vestibule::config::unused_variable_warnings(|name| std::env::var(name).ok()) {
        tracing::warn!("{warning}");
    }
    for warning in config.warnings() {
        tracing::warn!("{warning}");
    }
    // Where Kratos's cookies go, asked of Kratos and Hydra before the port opens.
    let check = match CookieScopeCheck::new(&config) {
        Ok(check) => check,
        Err(err) => {
            tracing::error!(error = %err, "cannot build the HTTP client");
            return ExitCode::FAILURE;
        }
    };
    match check.run().await {
        Finding::Sound(said) => tracing::info!("cookie scope checked: {said}"),
        Finding::Unsound(said) if check.enforced() => {
            tracing::error!("cannot start: {said}");
            return ExitCode::from(2);
        }
        Finding::Unsound(said) => tracing::warn!("cookie scope: {said}"),
        Finding::Unknown => tracing::warn!("{UNKNOWN}"),
        Finding::Unanswered(err) => {
            tracing::warn!(
                error = %err,
                "CANNOT CHECK WHERE KRATOS'S COOKIES GO: Kratos or Hydra does not answer. vestibule \
                 starts anyway and checks again every {} s until both answer; a layout that hands \
                 the Kratos session to an app, or never hands Kratos's cookies to vestibule, is \
                 then logged as an error",
                RETRY_EVERY.as_secs()
            );
            tokio::spawn(check.retry_until_answered());
        }
    }

    let address = (config.bind_address, config.port);
    let listener = match TcpListener::bind(address) {
        Ok(listener) => listener,
        Err(err) => {
            tracing::error!(error = %err, "cannot listen on {}:{}", address.0, address.1);
            return ExitCode::FAILURE;
        }
    };
    tracing::info!(
        address = %format!("{}:{}", address.0, address.1),
        base_url = %config.base_url,
        "vestibule listening"
    );
    let metrics_listener = match config.metrics_address.map(TcpListener::bind).transpose() {
        Ok(listener) => listener,
        Err(err) => {
            tracing::error!(error = %err, "cannot listen for metrics on {:?}", config.metrics_address);
            return ExitCode::FAILURE;
        }
    };
    if let Some(address) = config.metrics_address {
        tracing::info!(%address, "metrics listening");
    }
    let server = match startup::run(listener, config) {
        Ok(server) => server,
        Err(err) => {
            tracing::error!(error = %err, "cannot start");
            return ExitCode::FAILURE;
        }
    };
    if let Some(listener) = metrics_listener {
        match startup::run_metrics(listener) {
            Ok(metrics_server) => {
                tokio::spawn(metrics_server);
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot serve metrics");
                return ExitCode::FAILURE;
            }
        }
    }
    match server.await {
        Ok(()) => {
            tracing::info!("stopped");
            ExitCode::SUCCESS
        }
        Err(err) => {
            tracing::error!(error = %err, "server failed");
            ExitCode::FAILURE
        }
    }
}
