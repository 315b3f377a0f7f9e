//! The one binary of every role: `vestibule` serves, `vestibule check-config` checks the
//! configuration without serving, `vestibule healthcheck` asks a running vestibule whether it is
//! ready (for container health checks, so the image needs no curl).

use std::net::TcpListener;
use std::process::ExitCode;
use std::time::Duration;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use vestibule::config::{self, Config, ConfigErrors};
use vestibule::preflight::{CookieScopeCheck, Finding, RETRY_EVERY, UNKNOWN};
use vestibule::startup;
use vestibule::web::telemetry;

/// Exit status for a configuration that cannot be served.
const INVALID_CONFIGURATION: u8 = 2;

/// Server-rendered sign-in, consent and account pages for Ory Hydra and Ory Kratos.
///
/// Without a command, vestibule serves. Every setting comes from the environment (and a .env
/// file in the working directory); they are listed below.
#[derive(Parser)]
#[command(name = "vestibule", version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the pages (the same as no command).
    Serve,
    /// Check every setting and the language catalogs without serving: print each problem and
    /// exit with status 2 if there is one, else print the warnings start-up would log.
    CheckConfig,
    /// Ask the vestibule on this host whether it is ready (GET /health/ready): exit 0 when it
    /// answers 200, 1 otherwise.
    Healthcheck {
        /// The URL to ask [default: http://127.0.0.1:$PORT/health/ready, or BIND_ADDRESS when
        /// vestibule listens on one address].
        #[arg(long, value_name = "URL")]
        url: Option<String>,
        /// How long to wait for the answer, in seconds.
        #[arg(long, value_name = "SECONDS", default_value_t = 5)]
        timeout: u64,
    },
}

#[actix_web::main]
async fn main() -> ExitCode {
    let matches = Cli::command().after_help(config::help_text()).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    // `.env` is optional; a broken one is worth a warning, not silence.
    if let Err(err) = dotenvy::dotenv() {
        if !err.not_found() {
            eprintln!("vestibule: ignoring .env: {err}");
        }
    }
    match cli.command {
        None | Some(Command::Serve) => serve().await,
        Some(Command::CheckConfig) => check_config(),
        Some(Command::Healthcheck { url, timeout }) => {
            healthcheck(url, Duration::from_secs(timeout)).await
        }
    }
}

/// Every problem of the configuration, one per line, for people and for log collectors alike.
fn report(errors: &ConfigErrors) {
    eprintln!(
        "vestibule: invalid configuration ({} problem{}):",
        errors.0.len(),
        if errors.0.len() == 1 { "" } else { "s" }
    );
    for err in &errors.0 {
        eprintln!("  {err}");
    }
}

fn warnings(config: &Config) -> Vec<String> {
    let mut warnings = config::unused_variable_warnings(|name| std::env::var(name).ok());
    warnings.extend(config.warnings());
    warnings
}

fn check_config() -> ExitCode {
    match Config::from_env() {
        Ok(config) => {
            for warning in warnings(&config) {
                println!("warning: {warning}");
            }
            println!("vestibule: the configuration is valid");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            report(&errors);
            ExitCode::from(INVALID_CONFIGURATION)
        }
    }
}

async fn healthcheck(url: Option<String>, timeout: Duration) -> ExitCode {
    let url = match url {
        Some(url) => url,
        None => match config::readiness_url(|name| std::env::var(name).ok()) {
            Ok(url) => url.to_string(),
            Err(errors) => {
                report(&errors);
                return ExitCode::FAILURE;
            }
        },
    };
    let client = match reqwest::Client::builder()
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .build()
    {
        Ok(client) => client,
        Err(err) => {
            eprintln!("vestibule healthcheck: cannot build the HTTP client: {err}");
            return ExitCode::FAILURE;
        }
    };
    match client.get(&url).send().await {
        Ok(response) => {
            let status = response.status();
            let body = response.text().await.unwrap_or_default();
            if status == reqwest::StatusCode::OK {
                println!("{url}: {status} {body}");
                ExitCode::SUCCESS
            } else {
                eprintln!("vestibule healthcheck: {url}: {status} {body}");
                ExitCode::FAILURE
            }
        }
        Err(err) => {
            eprintln!("vestibule healthcheck: {url}: no answer: {err}");
            ExitCode::FAILURE
        }
    }
}

async fn serve() -> ExitCode {
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(errors) => {
            report(&errors);
            return ExitCode::from(INVALID_CONFIGURATION);
        }
    };
    telemetry::init(&config);
    for warning in warnings(&config) {
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
            return ExitCode::from(INVALID_CONFIGURATION);
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
