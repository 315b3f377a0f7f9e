//! Identities `/phone` creates for numbers that have not yet proven they are someone's.
//!
//! The identity must exist before Kratos will text a sign-in code, so anyone can make one for any
//! number. vestibule marks those it makes (`metadata_admin.vestibule.unproven_phone_sign_up`,
//! which only the admin API can set) and, once the code's lifespan has passed, removes the ones
//! that never signed in. Only marked identities are ever removed; one that has signed in loses
//! the mark for good, so a later clean-up of its old sessions cannot make it look unproven.
//!
//! The check runs in a task started when the identity is made, and again whenever the number is
//! tried later, which catches identities whose task a restart cut short.

use std::time::Duration;

use serde::Deserialize;
use serde_json::{json, Value};
use time::OffsetDateTime;

use crate::ory::{Kratos, UpstreamError};

/// The `metadata_admin` of an identity made for a number not yet proven.
pub fn marker() -> Value {
    json!({ "vestibule": { "unproven_phone_sign_up": true } })
}

/// What the check needs of an identity from Kratos's admin API.
#[derive(Debug, Deserialize)]
pub struct Candidate {
    pub id: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(default)]
    metadata_admin: Option<Value>,
}

impl Candidate {
    pub fn of(identity: &Value) -> Option<Self> {
        Candidate::deserialize(identity).ok()
    }

    /// Made by `/phone` and not signed in with yet, as far as the mark says.
    pub fn is_marked(&self) -> bool {
        self.metadata_admin
            .as_ref()
            .and_then(|metadata| metadata.pointer("/vestibule/unproven_phone_sign_up"))
            == Some(&Value::Bool(true))
    }

    /// When a marked identity that has not signed in is to be removed.
    pub fn deadline(&self, lifetime: Duration) -> OffsetDateTime {
        self.created_at + lifetime
    }
}

/// What a check found.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Not (or no longer) one of ours to remove: never made here, already proven, or gone.
    Kept,
    /// Marked and not signed in, but its time is not up.
    Pending { remaining: Duration },
    /// It signed in: the mark is gone now.
    Proven,
    /// Its time was up without a sign-in: it is gone now.
    Removed,
}

/// Checks the identity `id` at `now`: removes it when it is ours, past its deadline and never
/// signed in; takes the mark off when it has signed in.
pub async fn settle(
    kratos: &Kratos,
    id: &str,
    lifetime: Duration,
    now: OffsetDateTime,
) -> Result<Verdict, UpstreamError> {
    let Some(identity) = kratos.identity(id, &[]).await? else {
        return Ok(Verdict::Kept);
    };
    match Candidate::of(&identity) {
        Some(candidate) => settle_candidate(kratos, &candidate, lifetime, now).await,
        None => Ok(Verdict::Kept),
    }
}

/// [`settle`] for an identity already read.
pub async fn settle_candidate(
    kratos: &Kratos,
    candidate: &Candidate,
    lifetime: Duration,
    now: OffsetDateTime,
) -> Result<Verdict, UpstreamError> {
    if !candidate.is_marked() {
        return Ok(Verdict::Kept);
    }
    if kratos.has_sessions(&candidate.id).await? {
        let proven = json!([{
            "op": "replace",
            "path": "/metadata_admin/vestibule/unproven_phone_sign_up",
            "value": false,
        }]);
        kratos.patch_identity(&candidate.id, proven).await?;
        return Ok(Verdict::Proven);
    }
    let remaining = candidate.deadline(lifetime) - now;
    if remaining.is_positive() {
        return Ok(Verdict::Pending {
            remaining: remaining.unsigned_abs(),
        });
    }
    kratos.delete_identity(&candidate.id).await?;
    Ok(Verdict::Removed)
}

/// Checks the identity `id` once `after` has passed (its deadline), in the background.
pub fn check_later(kratos: Kratos, id: String, lifetime: Duration, after: Duration) {
    tokio::spawn(async move {
        tokio::time::sleep(after).await;
        match settle(&kratos, &id, lifetime, OffsetDateTime::now_utc()).await {
            Ok(Verdict::Removed) => {
                tracing::info!(identity = %id, "removed an identity made for a number that never signed in");
            }
            Ok(Verdict::Pending { remaining }) => {
                // The clocks of vestibule and Kratos disagree a little; look again then.
                check_later(kratos, id, lifetime, remaining + Duration::from_secs(1));
            }
            Ok(Verdict::Proven | Verdict::Kept) => {}
            Err(err) => {
                tracing::warn!(identity = %id, error = %err, "cannot check an identity made for a phone sign-in; it is checked again when the number is next used");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(metadata_admin: Value) -> Candidate {
        Candidate::of(&json!({
            "id": "7d3e3a54-2e0c-4d55-a1d4-1f3c1c1b1c1b",
            "schema_id": "phone",
            "created_at": "2024-05-01T10:00:00.123456Z",
            "metadata_admin": metadata_admin,
            "traits": { "phone": "+4915112345678" },
        }))
        .expect("an identity as Kratos lists it")
    }

    #[test]
    fn only_identities_carrying_the_mark_are_candidates_for_removal() {
        assert!(candidate(marker()).is_marked());
        assert!(!candidate(Value::Null).is_marked());
        assert!(
            !candidate(json!({ "vestibule": { "unproven_phone_sign_up": false } })).is_marked()
        );
        assert!(!candidate(json!({ "unproven_phone_sign_up": true })).is_marked());
        assert!(
            !candidate(json!({ "vestibule": { "unproven_phone_sign_up": "true" } })).is_marked()
        );
    }

    #[test]
    fn the_deadline_is_the_lifetime_after_creation() {
        let deadline = candidate(marker()).deadline(Duration::from_secs(900));
        let expected = OffsetDateTime::parse(
            "2024-05-01T10:15:00.123456Z",
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap();
        assert_eq!(deadline, expected);
    }
}
