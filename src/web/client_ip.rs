//! The address of the person's browser, read from a request as [`TrustedProxies`] say.

use std::net::IpAddr;

use actix_web::HttpRequest;

use crate::domain::proxies::TrustedProxies;

/// The client address of `req` (`None` only when actix knows no peer, as in unit tests).
pub fn of(req: &HttpRequest, proxies: &TrustedProxies) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    let forwarded = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|value| value.to_str().ok());
    Some(proxies.client_ip(peer, forwarded))
}
