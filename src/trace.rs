//! The request being served, as far as code away from HTTP needs to know it: its id, given by
//! [`crate::web::request_id`] to each request and passed on by the Kratos and Hydra clients
//! (`X-Request-Id`) and shown on error pages, so one id follows a request through every log.

use std::future::Future;

/// The header that carries a request's id.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

tokio::task_local! {
    /// The id of the request this task serves.
    static REQUEST_ID: String;
}

/// The id of the request being served, if any.
pub fn request_id() -> Option<String> {
    REQUEST_ID.try_with(Clone::clone).ok()
}

/// Runs `serve` as the request `id`.
pub async fn serving<F: Future>(id: String, serve: F) -> F::Output {
    REQUEST_ID.scope(id, serve).await
}
