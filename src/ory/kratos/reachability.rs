//! Whether Kratos's public API answered lately, so that vestibule does not send a browser to a
//! Kratos that is down (the person would land on the browser's own "cannot connect" page).
//!
//! Every call to the public API records its outcome. Before a redirect to Kratos's browser
//! endpoint: a success moments ago ([`TRUST_SUCCESS`]) is enough; a failure moments ago
//! ([`TRUST_FAILURE`]) gives vestibule's 503 page at once; otherwise one cheap call
//! (`/health/alive`) decides. Both windows are short, so that a Kratos that comes back is used
//! again within about a second.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a successful call vouches for Kratos.
pub const TRUST_SUCCESS: Duration = Duration::from_secs(1);
/// How long a failed call (no answer, or a 5xx) counts against Kratos.
pub const TRUST_FAILURE: Duration = Duration::from_secs(1);

/// The last outcome of a call to Kratos's public API.
#[derive(Debug, Default)]
pub struct Reachability {
    last: Mutex<Option<(Instant, bool)>>,
}

/// What the last outcome says, without asking Kratos.
#[derive(Debug, PartialEq, Eq)]
pub enum Known {
    Up,
    Down,
    /// Nothing recent: ask.
    Unsure,
}

impl Reachability {
    pub fn record(&self, reachable: bool) {
        if let Ok(mut last) = self.last.lock() {
            *last = Some((Instant::now(), reachable));
        }
    }

    pub fn known(&self) -> Known {
        self.known_at(Instant::now())
    }

    fn known_at(&self, now: Instant) -> Known {
        let Some((at, reachable)) = self.last.lock().ok().and_then(|last| *last) else {
            return Known::Unsure;
        };
        let age = now.saturating_duration_since(at);
        match reachable {
            true if age < TRUST_SUCCESS => Known::Up,
            false if age < TRUST_FAILURE => Known::Down,
            _ => Known::Unsure,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_outcomes_decide_and_old_ones_do_not() {
        let reachability = Reachability::default();
        assert_eq!(reachability.known(), Known::Unsure);

        reachability.record(true);
        let now = Instant::now();
        assert_eq!(reachability.known_at(now), Known::Up);
        assert_eq!(
            reachability.known_at(now + TRUST_SUCCESS + Duration::from_millis(1)),
            Known::Unsure
        );

        reachability.record(false);
        let now = Instant::now();
        assert_eq!(reachability.known_at(now), Known::Down);
        assert_eq!(
            reachability.known_at(now + TRUST_FAILURE + Duration::from_millis(1)),
            Known::Unsure
        );

        // A success clears the failure.
        reachability.record(true);
        assert_eq!(reachability.known(), Known::Up);
    }
}
