//! Rendering: the layout every template extends, and pages as responses (redirects are
//! [`crate::web::error::see_other`]).

use std::sync::Arc;

use actix_web::http::header::ContentType;
use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use askama::Template;

/// What the base layout needs on every page; made by [`crate::web::context::PageContext`].
#[derive(Clone, Debug)]
pub struct Layout {
    pub app_name: Arc<str>,
    /// The CSP nonce of this response, for the `<script>` elements Kratos asks for; empty on
    /// pages without scripts.
    pub nonce: String,
    /// The page's language: templates call `layout.t.t("key")`.
    pub t: crate::i18n::Translator,
    /// This page's path and query, for the language switcher to return to.
    pub here: String,
}

/// A path on this site: starts with one `/`, and is not `//host` or `/\\host` (which browsers
/// read as another site), nor contains control characters or backslashes.
pub fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && !path.chars().any(|c| c.is_control() || c == '\\')
}

pub fn render_with_status(status: StatusCode, page: &impl Template) -> HttpResponse {
    match page.render() {
        Ok(body) => HttpResponse::build(status)
            .content_type(ContentType::html())
            .body(body),
        Err(err) => {
            tracing::error!(error = %err, "template failed to render");
            HttpResponse::InternalServerError()
                .content_type(ContentType::plaintext())
                .body("Internal error while rendering the page.")
        }
    }
}

pub fn render(page: &impl Template) -> HttpResponse {
    render_with_status(StatusCode::OK, page)
}
