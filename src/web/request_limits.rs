//! Bounds on what a client may send. Slow request heads are cut off by the server's client
//! request timeout (so a client trickling its headers, slow-loris style, holds a connection for
//! at most that long and never a worker); large heads are refused; this middleware does the same for bodies, so a client that trickles a body
//! (or never sends the bytes it announced) cannot hold a worker, and a body larger than any of
//! vestibule's forms is refused before it is read.

use std::time::Duration;

use actix_web::body::BoxBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::web::{Bytes, BytesMut};
use actix_web::HttpMessage;
use futures_util::StreamExt;

use crate::web::error::AppError;

/// The largest body vestibule reads: its forms are a few hundred bytes.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The largest request head (request line and headers) vestibule handles. A browser's head is
/// one or two kilobytes, most of it cookies; actix-web refuses heads over 128 KiB or with more
/// than 96 headers on its own (431) before any of this runs.
pub const MAX_HEAD_BYTES: usize = 32 * 1024;

/// Refuses a request whose head is larger than [`MAX_HEAD_BYTES`] with a 431 page, before
/// anything is read from or forwarded to Kratos.
pub async fn bounded_head(
    req: ServiceRequest,
    next: Next<BoxBody>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let head = req.uri().to_string().len()
        + req
            .headers()
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len() + 4)
            .sum::<usize>();
    if head > MAX_HEAD_BYTES {
        return Ok(req.error_response(AppError::HeadersTooLarge));
    }
    next.call(req).await
}

/// How long a request may take to arrive, set from `REQUEST_TIMEOUT_SECONDS`.
#[derive(Clone, Copy, Debug)]
pub struct RequestTimeout(pub Duration);

/// Reads the whole body within the request timeout and hands it on; a body that does not arrive
/// in time gets a 408 page, one that is too large a 413 page.
pub async fn bounded_body(
    mut req: ServiceRequest,
    next: Next<BoxBody>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if !carries_body(&req) {
        return next.call(req).await;
    }
    let timeout = req
        .app_data::<actix_web::web::Data<RequestTimeout>>()
        .map(|t| t.0)
        .unwrap_or(Duration::from_secs(10));
    let mut payload = req.take_payload();
    let read = async {
        let mut body = BytesMut::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|e| AppError::BadRequest(e.to_string()))?;
            if body.len() + chunk.len() > MAX_BODY_BYTES {
                return Err(AppError::PayloadTooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        Ok::<Bytes, AppError>(body.freeze())
    };
    let body = match tokio::time::timeout(timeout, read).await {
        Ok(Ok(body)) => body,
        Ok(Err(err)) => return Ok(req.error_response(err)),
        Err(_) => return Ok(req.error_response(AppError::RequestTimeout)),
    };
    req.set_payload(Payload::from(body));
    next.call(req).await
}

fn carries_body(req: &ServiceRequest) -> bool {
    let headers = req.headers();
    headers.contains_key(actix_web::http::header::CONTENT_LENGTH)
        || headers.contains_key(actix_web::http::header::TRANSFER_ENCODING)
}
