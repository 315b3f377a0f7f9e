//! Counting the `/phone` limits ([`crate::domain::phone::limits`] has the rules): in this process,
//! or in Redis, shared by every replica.
//!
//! In this process the limits are token buckets (`governor`): a budget of N per hour, refilled
//! evenly. With several replicas each counts on its own, so N replicas allow N times each limit.
//!
//! With `PHONE_LIMITS_REDIS_URL` the counts are kept in Redis with its documented rate-limiter
//! pattern, a fixed window per key: in one transaction, `SET key 0 EX 3600 NX` starts the key's
//! hour if it has none, `INCR key` counts the attempt and `PTTL key` says when the hour ends.
//! Attempts past the budget are refused until then. Every call is bounded by
//! `UPSTREAM_TIMEOUT_SECONDS`; a Redis that does not answer refuses the attempt (503), never lets
//! it pass uncounted.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::Clock;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use tokio::sync::OnceCell;

use crate::domain::phone::limits::{client_key, counted_at, HourlyLimits, Limit, Limited, Stage};
use crate::domain::phone::prefix;

/// Keys beyond which stale entries are swept out, so memory stays bounded.
const SWEEP_ABOVE: usize = 10_000;

/// The window of the shared counts.
const WINDOW: Duration = Duration::from_secs(3600);

/// Why an attempt was not allowed.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("limited per {}, retry after {:?}", .0.limit.label(), .0.retry_after)]
    Limited(Limited),
    /// The shared store did not answer: nothing is allowed without counting.
    #[error("the store of the limits is unavailable: {0}")]
    StoreUnavailable(String),
}

/// The counters, in this process or shared.
pub enum PhoneLimits {
    Local(LocalLimits),
    Shared(SharedLimits),
}

impl PhoneLimits {
    /// Counts an attempt against each limit `counted_at(stage)` names, from `client` (when
    /// known) for the normalized `number`. A refused attempt does not count against the limits
    /// after the one that refused it.
    pub async fn check(
        &self,
        stage: Stage,
        client: Option<IpAddr>,
        number: &str,
    ) -> Result<(), Refused> {
        for &limit in counted_at(stage) {
            let key = match limit {
                Limit::Client => match client {
                    Some(ip) => client_key(ip).to_string(),
                    None => continue,
                },
                Limit::Number => number.to_owned(),
                Limit::Prefix => prefix(number).to_owned(),
            };
            let wait = match self {
                PhoneLimits::Local(local) => local.hit(limit, key),
                PhoneLimits::Shared(shared) => shared.hit(limit, &key).await?,
            };
            if let Some(retry_after) = wait {
                return Err(Refused::Limited(Limited { limit, retry_after }));
            }
        }
        Ok(())
    }
}

/// The limits in this process's memory.
pub struct LocalLimits {
    per_ip: Option<DefaultKeyedRateLimiter<String>>,
    per_number: Option<DefaultKeyedRateLimiter<String>>,
    per_prefix: Option<DefaultKeyedRateLimiter<String>>,
}

impl LocalLimits {
    pub fn new(limits: HourlyLimits) -> Self {
        let per_hour = |limit| {
            NonZeroU32::new(limits.per_hour(limit)).map(|n| RateLimiter::keyed(Quota::per_hour(n)))
        };
        Self {
            per_ip: per_hour(Limit::Client),
            per_number: per_hour(Limit::Number),
            per_prefix: per_hour(Limit::Prefix),
        }
    }

    /// Counts one attempt for `key`; how long until the next is allowed when this one is not.
    fn hit(&self, limit: Limit, key: String) -> Option<Duration> {
        let limiter = match limit {
            Limit::Client => self.per_ip.as_ref(),
            Limit::Number => self.per_number.as_ref(),
            Limit::Prefix => self.per_prefix.as_ref(),
        }?;
        if limiter.len() > SWEEP_ABOVE {
            limiter.retain_recent();
        }
        limiter
            .check_key(&key)
            .err()
            .map(|not_until| not_until.wait_time_from(limiter.clock().now()))
    }
}

/// The limits in Redis, shared by every process that uses the same Redis.
pub struct SharedLimits {
    limits: HourlyLimits,
    client: redis::Client,
    timeout: Duration,
    /// Made at the first attempt, so that vestibule starts while Redis is down; it reconnects on
    /// its own after Redis went away.
    connection: OnceCell<ConnectionManager>,
}

