//! Shared page plumbing: the layout every template extends and rendering to a response.

use std::sync::OnceLock;

use actix_web::http::header::ContentType;
use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use askama::Template;

use crate::security::CspNonce;

static APP_NAME: OnceLock<String> = OnceLock::new();

/// Sets the product name shown in every page header (`APP_NAME`); the first call wins.
pub fn set_app_name(name: &str) {
    let _ = APP_NAME.set(name.to_owned());
}

/// What the base layout needs on every page.
#[derive(Clone, Debug)]
pub struct Layout {
    pub app_name: String,
    /// The CSP nonce of this response, for the `<script>` elements Kratos asks for; empty on
    /// pages without scripts.
    pub nonce: String,
}

impl Layout {
    pub fn new(nonce: &CspNonce) -> Self {
        Self {
            app_name: app_name(),
            nonce: nonce.as_str().to_owned(),
        }
    }

    /// For pages that run no script, such as error pages.
    pub fn without_scripts() -> Self {
        Self {
            app_name: app_name(),
            nonce: String::new(),
        }
    }
}

fn app_name() -> String {
    APP_NAME
        .get()
        .cloned()
        .unwrap_or_else(|| "vestibule".to_owned())
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
