//! The rules of the `/phone` limits: per client address, per number and per block of numbers.
//!
//! An attempt starts a sign-in by text message and may create an identity, so each costs money
//! and can be used to pester a number or to walk through a range of them. But the limits keyed on
//! a number are keyed on someone else's number too: whoever runs into them may be the person it
//! belongs to. So they hold back what costs (texts and new identities), never an account that
//! already exists ([`counted_at`]), and a refusal says when to retry and how to sign in meanwhile.
//! The counting itself is [`crate::state::phone_limits`].

use std::net::IpAddr;
use std::time::Duration;

/// Attempts allowed per hour for each kind of key; 0 turns a limit off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HourlyLimits {
    pub per_ip: u32,
    pub per_number: u32,
    pub per_prefix: u32,
}

impl HourlyLimits {
    pub fn per_hour(&self, limit: Limit) -> u32 {
        match limit {
            Limit::Client => self.per_ip,
            Limit::Number => self.per_number,
            Limit::Prefix => self.per_prefix,
        }
    }
}

/// The three limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    /// Attempts from one client address (an IPv6 client counts per /64).
    Client,
    /// Attempts for one number.
    Number,
    /// Attempts for the numbers of one block of 1,000 ([`prefix`]).
    Prefix,
}

impl Limit {
    /// The name in metrics and logs: `client`, `number`, `prefix`.
    pub fn label(self) -> &'static str {
        match self {
            Limit::Client => "client",
            Limit::Number => "number",
            Limit::Prefix => "prefix",
        }
    }
}

/// How far an attempt has come when a limit is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// A well-formed number of a served country; nothing was asked of Hydra or Kratos yet.
    Received,
    /// The sign-in's challenge is pending at Hydra.
    SignInPending,
    /// Kratos said whether the number already belongs to an account (one not made by `/phone`,
    /// or proven).
    LookedUp { account: bool },
}

/// The limits an attempt is counted against at `stage`. The rules:
///
/// - The client limit counts every attempt, first: it is the client's own doing, and it spares
///   Hydra and Kratos the calls of a client past its budget.
/// - The number limit counts only attempts for a sign-in pending at Hydra, so a made-up challenge
///   cannot use up someone's number. It counts every number alike, with or without an account,
///   so the answer does not tell which numbers have one. A person refused by it still signs in
///   with a code: the refusal leads to the sign-in page, where Kratos texts one to an account and
///   a code already texted can be typed in; `/phone` only holds back starting another.
/// - The block limit never counts or refuses a number that already belongs to an account: the
///   people of a block are not locked out by someone walking through it. It holds back new
///   identities and texts to numbers without an account.
pub fn counted_at(stage: Stage) -> &'static [Limit] {
    match stage {
        Stage::Received => &[Limit::Client],
        Stage::SignInPending => &[Limit::Number],
        Stage::LookedUp { account: false } => &[Limit::Prefix],
        Stage::LookedUp { account: true } => &[],
    }
}

/// Whole seconds until another attempt may succeed, rounded up, at least 1: for `Retry-After`.
pub fn retry_after_seconds(wait: Duration) -> u64 {
    (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
}

/// An attempt refused by a limit, and how long until the next one would be allowed.
#[derive(Debug, PartialEq, Eq)]
pub struct Limited {
    pub limit: Limit,
    pub retry_after: Duration,
}

/// The key of the client limit: an IPv6 client usually holds a whole /64, so it counts as one
/// client.
pub fn client_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & (u128::MAX << 64);
            IpAddr::V6(bits.into())
        }
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_limit_is_counted_at_its_stage() {
        assert_eq!(counted_at(Stage::Received), [Limit::Client]);
        assert_eq!(counted_at(Stage::SignInPending), [Limit::Number]);
        assert_eq!(
            counted_at(Stage::LookedUp { account: false }),
            [Limit::Prefix]
        );
        assert!(counted_at(Stage::LookedUp { account: true }).is_empty());
    }

    #[test]
    fn an_ipv6_client_counts_per_64() {
        let key = |raw: &str| client_key(raw.parse().unwrap()).to_string();
        assert_eq!(key("2001:db8::1"), key("2001:db8::ffff:1"));
        assert_ne!(key("2001:db8::1"), key("2001:db8:0:1::1"));
        assert_eq!(key("192.0.2.7"), "192.0.2.7");
        assert_eq!(key("::ffff:192.0.2.7"), "192.0.2.7");
    }

    #[test]
    fn retry_after_is_rounded_up_to_whole_seconds() {
        assert_eq!(retry_after_seconds(Duration::from_millis(150_500)), 151);
        assert_eq!(retry_after_seconds(Duration::from_secs(60)), 60);
        assert_eq!(retry_after_seconds(Duration::ZERO), 1);
    }
}