impl SharedLimits {
    /// `url` is `redis://[:password@]host[:port][/db]`; `timeout` bounds every call.
    pub fn new(limits: HourlyLimits, url: &str, timeout: Duration) -> Result<Self, String> {
        let client = redis::Client::open(url).map_err(|err| err.to_string())?;
        Ok(Self {
            limits,
            client,
            timeout,
            connection: OnceCell::new(),
        })
    }

    async fn connection(&self) -> Result<ConnectionManager, redis::RedisError> {
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(self.timeout))
            .set_response_timeout(Some(self.timeout))
            .set_number_of_retries(1);
        self.connection
            .get_or_try_init(|| ConnectionManager::new_with_config(self.client.clone(), config))
            .await
            .cloned()
    }

    /// Counts one attempt for `key`; how long until the next is allowed when this one is not.
    async fn hit(&self, limit: Limit, key: &str) -> Result<Option<Duration>, Refused> {
        let per_hour = self.limits.per_hour(limit);
        if per_hour == 0 {
            return Ok(None);
        }
        let key = format!("vestibule:phone:{}:{key}", limit.label());
        let count = async {
            let connection = self.connection().await?;
            match count_attempt(connection.clone(), &key).await {
                // The connection broke since the last attempt (Redis restarted): the manager
                // connects again, and this attempt waits for it once.
                Err(err) if err.is_io_error() || err.is_connection_dropped() => {
                    count_attempt(connection, &key).await
                }
                other => other,
            }
        };
        // The client's own timeouts cover a connection and a reply; this covers everything.
        let (count, left_ms) = tokio::time::timeout(self.timeout, count)
            .await
            .map_err(|_| Refused::StoreUnavailable(format!("no answer within {:?}", self.timeout)))?
            .map_err(|err| Refused::StoreUnavailable(err.to_string()))?;
        Ok(window_spent(count, per_hour, left_ms))
    }
}

/// Counts an attempt for `key` in its window: the count so far and the milliseconds the window
/// has left.
async fn count_attempt(
    mut connection: ConnectionManager,
    key: &str,
) -> Result<(u64, i64), redis::RedisError> {
    redis::pipe()
        .atomic()
        .cmd("SET")
        .arg(key)
        .arg(0)
        .arg("EX")
        .arg(WINDOW.as_secs())
        .arg("NX")
        .ignore()
        .cmd("INCR")
        .arg(key)
        .cmd("PTTL")
        .arg(key)
        .query_async(&mut connection)
        .await
}

