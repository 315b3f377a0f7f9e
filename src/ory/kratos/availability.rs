//! Which self-service flows Kratos has switched on, remembered for a while so pages can leave out
//! links to flows that are off without asking Kratos on every page view.
//!
//! Asking writes nothing in Kratos (see [`Kratos::flow_enabled`]), and when the answer is stale
//! only one request asks again: the others wait for its answer rather than all calling Kratos.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::{FlowKind, Kratos};

pub struct FlowAvailability {
    ttl: Duration,
    known: Mutex<HashMap<FlowKind, (Instant, bool)>>,
    /// Held while one request asks Kratos about a flow, so the others wait for its answer.
    asking: tokio::sync::Mutex<()>,
}

impl FlowAvailability {
    pub fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            known: Mutex::new(HashMap::new()),
            asking: tokio::sync::Mutex::new(()),
        }
    }

    pub async fn enabled(&self, kratos: &Kratos, kind: FlowKind) -> bool {
        if let Some(enabled) = self.cached(kind) {
            return enabled;
        }
        let _asking = self.asking.lock().await;
        // Another request may have asked while this one waited.
        if let Some(enabled) = self.cached(kind) {
            return enabled;
        }
        match kratos.flow_enabled(kind).await {
            Ok(enabled) => {
                if let Ok(mut known) = self.known.lock() {
                    known.insert(kind, (Instant::now(), enabled));
                }
                enabled
            }
            Err(err) => {
                tracing::warn!(flow = kind.as_str(), error = %err, "cannot tell whether the flow is on; assuming it is");
                true
            }
        }
    }

    fn cached(&self, kind: FlowKind) -> Option<bool> {
        let known = self.known.lock().ok()?;
        let (at, enabled) = known.get(&kind)?;
        (at.elapsed() < self.ttl).then_some(*enabled)
    }
}
