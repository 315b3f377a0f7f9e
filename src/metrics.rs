//! Prometheus metrics: what vestibule counts and how long things take, served in the OpenMetrics
//! text format on a listener of its own (`METRICS_ADDRESS`), never on the public port.
//!
//! One registry per process, reached through [`metrics()`]: the counters are bumped from deep
//! inside the Ory clients and from middleware, where threading a handle through would add a
//! parameter to every call for no gain. Every label value is either a fixed word or a route
//! pattern (`/login`, never `/login?flow=...`), so the number of series stays bounded whatever
//! clients send.

use std::sync::LazyLock;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::{Registry, Unit};

/// The content type of [`Metrics::encode`]'s output.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// The kinds of Kratos flow whose restarts are counted, as Kratos names them in its URLs.
pub const FLOWS: [&str; 5] = [
    "login",
    "registration",
    "recovery",
    "verification",
    "settings",
];

/// Requests answered, by route pattern, method and status.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    pub route: String,
    pub method: String,
    pub status: u16,
}

/// Request latency, by route pattern and method.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabels {
    pub route: String,
    pub method: String,
}

/// Calls to Kratos and Hydra, by upstream, operation and outcome.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct UpstreamLabels {
    pub upstream: &'static str,
    pub operation: &'static str,
    pub outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OperationLabels {
    pub upstream: &'static str,
    pub operation: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct FlowRestartLabels {
    pub flow: &'static str,
    /// `expired`, or `unusable` (unknown, or not this browser's).
    pub reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ChallengeLabels {
    /// `login`, `consent` or `logout`.
    pub challenge: &'static str,
    /// `handled` (decided before) or `expired` (unknown to Hydra, or past its lifespan).
    pub state: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ReasonLabels {
    pub reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct LimitLabels {
    /// Which limit refused: `client`, `number` or `prefix`.
    pub limit: &'static str,
}

type HistogramFamily<L> = Family<L, Histogram, fn() -> Histogram>;

/// Every metric vestibule exports.
pub struct Metrics {
    registry: Registry,
    pub requests: Family<RequestLabels, Counter>,
    pub request_duration: HistogramFamily<RouteLabels>,
    pub upstream_requests: Family<UpstreamLabels, Counter>,
    pub upstream_duration: HistogramFamily<OperationLabels>,
    pub flows_restarted: Family<FlowRestartLabels, Counter>,
    pub csrf_rejections: Family<ReasonLabels, Counter>,
    pub challenges_not_pending: Family<ChallengeLabels, Counter>,
    pub rate_limited: Family<LimitLabels, Counter>,
    /// Kratos messages shown in Kratos's own words: their id is in no catalog.
    pub untranslated_messages: Counter,
}

/// Latency buckets from 1 ms to about 16 s: a page takes milliseconds, a hung upstream runs into
/// the upstream timeout (10 s by default).
fn latency_histogram() -> Histogram {
    Histogram::new([
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 16.0,
    ])
}

impl Metrics {
    fn new() -> Self {
        let mut registry = Registry::with_prefix("vestibule");
        let requests = Family::default();
        registry.register(
            "http_requests",
            "Requests answered, by route pattern, method and status",
            requests.clone(),
        );
        let request_duration: HistogramFamily<RouteLabels> =
            Family::new_with_constructor(latency_histogram);
        registry.register_with_unit(
            "http_request_duration",
            "Time from a request's head to its response, by route pattern and method",
            Unit::Seconds,
            request_duration.clone(),
        );
        let upstream_requests = Family::default();
        registry.register(
            "upstream_requests",
            "Calls to Kratos and Hydra, by operation and outcome (ok, 4xx, 5xx, timeout, unreachable)",
            upstream_requests.clone(),
        );
        let upstream_duration: HistogramFamily<OperationLabels> =
            Family::new_with_constructor(latency_histogram);
        registry.register_with_unit(
            "upstream_request_duration",
            "Time until Kratos or Hydra answered a call (or it failed), by operation",
            Unit::Seconds,
            upstream_duration.clone(),
        );
        let flows_restarted = Family::default();
        registry.register(
            "flows_restarted",
            "Kratos flows restarted because they expired or were unusable",
            flows_restarted.clone(),
        );
        let csrf_rejections = Family::default();
        registry.register(
            "csrf_rejections",
            "Posts to vestibule's own forms refused by the CSRF check",
            csrf_rejections.clone(),
        );
        let challenges_not_pending = Family::default();
        registry.register(
            "challenges_not_pending",
            "Hydra challenges that were already handled or had expired",
            challenges_not_pending.clone(),
        );
        let rate_limited = Family::default();
        registry.register(
            "rate_limited",
            "Requests refused by a rate limit, by limit",
            rate_limited.clone(),
        );
        let untranslated_messages = Counter::default();
        registry.register(
            "kratos_messages_untranslated",
            "Kratos messages shown in Kratos's own text because no catalog has their id",
            untranslated_messages.clone(),
        );
        let metrics = Self {
            registry,
            requests,
            request_duration,
            upstream_requests,
            upstream_duration,
            flows_restarted,
            csrf_rejections,
            challenges_not_pending,
            rate_limited,
            untranslated_messages,
        };
        metrics.start_known_series_at_zero();
        metrics
    }

    /// Creates every series of the rare events at zero, so each family is on `/metrics` from
    /// the start and a rate over it works from its first occurrence.
    fn start_known_series_at_zero(&self) {
        for flow in FLOWS {
            for reason in ["expired", "unusable"] {
                let _ = self
                    .flows_restarted
                    .get_or_create(&FlowRestartLabels { flow, reason });
            }
        }
        for reason in ["cross_site", "missing_cookie", "bad_token"] {
            let _ = self.csrf_rejections.get_or_create(&ReasonLabels { reason });
        }
        for challenge in ["login", "consent", "logout"] {
            for state in ["handled", "expired"] {
                let _ = self
                    .challenges_not_pending
                    .get_or_create(&ChallengeLabels { challenge, state });
            }
        }
        for limit in ["client", "number", "prefix"] {
            let _ = self.rate_limited.get_or_create(&LimitLabels { limit });
        }
    }

    /// The OpenMetrics text of every metric.
    pub fn encode(&self) -> String {
        let mut text = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut text, &self.registry);
        text
    }

    pub fn request(&self, route: &str, method: &str, status: u16, took: Duration) {
        let route = route.to_owned();
        let method = method.to_owned();
        self.request_duration
            .get_or_create(&RouteLabels {
                route: route.clone(),
                method: method.clone(),
            })
            .observe(took.as_secs_f64());
        self.requests
            .get_or_create(&RequestLabels {
                route,
                method,
                status,
            })
            .inc();
    }

    pub fn upstream_call(
        &self,
        upstream: &'static str,
        operation: &'static str,
        outcome: &'static str,
        took: Duration,
    ) {
        self.upstream_duration
            .get_or_create(&OperationLabels {
                upstream,
                operation,
            })
            .observe(took.as_secs_f64());
        self.upstream_requests
            .get_or_create(&UpstreamLabels {
                upstream,
                operation,
                outcome,
            })
            .inc();
    }

    /// `flow` is one of [`FLOWS`].
    pub fn flow_restarted(&self, flow: &'static str, reason: &'static str) {
        self.flows_restarted
            .get_or_create(&FlowRestartLabels { flow, reason })
            .inc();
    }

    pub fn csrf_rejected(&self, reason: &'static str) {
        self.csrf_rejections
            .get_or_create(&ReasonLabels { reason })
            .inc();
    }

    pub fn challenge_not_pending(&self, challenge: &'static str, state: &'static str) {
        self.challenges_not_pending
            .get_or_create(&ChallengeLabels { challenge, state })
            .inc();
    }

    pub fn limited(&self, limit: &'static str) {
        self.rate_limited
            .get_or_create(&LimitLabels { limit })
            .inc();
    }
}

static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);

/// The process's metrics.
pub fn metrics() -> &'static Metrics {
    &METRICS
}

/// The outcome label of an upstream call that got an answer with `status`.
pub fn outcome_of_status(status: u16) -> &'static str {
    match status {
        500.. => "5xx",
        400.. => "4xx",
        _ => "ok",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_is_exported_with_its_labels() {
        let metrics = Metrics::new();
        metrics.request("/login", "GET", 200, Duration::from_millis(3));
        metrics.upstream_call("kratos", "get_flow", "timeout", Duration::from_secs(10));
        metrics.flow_restarted("login", "expired");
        metrics.csrf_rejected("token");
        metrics.challenge_not_pending("consent", "handled");
        metrics.limited("client");
        let text = metrics.encode();
        for line in [
            r#"vestibule_http_requests_total{route="/login",method="GET",status="200"} 1"#,
            r#"vestibule_http_request_duration_seconds_bucket{le="0.005",route="/login",method="GET"} 1"#,
            r#"vestibule_upstream_requests_total{upstream="kratos",operation="get_flow",outcome="timeout"} 1"#,
            r#"vestibule_upstream_request_duration_seconds_count{upstream="kratos",operation="get_flow"} 1"#,
            r#"vestibule_flows_restarted_total{flow="login",reason="expired"} 1"#,
            r#"vestibule_csrf_rejections_total{reason="token"} 1"#,
            r#"vestibule_challenges_not_pending_total{challenge="consent",state="handled"} 1"#,
            r#"vestibule_rate_limited_total{limit="client"} 1"#,
            // Rare events are there from the start, at zero.
            r#"vestibule_flows_restarted_total{flow="settings",reason="unusable"} 0"#,
            r#"vestibule_csrf_rejections_total{reason="cross_site"} 0"#,
            r#"vestibule_challenges_not_pending_total{challenge="logout",state="expired"} 0"#,
            r#"vestibule_rate_limited_total{limit="prefix"} 0"#,
        ] {
            assert!(text.contains(line), "{line} missing from\n{text}");
        }
    }

    #[test]
    fn outcomes_group_statuses() {
        assert_eq!(outcome_of_status(200), "ok");
        assert_eq!(outcome_of_status(303), "ok");
        assert_eq!(outcome_of_status(410), "4xx");
        assert_eq!(outcome_of_status(503), "5xx");
    }
}