/// When the `count`th attempt of a window with `left_ms` to go is past `per_hour`: the time until
/// the window ends (the whole window when Redis says the key has no expiry).
fn window_spent(count: u64, per_hour: u32, left_ms: i64) -> Option<Duration> {
    (count > u64::from(per_hour)).then(|| match u64::try_from(left_ms) {
        Ok(ms) if ms > 0 => Duration::from_millis(ms),
        _ => WINDOW,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(per_ip: u32, per_number: u32, per_prefix: u32) -> PhoneLimits {
        PhoneLimits::Local(LocalLimits::new(HourlyLimits {
            per_ip,
            per_number,
            per_prefix,
        }))
    }

    fn ip(raw: &str) -> Option<IpAddr> {
        Some(raw.parse().unwrap())
    }

    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(future)
    }

    /// An attempt through every stage, for a number without an account.
    fn attempt(limits: &PhoneLimits, client: Option<IpAddr>, number: &str) -> Result<(), Refused> {
        block_on(async {
            for stage in [
                Stage::Received,
                Stage::SignInPending,
                Stage::LookedUp { account: false },
            ] {
                limits.check(stage, client, number).await?;
            }
            Ok(())
        })
    }

    fn limited(result: Result<(), Refused>) -> Limited {
        match result {
            Err(Refused::Limited(limited)) => limited,
            other => panic!("expected a refusal by a limit, got {other:?}"),
        }
    }

    #[test]
    fn a_number_is_refused_after_its_hourly_budget_with_the_time_to_wait() {
        let limits = limits(0, 2, 0);
        assert_eq!(attempt(&limits, ip("192.0.2.1"), "+4915112345678"), Ok(()));
        assert_eq!(attempt(&limits, ip("192.0.2.2"), "+4915112345678"), Ok(()));
        let refused = limited(attempt(&limits, ip("192.0.2.3"), "+4915112345678"));
        // Two per hour: one more is allowed 30 minutes after the first.
        assert_eq!(refused.limit, Limit::Number);
        assert!(
            refused.retry_after > Duration::from_secs(29 * 60)
                && refused.retry_after <= Duration::from_secs(30 * 60),
            "{refused:?}"
        );
        assert_eq!(attempt(&limits, ip("192.0.2.3"), "+4915112345679"), Ok(()));
    }

    #[test]
    fn a_client_is_refused_after_its_budget_whatever_the_number() {
        let limits = limits(2, 0, 0);
        assert!(attempt(&limits, ip("192.0.2.1"), "+4915112345678").is_ok());
        assert!(attempt(&limits, ip("192.0.2.1"), "+3361234567").is_ok());
        assert_eq!(
            limited(attempt(&limits, ip("192.0.2.1"), "+14155550100")).limit,
            Limit::Client
        );
        assert!(attempt(&limits, ip("192.0.2.2"), "+14155550100").is_ok());
        // One IPv6 client, many addresses of its /64.
        assert!(attempt(&limits, ip("2001:db8::1"), "+14155550100").is_ok());
        assert!(attempt(&limits, ip("2001:db8::2"), "+14155550100").is_ok());
        assert!(attempt(&limits, ip("2001:db8::3"), "+14155550100").is_err());
        assert!(attempt(&limits, ip("2001:db8:0:1::1"), "+14155550100").is_ok());
    }

    #[test]
    fn walking_through_a_block_of_numbers_is_refused() {
        let limits = limits(0, 0, 3);
        for last in ["100", "101", "102"] {
            let number = format!("+4915112345{last}");
            assert!(attempt(&limits, None, &number).is_ok(), "{number}");
        }
        assert_eq!(
            limited(attempt(&limits, None, "+4915112345103")).limit,
            Limit::Prefix
        );
        assert!(attempt(&limits, None, "+4915112346103").is_ok());
    }

    #[test]
    fn numbers_with_an_account_are_never_counted_or_refused_per_block() {
        let limits = limits(0, 0, 2);
        let account = Stage::LookedUp { account: true };
        for _ in 0..10 {
            block_on(limits.check(account, None, "+4915112345100")).unwrap();
        }
        // The block's budget is still whole for numbers without one...
        assert!(attempt(&limits, None, "+4915112345101").is_ok());
        assert!(attempt(&limits, None, "+4915112345102").is_ok());
        assert!(attempt(&limits, None, "+4915112345103").is_err());
        // ...and, once it is spent, a number with an account goes on.
        block_on(limits.check(account, None, "+4915112345104")).unwrap();
    }

    #[test]
    fn zero_turns_a_limit_off() {
        let limits = limits(0, 0, 0);
        for _ in 0..100 {
            assert!(attempt(&limits, ip("192.0.2.1"), "+4915112345678").is_ok());
        }
    }

    #[test]
    fn a_shared_window_refuses_past_its_budget_until_it_ends() {
        assert_eq!(window_spent(1, 2, 3_600_000), None);
        assert_eq!(window_spent(2, 2, 1_000), None);
        assert_eq!(
            window_spent(3, 2, 1_234_567),
            Some(Duration::from_millis(1_234_567))
        );
        // A key without expiry (-1), or gone (-2): wait a whole window.
        assert_eq!(window_spent(3, 2, -1), Some(WINDOW));
        assert_eq!(window_spent(3, 2, -2), Some(WINDOW));
    }

    #[test]
    fn a_redis_url_is_checked_when_read() {
        let limits = HourlyLimits {
            per_ip: 1,
            per_number: 1,
            per_prefix: 1,
        };
        assert!(
            SharedLimits::new(limits, "redis://127.0.0.1:6379/0", Duration::from_secs(1)).is_ok()
        );
        assert!(
            SharedLimits::new(limits, "http://127.0.0.1:6379", Duration::from_secs(1)).is_err()
        );
    }
}
