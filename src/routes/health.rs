//! Health probes: `alive` says the process serves requests; `ready` says it can do its job,
//! which needs Kratos (public and admin) and Hydra (admin) to answer their own health checks,
//! and that it is not stopping (after SIGTERM it answers 503 while it drains).

use actix_web::{get, web, HttpResponse};
use serde::Serialize;

use crate::ory::UpstreamError;
use crate::state::AppState;

#[derive(Serialize)]
struct Alive {
    status: &'static str,
}

#[get("/health/alive")]
pub async fn alive() -> HttpResponse {
    HttpResponse::Ok().json(Alive { status: "ok" })
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Readiness {
    pub status: &'static str,
    /// Upstream name -> "ok" or "down"; why it is down goes to the log only, since this answer is
    /// public and the reason names internal addresses.
    pub checks: std::collections::BTreeMap<&'static str, &'static str>,
}

impl Readiness {
    pub fn from_results(results: Vec<(&'static str, Result<(), UpstreamError>)>) -> Self {
        let all_ok = results.iter().all(|(_, result)| result.is_ok());
        let checks = results
            .into_iter()
            .map(|(name, result)| match result {
                Ok(()) => (name, "ok"),
                Err(err) => {
                    tracing::warn!(upstream = name, error = %err, "not ready");
                    (name, "down")
                }
            })
            .collect();
        Readiness {
            status: if all_ok { "ok" } else { "unavailable" },
            checks,
        }
    }

    /// The answer while the process drains before stopping: its upstreams are not asked.
    pub fn stopping() -> Self {
        Readiness {
            status: "stopping",
            checks: std::collections::BTreeMap::new(),
        }
    }

    pub fn is_ready(&self) -> bool {
        self.status == "ok"
    }
}

#[get("/health/ready")]
pub async fn ready(state: web::Data<AppState>) -> HttpResponse {
    if state.draining.is_draining() {
        return HttpResponse::ServiceUnavailable().json(Readiness::stopping());
    }
    let (kratos, kratos_admin, hydra) = tokio::join!(
        state.kratos.public_ready(),
        state.kratos.admin_ready(),
        state.hydra.ready()
    );
    let readiness = Readiness::from_results(vec![
        ("kratos", kratos),
        ("kratos-admin", kratos_admin),
        ("hydra", hydra),
    ]);
    if readiness.is_ready() {
        HttpResponse::Ok().json(readiness)
    } else {
        HttpResponse::ServiceUnavailable().json(readiness)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ory::Upstream;

    #[test]
    fn ready_only_when_every_upstream_is() {
        let all_ok = Readiness::from_results(vec![("kratos", Ok(())), ("hydra", Ok(()))]);
        assert!(all_ok.is_ready());

        let kratos_down = Readiness::from_results(vec![
            (
                "kratos",
                Err(UpstreamError::Timeout {
                    upstream: Upstream::Kratos,
                }),
            ),
            ("hydra", Ok(())),
        ]);
        assert!(!kratos_down.is_ready());
        assert_eq!(kratos_down.status, "unavailable");
        assert_eq!(kratos_down.checks["kratos"], "down");
        assert_eq!(kratos_down.checks["hydra"], "ok");
    }
}
