//! Which self-service flows Kratos has switched on, remembered for a while so pages can leave out
//! links to flows that are off without asking Kratos on every page view.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::{FlowKind, Kratos};

pub struct FlowAvailability {
    ttl: Duration,
    known: Mutex<HashMap<FlowKind, (Instant, bool)>>,
}

impl FlowAvailability {
    pub fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            known: Mutex::new(HashMap::new()),
        }
    }

    pub async fn enabled(&self, kratos: &Kratos, kind: FlowKind) -> bool {
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
