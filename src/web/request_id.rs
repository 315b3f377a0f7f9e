//! Every request's id: taken from `X-Request-Id` when a trusted proxy (`TRUSTED_PROXIES`) set it,
//! else made here. It is on every log line of the request (a tracing span), on the error page
//! (its reference), on the response (`X-Request-Id`) and on every call to Kratos and Hydra made
//! for the request, so one id follows a request through the proxy's, vestibule's and Ory's logs.

use std::net::IpAddr;

use actix_web::body::BoxBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::web;
use tracing::Instrument;

use crate::domain::proxies::TrustedProxies;

pub const HEADER: HeaderName = HeaderName::from_static(crate::trace::REQUEST_ID_HEADER);

/// The longest id taken from a proxy; longer ones are replaced.
const MAX_LEN: usize = 128;

/// The id a request goes by: the trusted proxy's, when it is well-formed, else a new one.
pub fn choose(
    proxies: &TrustedProxies,
    peer: Option<IpAddr>,
    header: Option<&HeaderValue>,
) -> String {
    let from_proxy = peer
        .filter(|peer| proxies.trusts(*peer))
        .and(header)
        .and_then(|value| value.to_str().ok())
        .filter(|id| is_well_formed(id));
    match from_proxy {
        Some(id) => id.to_owned(),
        None => crate::web::security::random_token(12),
    }
}

/// Printable ASCII without spaces, quotes or backslashes, so it is safe in logs and headers.
fn is_well_formed(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b'\\'))
}

/// Gives the request its id and serves it within the id's span and as [`crate::trace`]'s request.
/// The proxies to believe are the app's [`TrustedProxies`] (app data; none without).
pub async fn assign(
    req: ServiceRequest,
    next: Next<BoxBody>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let id = {
        let proxies = req.app_data::<web::Data<TrustedProxies>>();
        choose(
            proxies
                .map(|p| p.get_ref())
                .unwrap_or(&TrustedProxies::default()),
            req.peer_addr().map(|peer| peer.ip()),
            req.headers().get(HEADER),
        )
    };
    // At error level, so the id is on every line that is logged at all, whatever LOG_LEVEL says.
    let span = tracing::error_span!("request", request_id = %id);
    let header = HeaderValue::from_str(&id).ok();
    let mut res = crate::trace::serving(id, next.call(req).instrument(span)).await?;
    if let Some(header) = header {
        res.headers_mut().insert(HEADER, header);
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proxies() -> TrustedProxies {
        TrustedProxies::parse("10.0.0.0/8").unwrap()
    }

    fn header(value: &str) -> HeaderValue {
        HeaderValue::from_str(value).unwrap()
    }

    #[test]
    fn a_trusted_proxy_names_the_request() {
        let id = choose(
            &proxies(),
            Some("10.1.2.3".parse().unwrap()),
            Some(&header("lb-7f3a:42")),
        );
        assert_eq!(id, "lb-7f3a:42");
    }

    #[test]
    fn anyone_else_gets_a_fresh_id_whatever_they_send() {
        let sent = header("chosen-by-the-client");
        let id = choose(
            &proxies(),
            Some("203.0.113.9".parse().unwrap()),
            Some(&sent),
        );
        assert_ne!(id, "chosen-by-the-client");
        assert_eq!(id.len(), 16);
        let other = choose(&proxies(), None, None);
        assert_ne!(id, other, "ids are random");
    }

    #[test]
    fn malformed_ids_from_a_proxy_are_replaced() {
        let peer = Some("10.1.2.3".parse().unwrap());
        for bad in ["", "has space", "quote\"d", &"x".repeat(MAX_LEN + 1)] {
            let id = choose(&proxies(), peer, Some(&header(bad)));
            assert_ne!(id, bad);
            assert!(is_well_formed(&id));
        }
    }
}
