//! Logging: human-readable lines by default, JSON when `LOG_FORMAT=json`.

use std::time::Instant;

use actix_web::body::BoxBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use tracing_subscriber::EnvFilter;

use crate::config::{Config, LogFormat};
use crate::metrics::metrics;

pub fn init(config: &Config) {
    // The filter was validated with the rest of the configuration.
    let filter = EnvFilter::try_new(&config.log_level).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let result = match config.log_format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
    };
    // A subscriber already installed (tests) is fine.
    let _ = result;
}

/// One log line and one count per request. Only the path is logged: queries carry challenges and
/// flow ids. The metrics take the route's pattern, never the path, so ids in paths and probing
/// clients cannot multiply the series.
pub async fn log_requests(
    req: ServiceRequest,
    next: Next<BoxBody>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let started = Instant::now();
    let method = req.method().clone();
    let path = req.path().to_owned();
    let route = req
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_owned());
    let res = next.call(req).await;
    let status = match &res {
        Ok(res) => res.status(),
        Err(err) => err.as_response_error().status_code(),
    };
    metrics().request(
        &route,
        method_label(&method),
        status.as_u16(),
        started.elapsed(),
    );
    let res = res?;
    // Probes come every few seconds from every load balancer and orchestrator; a line each would
    // drown the log. They are logged only when something is wrong.
    if path.starts_with("/health/") && res.status().is_success() {
        return Ok(res);
    }
    tracing::info!(
        %method,
        path,
        status = res.status().as_u16(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "request"
    );
    Ok(res)
}

/// The method as a metrics label: clients may send any token as a method, so only the standard
/// ones are kept apart.
fn method_label(method: &actix_web::http::Method) -> &'static str {
    use actix_web::http::Method;
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::HEAD => "HEAD",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}
