//! Which proxies are believed, and the address of the person's browser behind them, for limits
//! keyed by client and for the request ids proxies hand on.
//!
//! The peer of the TCP connection is the client unless it is one of `TRUSTED_PROXIES`. Only then
//! is `X-Forwarded-For` read, from the right: each trusted proxy appends the address it got the
//! request from, so the rightmost entry that is not itself a trusted proxy is the first address
//! no proxy of ours vouches for. Entries left of it are whatever the client chose to send.

use std::net::{IpAddr, SocketAddr};

use ipnet::IpNet;

/// The proxies (addresses or CIDR ranges) whose `X-Forwarded-For` is believed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// A comma-separated list of IP addresses and CIDR ranges, e.g. `10.0.0.0/8, 192.0.2.7`.
    pub fn parse(raw: &str) -> Result<Self, String> {
        raw.split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(|entry| {
                entry
                    .parse::<IpNet>()
                    .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
                    .map(|net| net.trunc())
                    .map_err(|_| format!("`{entry}` is not an IP address or a CIDR range"))
            })
            .collect::<Result<_, _>>()
            .map(Self)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn contains(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// Whether `peer` is one of the trusted proxies.
    pub fn trusts(&self, peer: IpAddr) -> bool {
        self.contains(peer.to_canonical())
    }

    /// The client behind `peer`, given the request's `X-Forwarded-For` values in header order.
    pub fn client_ip<'a>(
        &self,
        peer: IpAddr,
        forwarded_for: impl Iterator<Item = &'a str>,
    ) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.contains(peer) {
            return peer;
        }
        let hops: Vec<&str> = forwarded_for.flat_map(|value| value.split(',')).collect();
        // Walking left from the peer; `closest` is the last address a trusted proxy vouched for.
        let mut closest = peer;
        for hop in hops.iter().rev() {
            let Some(ip) = parse_hop(hop) else {
                // Garbage where an address should be: the proxy that passed it on is as far as
                // anything can be told.
                return closest;
            };
            if !self.contains(ip) {
                return ip;
            }
            closest = ip;
        }
        closest
    }
}

/// One `X-Forwarded-For` entry: an address, possibly with a port (`192.0.2.1:4711`,
/// `[2001:db8::1]:4711`), as some proxies write them.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    hop.parse::<IpAddr>()
        .or_else(|_| hop.parse::<SocketAddr>().map(|socket| socket.ip()))
        .ok()
        .map(|ip| ip.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(raw: &str) -> IpAddr {
        raw.parse().unwrap()
    }

    fn client(trusted: &str, peer: &str, forwarded: &[&str]) -> IpAddr {
        TrustedProxies::parse(trusted)
            .unwrap()
            .client_ip(ip(peer), forwarded.iter().copied())
    }

    #[test]
    fn without_trusted_proxies_the_peer_is_the_client_whatever_the_header_says() {
        assert_eq!(
            client("", "203.0.113.9", &["198.51.100.1"]),
            ip("203.0.113.9")
        );
        assert_eq!(
            client("10.0.0.0/8", "203.0.113.9", &["198.51.100.1"]),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn behind_a_trusted_proxy_the_rightmost_untrusted_address_is_the_client() {
        let trusted = "10.0.0.0/8, 192.0.2.7";
        // The client claims an address; the proxies append the one they saw.
        assert_eq!(
            client(trusted, "10.0.0.2", &["1.1.1.1, 198.51.100.4, 192.0.2.7"]),
            ip("198.51.100.4")
        );
        // Several header lines count as one list, in order.
        assert_eq!(
            client(
                trusted,
                "10.0.0.2",
                &["1.1.1.1", "198.51.100.4", "10.9.9.9"]
            ),
            ip("198.51.100.4")
        );
        assert_eq!(
            client(trusted, "10.0.0.2", &["198.51.100.4:4711"]),
            ip("198.51.100.4")
        );
        assert_eq!(
            client(trusted, "10.0.0.2", &["[2001:db8::1]:4711"]),
            ip("2001:db8::1")
        );
    }

    #[test]
    fn a_trusted_proxy_without_a_usable_header_stands_for_its_clients() {
        let trusted = "10.0.0.0/8";
        assert_eq!(client(trusted, "10.0.0.2", &[]), ip("10.0.0.2"));
        assert_eq!(client(trusted, "10.0.0.2", &["10.0.0.3"]), ip("10.0.0.3"));
        assert_eq!(
            client(trusted, "10.0.0.2", &["198.51.100.4, not-an-ip, 10.0.0.3"]),
            ip("10.0.0.3")
        );
    }

    #[test]
    fn ipv4_mapped_ipv6_peers_match_ipv4_ranges() {
        assert_eq!(
            client("127.0.0.1", "::ffff:127.0.0.1", &["198.51.100.4"]),
            ip("198.51.100.4")
        );
    }

    #[test]
    fn bad_entries_are_named() {
        let err = TrustedProxies::parse("10.0.0.0/8, proxy.internal").unwrap_err();
        assert!(err.contains("proxy.internal"), "{err}");
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse(" , ").unwrap().is_empty());
    }
}
