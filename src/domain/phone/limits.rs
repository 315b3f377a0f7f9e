//! How often `/phone` may be used: per client address, per number and per block of numbers.
//!
//! Each attempt can text someone and may create an identity, so each costs money and can be used
//! to pester a number or to walk through a range of them. The limits are token buckets
//! (`governor`): a budget of N per hour, refilled evenly. They live in this process's memory, so
//! with several replicas each replica counts on its own.

use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::Clock;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::prefix;

/// Keys beyond which stale entries are swept out, so memory stays bounded.
const SWEEP_ABOVE: usize = 10_000;

/// Attempts allowed per hour for each kind of key; 0 turns a limit off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HourlyLimits {
    pub per_ip: u32,
    pub per_number: u32,
    pub per_prefix: u32,
}

/// An attempt refused by a limit, and how long until the next one would be allowed.
#[derive(Debug, PartialEq, Eq)]
pub struct Limited {
    /// Which limit: `client`, `number` or `prefix`.
    pub what: &'static str,
    pub retry_after: Duration,
}

pub struct PhoneLimits {
    per_ip: Option<Limiter<IpAddr>>,
    per_number: Option<Limiter<String>>,
    per_prefix: Option<Limiter<String>>,
}

impl PhoneLimits {
    pub fn new(limits: HourlyLimits) -> Self {
        Self {
            per_ip: Limiter::per_hour(limits.per_ip),
            per_number: Limiter::per_hour(limits.per_number),
            per_prefix: Limiter::per_hour(limits.per_prefix),
        }
    }

    /// Counts an attempt from `client` (when known) for the normalized `number`. A refused
    /// attempt does not count against the limits checked after the one that refused it.
    pub fn check(&self, client: Option<IpAddr>, number: &str) -> Result<(), Limited> {
        if let (Some(limiter), Some(ip)) = (&self.per_ip, client) {
            limiter.check(&client_key(ip), "client")?;
        }
        if let Some(limiter) = &self.per_number {
            limiter.check(&number.to_owned(), "number")?;
        }
        if let Some(limiter) = &self.per_prefix {
            limiter.check(&prefix(number).to_owned(), "prefix")?;
        }
        Ok(())
    }
}

/// An IPv6 client usually holds a whole /64, so it counts as one client.
fn client_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & (u128::MAX << 64);
            IpAddr::V6(bits.into())
        }
        v4 => v4,
    }
}

struct Limiter<K: Hash + Eq + Clone>(DefaultKeyedRateLimiter<K>);

impl<K: Hash + Eq + Clone> Limiter<K> {
    fn per_hour(per_hour: u32) -> Option<Self> {
        NonZeroU32::new(per_hour).map(|n| Self(RateLimiter::keyed(Quota::per_hour(n))))
    }

    fn check(&self, key: &K, what: &'static str) -> Result<(), Limited> {
        if self.0.len() > SWEEP_ABOVE {
            self.0.retain_recent();
        }
        self.0.check_key(key).map_err(|not_until| Limited {
            what,
            retry_after: not_until.wait_time_from(self.0.clock().now()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(per_ip: u32, per_number: u32, per_prefix: u32) -> PhoneLimits {
        PhoneLimits::new(HourlyLimits {
            per_ip,
            per_number,
            per_prefix,
        })
    }

    fn ip(raw: &str) -> Option<IpAddr> {
        Some(raw.parse().unwrap())
    }

    #[test]
    fn a_number_is_refused_after_its_hourly_budget_with_the_time_to_wait() {
        let limits = limits(0, 2, 0);
        assert_eq!(limits.check(ip("192.0.2.1"), "+4915112345678"), Ok(()));
        assert_eq!(limits.check(ip("192.0.2.2"), "+4915112345678"), Ok(()));
        let refused = limits.check(ip("192.0.2.3"), "+4915112345678").unwrap_err();
        // Two per hour: one more is allowed 30 minutes after the first.
        assert_eq!(refused.what, "number");
        assert!(
            refused.retry_after > Duration::from_secs(29 * 60)
                && refused.retry_after <= Duration::from_secs(30 * 60),
            "{refused:?}"
        );
        assert_eq!(limits.check(ip("192.0.2.3"), "+4915112345679"), Ok(()));
    }

    #[test]
    fn a_client_is_refused_after_its_budget_whatever_the_number() {
        let limits = limits(2, 0, 0);
        assert!(limits.check(ip("192.0.2.1"), "+4915112345678").is_ok());
        assert!(limits.check(ip("192.0.2.1"), "+3361234567").is_ok());
        assert!(limits.check(ip("192.0.2.1"), "+14155550100").is_err());
        assert!(limits.check(ip("192.0.2.2"), "+14155550100").is_ok());
        // One IPv6 client, many addresses of its /64.
        assert!(limits.check(ip("2001:db8::1"), "+14155550100").is_ok());
        assert!(limits.check(ip("2001:db8::2"), "+14155550100").is_ok());
        assert!(limits.check(ip("2001:db8::3"), "+14155550100").is_err());
        assert!(limits.check(ip("2001:db8:0:1::1"), "+14155550100").is_ok());
    }

    #[test]
    fn walking_through_a_block_of_numbers_is_refused() {
        let limits = limits(0, 0, 3);
        for last in ["100", "101", "102"] {
            let number = format!("+4915112345{last}");
            assert!(limits.check(None, &number).is_ok(), "{number}");
        }
        assert!(limits.check(None, "+4915112345103").is_err());
        assert!(limits.check(None, "+4915112346103").is_ok());
    }

    #[test]
    fn zero_turns_a_limit_off() {
        let limits = limits(0, 0, 0);
        for _ in 0..100 {
            assert!(limits.check(ip("192.0.2.1"), "+4915112345678").is_ok());
        }
    }
}
