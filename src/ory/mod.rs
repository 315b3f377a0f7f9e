//! Clients for the Ory services vestibule talks to.
//!
//! One shared `reqwest` client serves every call: JSON accepted, redirects never followed (a
//! redirect from Kratos or Hydra is information for the browser, not for us), and every request
//! bounded by the configured timeout so an unreachable upstream never hangs a page.

pub mod hydra;
pub mod kratos;

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT};
use url::Url;

use crate::metrics::{metrics, outcome_of_status};

pub use hydra::Hydra;
pub use kratos::Kratos;

/// Which upstream a failure is about; shown to operators in logs and in `/health/ready`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Upstream {
    Kratos,
    KratosAdmin,
    Hydra,
}

impl Upstream {
    pub fn name(self) -> &'static str {
        match self {
            Upstream::Kratos => "kratos",
            Upstream::KratosAdmin => "kratos-admin",
            Upstream::Hydra => "hydra",
        }
    }
}

impl std::fmt::Display for Upstream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a call to Kratos or Hydra did not give a usable answer.
#[derive(Debug, thiserror::Error)]
pub enum UpstreamError {
    #[error("{upstream} did not answer in time")]
    Timeout { upstream: Upstream },
    #[error("{upstream} is unreachable: {source}")]
    Unreachable {
        upstream: Upstream,
        #[source]
        source: reqwest::Error,
    },
    #[error("{upstream} answered {status}")]
    Status {
        upstream: Upstream,
        status: reqwest::StatusCode,
        body: String,
    },
    #[error("{upstream} sent a response that could not be read: {detail}")]
    Malformed { upstream: Upstream, detail: String },
    /// A call failed moments ago; the browser is not sent to a service that is down.
    #[error("{upstream} failed moments ago")]
    KnownDown { upstream: Upstream },
}

impl UpstreamError {
    pub fn from_reqwest(upstream: Upstream, source: reqwest::Error) -> Self {
        // The URL carries challenges and flow ids, which stay out of logs.
        let source = source.without_url();
        if source.is_timeout() {
            UpstreamError::Timeout { upstream }
        } else if source.is_decode() {
            UpstreamError::Malformed {
                upstream,
                detail: source.to_string(),
            }
        } else {
            UpstreamError::Unreachable { upstream, source }
        }
    }

    pub fn upstream(&self) -> Upstream {
        match self {
            UpstreamError::Timeout { upstream }
            | UpstreamError::Unreachable { upstream, .. }
            | UpstreamError::Status { upstream, .. }
            | UpstreamError::Malformed { upstream, .. }
            | UpstreamError::KnownDown { upstream } => *upstream,
        }
    }
}

/// The HTTP client shared by every upstream call.
pub fn http_client(timeout: Duration) -> reqwest::Result<reqwest::Client> {
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
    reqwest::Client::builder()
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(timeout.min(Duration::from_secs(5)))
        .timeout(timeout)
        .user_agent(concat!("vestibule/", env!("CARGO_PKG_VERSION")))
        .build()
}

/// Sends one call to Kratos or Hydra: every page's calls go through here, so the debug log shows
/// each (method and path; queries carry challenges and stay out), the metrics count each by
/// `operation` and outcome, and each carries the id of the request it serves (`X-Request-Id`).
pub(crate) async fn call(
    upstream: Upstream,
    operation: &'static str,
    request: reqwest::RequestBuilder,
) -> Result<reqwest::Response, UpstreamError> {
    let request = match crate::trace::request_id() {
        Some(id) => request.header(crate::trace::REQUEST_ID_HEADER, id),
        None => request,
    };
    let (client, request) = request.build_split();
    let request = request.map_err(|e| UpstreamError::from_reqwest(upstream, e))?;
    tracing::debug!(
        %upstream,
        operation,
        method = %request.method(),
        path = request.url().path(),
        "upstream call"
    );
    let started = std::time::Instant::now();
    let result = client
        .execute(request)
        .await
        .map_err(|e| UpstreamError::from_reqwest(upstream, e));
    let outcome = match &result {
        Ok(response) => outcome_of_status(response.status().as_u16()),
        Err(UpstreamError::Timeout { .. }) => "timeout",
        Err(_) => "unreachable",
    };
    metrics().upstream_call(upstream.name(), operation, outcome, started.elapsed());
    result
}

/// Asks a service's own readiness endpoint (`path` is `health/ready` or, on Kratos's admin API,
/// `admin/health/ready`).
pub(crate) async fn health_ready(
    http: &reqwest::Client,
    base: &Url,
    path: &str,
    upstream: Upstream,
) -> Result<(), UpstreamError> {
    let url = base.join(path).map_err(|e| UpstreamError::Malformed {
        upstream,
        detail: e.to_string(),
    })?;
    let response = call(upstream, "health_ready", http.get(url)).await?;
    let status = response.status();
    if status.is_success() {
        Ok(())
    } else {
        Err(UpstreamError::Status {
            upstream,
            status,
            body: response.text().await.unwrap_or_default(),
        })
    }
}
