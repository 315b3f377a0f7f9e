//! Stopping without failing a request: on SIGTERM, readiness answers 503 first while every
//! request is still served, for `SHUTDOWN_DRAIN_SECONDS`, so that a load balancer polling
//! `/health/ready` takes the process out of rotation; only then does the listener close, and the
//! requests in flight get up to [`IN_FLIGHT_GRACE`] to finish. SIGINT (Ctrl-C at a terminal)
//! skips the drain; a second signal during the drain stops at once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::ServerHandle;
use tokio::signal::unix::{signal, SignalKind};

/// How long requests in flight may take to finish once the listener has closed.
pub const IN_FLIGHT_GRACE: Duration = Duration::from_secs(10);

/// Whether the process has been asked to stop; readiness reads it.
#[derive(Clone, Debug, Default)]
pub struct Draining(Arc<AtomicBool>);

impl Draining {
    pub fn start(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub fn is_draining(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// Waits for SIGTERM or SIGINT, drains, and stops the server gracefully.
pub async fn stop_on_signal(server: ServerHandle, draining: Draining, drain: Duration) {
    let (mut term, mut int) = match (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) {
        (Ok(term), Ok(int)) => (term, int),
        (Err(err), _) | (_, Err(err)) => {
            tracing::error!(error = %err, "cannot listen for SIGTERM and SIGINT; stopping");
            server.stop(true).await;
            return;
        }
    };
    let drain = tokio::select! {
        _ = term.recv() => drain,
        _ = int.recv() => Duration::ZERO,
    };
    draining.start();
    if !drain.is_zero() {
        tracing::info!(
            drain_seconds = drain.as_secs(),
            "stopping: readiness answers 503 while requests are still served"
        );
        tokio::select! {
            _ = tokio::time::sleep(drain) => {}
            _ = term.recv() => tracing::info!("second signal: stopping now"),
            _ = int.recv() => tracing::info!("second signal: stopping now"),
        }
    }
    tracing::info!("no longer accepting connections; finishing the requests in flight");
    server.stop(true).await;
}
