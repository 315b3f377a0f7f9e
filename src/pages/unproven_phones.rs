//! Identities `/phone` creates for numbers that have not yet proven they are someone's.
//!
//! The identity must exist before Kratos will text a sign-in code, so anyone with a pending
//! sign-in can make one for any number. vestibule marks those it makes
//! (`metadata_admin.vestibule.unproven_phone_sign_up`, which only the admin API can set) and, once
//! the code's lifespan has passed, removes the ones that never proved the number.
//!
//! Whether a number was proven is read from what Kratos keeps for good, never from sessions
//! (which Kratos's clean-up and a "sign out everywhere" delete): the phone schema declares
//! `verification.via: sms` on the number, and Kratos 1.3.1 marks that address verified when a
//! code texted to it signs the person in. Traits that differ from what `/phone` made (changed in
//! the settings by the signed-in person, or by an operator) prove it too. An identity with proof
//! is never removed; removal needs the mark, a deadline passed and no proof, read again just
//! before deleting.
//!
//! The check runs in a task started when the identity is made, retried with backoff while Kratos
//! fails, and again whenever the number is tried later, which settles identities whose task a
//! restart cut short.

use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};
use serde::Deserialize;
use serde_json::{json, Value};
use time::OffsetDateTime;

use crate::ory::{Kratos, UpstreamError};

/// The JSON pointer of the mark in `metadata_admin`.
const MARK: &str = "/vestibule/unproven_phone_sign_up";
/// The JSON pointer of the number the identity was made for, beside the mark.
const MADE_FOR: &str = "/vestibule/made_for";

/// The `metadata_admin` of an identity made for `number`, not yet proven.
pub fn marker(number: &str) -> Value {
    json!({ "vestibule": { "unproven_phone_sign_up": true, "made_for": number } })
}

/// What the check needs of an identity from Kratos's admin API.
#[derive(Debug, Deserialize)]
pub struct Candidate {
    pub id: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(default)]
    metadata_admin: Option<Value>,
    #[serde(default)]
    traits: Value,
    #[serde(default)]
    verifiable_addresses: Vec<VerifiableAddress>,
}

#[derive(Debug, Deserialize)]
struct VerifiableAddress {
    #[serde(default)]
    via: String,
    #[serde(default)]
    verified: bool,
}

/// Where an identity stands, read from Kratos's lasting data at one moment.
#[derive(Debug, PartialEq, Eq)]
pub enum Standing {
    /// Not one of ours to remove: no mark (made by an operator, or proven earlier), or made before
    /// the phone schema declared verification, so that no proof can show either way.
    Kept,
    /// Marked, and proven since: a verified address, or traits changed.
    Proven,
    /// Marked, no proof, before its deadline.
    Pending { remaining: Duration },
    /// Marked, no proof, past its deadline: to be removed.
    Expired,
}

impl Standing {
    /// An account the person behind the number already holds, as far as the limits of `/phone`
    /// are concerned (see [`crate::domain::phone::limits`]).
    pub fn is_account(&self) -> bool {
        matches!(self, Standing::Kept | Standing::Proven)
    }
}

impl Candidate {
    pub fn of(identity: &Value) -> Option<Self> {
        Candidate::deserialize(identity).ok()
    }

    /// Where this identity stands at `now`, when unproven identities live `lifetime`.
    pub fn standing(&self, lifetime: Duration, now: OffsetDateTime) -> Standing {
        if !self.is_marked() {
            return Standing::Kept;
        }
        if self.shows_proof() {
            return Standing::Proven;
        }
        if !self.can_show_proof() {
            return Standing::Kept;
        }
        let remaining = self.created_at + lifetime - now;
        if remaining.is_positive() {
            Standing::Pending {
                remaining: remaining.unsigned_abs(),
            }
        } else {
            Standing::Expired
        }
    }

    /// Made by `/phone` and not proven yet, as far as the mark says.
    fn is_marked(&self) -> bool {
        self.metadata(MARK) == Some(&Value::Bool(true))
    }

    fn metadata(&self, pointer: &str) -> Option<&Value> {
        self.metadata_admin.as_ref()?.pointer(pointer)
    }

    /// A verified address (the code texted to the number signed someone in, or an address was
    /// verified since), or traits other than the number `/phone` made it with: only a signed-in
    /// person (in the settings) or an operator changes traits.
    fn shows_proof(&self) -> bool {
        let made_for = self
            .metadata(MADE_FOR)
            .or_else(|| self.traits.get("phone"))
            .cloned()
            .unwrap_or(Value::Null);
        self.verifiable_addresses
            .iter()
            .any(|address| address.verified)
            || self.traits != json!({ "phone": made_for })
    }

    /// Whether Kratos keeps an address for the number whose verification would prove it. An
    /// identity made while the phone schema did not declare `verification.via: sms` has none, and
    /// a sign-in changes nothing on it.
    fn can_show_proof(&self) -> bool {
        self.verifiable_addresses
            .iter()
            .any(|address| address.via == "sms")
    }
}

/// What a check did.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Not (or no longer) one of ours to remove, or gone.
    Kept,
    /// Marked, no proof, its time not up.
    Pending { remaining: Duration },
    /// Proven: the mark is taken off.
    Proven,
    /// Its time was up without proof: it is gone now.
    Removed,
}

/// Checks the identity `id` at `now`: removes it when it is ours, past its deadline and unproven;
/// takes the mark off when it is proven.
pub async fn settle(
    kratos: &Kratos,
    id: &str,
    lifetime: Duration,
    now: OffsetDateTime,
) -> Result<Verdict, UpstreamError> {
    match read(kratos, id).await? {
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
    match candidate.standing(lifetime, now) {
        Standing::Kept => Ok(Verdict::Kept),
        Standing::Pending { remaining } => Ok(Verdict::Pending { remaining }),
        Standing::Proven => Ok(unmark(kratos, &candidate.id).await),
        Standing::Expired => {
            // A sign-in since the first read leaves its proof: read it again just before deleting.
            let Some(fresh) = read(kratos, &candidate.id).await? else {
                return Ok(Verdict::Kept);
            };
            match fresh.standing(lifetime, OffsetDateTime::now_utc().max(now)) {
                Standing::Expired => {
                    kratos.delete_identity(&fresh.id).await?;
                    Ok(Verdict::Removed)
                }
                Standing::Proven => Ok(unmark(kratos, &fresh.id).await),
                Standing::Pending { remaining } => Ok(Verdict::Pending { remaining }),
                Standing::Kept => Ok(Verdict::Kept),
            }
        }
    }
}

async fn read(kratos: &Kratos, id: &str) -> Result<Option<Candidate>, UpstreamError> {
    Ok(kratos
        .identity(id, &[])
        .await?
        .as_ref()
        .and_then(Candidate::of))
}

/// Takes the mark off a proven identity. The proof stays in Kratos whether or not this works, so
/// a failure only leaves the identity to be found proven again.
async fn unmark(kratos: &Kratos, id: &str) -> Verdict {
    let proven =
        json!([{ "op": "replace", "path": format!("/metadata_admin{MARK}"), "value": false }]);
    if let Err(err) = kratos.patch_identity(id, proven).await {
        tracing::warn!(identity = %id, error = %err, "cannot take the unproven mark off a proven identity; it stays proven");
    }
    Verdict::Proven
}

/// How a check that failed on Kratos is tried again: after 5 s, doubling up to 5 minutes, with
/// jitter, for as long as the process runs.
fn retries() -> ExponentialBuilder {
    ExponentialBuilder::default()
        .with_min_delay(Duration::from_secs(5))
        .with_max_delay(Duration::from_secs(300))
        .with_jitter()
        .without_max_times()
}

/// Checks the identity `id` once `after` has passed (its deadline), in the background; retried
/// while Kratos fails.
pub fn check_later(kratos: Kratos, id: String, lifetime: Duration, after: Duration) {
    tokio::spawn(async move {
        tokio::time::sleep(after).await;
        let check = || settle(&kratos, &id, lifetime, OffsetDateTime::now_utc());
        let verdict = check
            .retry(retries())
            .notify(|err, wait| {
                tracing::warn!(identity = %id, error = %err, retry_in = ?wait, "cannot check an identity made for a phone sign-in; trying again");
            })
            .await;
        match verdict {
            Ok(Verdict::Removed) => {
                tracing::info!(identity = %id, "removed an identity made for a number that was never proven");
            }
            Ok(Verdict::Pending { remaining }) => {
                // The clocks of vestibule and Kratos disagree a little; look again then.
                check_later(kratos, id, lifetime, remaining + Duration::from_secs(1));
            }
            Ok(Verdict::Proven | Verdict::Kept) => {}
            // Not reached: the retries go on while the process runs.
            Err(err) => {
                tracing::warn!(identity = %id, error = %err, "gave up checking an identity made for a phone sign-in; it is checked when the number is next used");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBER: &str = "+4915112345678";
    const LIFETIME: Duration = Duration::from_secs(900);

    /// An identity as Kratos's admin API lists it, made at 10:00.
    fn identity(metadata_admin: Value, traits: Value, addresses: Value) -> Candidate {
        Candidate::of(&json!({
            "id": "7d3e3a54-2e0c-4d55-a1d4-1f3c1c1b1c1b",
            "schema_id": "phone",
            "created_at": "2024-05-01T10:00:00.123456Z",
            "metadata_admin": metadata_admin,
            "traits": traits,
            "verifiable_addresses": addresses,
            "state": "active",
        }))
        .expect("an identity as Kratos lists it")
    }

    fn sms_address(verified: bool) -> Value {
        json!([{
            "id": "0a4e6d0c-8f1b-4f5e-9a86-2b8a1f0d4c11",
            "value": NUMBER,
            "via": "sms",
            "verified": verified,
            "status": if verified { "completed" } else { "pending" },
        }])
    }

    fn made_by_phone(verified: bool) -> Candidate {
        identity(
            marker(NUMBER),
            json!({ "phone": NUMBER }),
            sms_address(verified),
        )
    }

    fn at(time: &str) -> OffsetDateTime {
        OffsetDateTime::parse(
            &format!("2024-05-01T{time}Z"),
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap()
    }

    #[test]
    fn an_unproven_identity_of_ours_waits_for_its_deadline_then_expires() {
        let made = made_by_phone(false);
        assert_eq!(
            made.standing(LIFETIME, at("10:05:00.123456")),
            Standing::Pending {
                remaining: Duration::from_secs(600)
            }
        );
        assert_eq!(
            made.standing(LIFETIME, at("10:15:00.123456")),
            Standing::Expired
        );
        assert_eq!(made.standing(LIFETIME, at("11:00:00")), Standing::Expired);
    }

    #[test]
    fn a_verified_number_is_proven_for_good() {
        let proven = made_by_phone(true);
        assert_eq!(proven.standing(LIFETIME, at("10:05:00")), Standing::Proven);
        assert_eq!(proven.standing(LIFETIME, at("23:00:00")), Standing::Proven);
        assert!(proven.standing(LIFETIME, at("23:00:00")).is_account());
    }

    #[test]
    fn traits_changed_since_it_was_made_prove_a_sign_in() {
        // The person signed in and changed their number in the settings: the new one is not
        // verified yet.
        let moved = identity(
            marker(NUMBER),
            json!({ "phone": "+4915199999999" }),
            sms_address(false),
        );
        assert_eq!(moved.standing(LIFETIME, at("12:00:00")), Standing::Proven);
        let named = identity(
            marker(NUMBER),
            json!({ "phone": NUMBER, "name": { "first": "Ada" } }),
            sms_address(false),
        );
        assert_eq!(named.standing(LIFETIME, at("12:00:00")), Standing::Proven);
    }

    #[test]
    fn only_identities_carrying_the_mark_can_expire() {
        let unmarked = |metadata_admin: Value| {
            identity(
                metadata_admin,
                json!({ "phone": NUMBER }),
                sms_address(false),
            )
            .standing(LIFETIME, at("12:00:00"))
        };
        assert_eq!(unmarked(Value::Null), Standing::Kept);
        assert_eq!(
            unmarked(json!({ "vestibule": { "unproven_phone_sign_up": false } })),
            Standing::Kept
        );
        assert_eq!(
            unmarked(json!({ "unproven_phone_sign_up": true })),
            Standing::Kept
        );
        assert_eq!(
            unmarked(json!({ "vestibule": { "unproven_phone_sign_up": "true" } })),
            Standing::Kept
        );
        assert!(Standing::Kept.is_account());
    }

    #[test]
    fn an_identity_made_before_the_schema_declared_verification_is_never_removed() {
        // Marked by an earlier version, without the number in the mark or an address to verify:
        // a sign-in would have left no trace, so nothing tells that it was never used.
        let earlier = identity(
            json!({ "vestibule": { "unproven_phone_sign_up": true } }),
            json!({ "phone": NUMBER }),
            json!([]),
        );
        assert_eq!(earlier.standing(LIFETIME, at("23:00:00")), Standing::Kept);
    }

    #[test]
    fn pending_and_expired_identities_are_no_accounts_yet() {
        assert!(!Standing::Expired.is_account());
        assert!(!Standing::Pending {
            remaining: Duration::from_secs(1)
        }
        .is_account());
    }

    #[test]
    fn the_mark_records_the_number() {
        assert_eq!(
            marker(NUMBER),
            json!({ "vestibule": { "unproven_phone_sign_up": true, "made_for": NUMBER } })
        );
    }
}
