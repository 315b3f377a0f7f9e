//! `/error`: errors Kratos (`?id=`) and Hydra (`?error=&error_description=`) send browsers to.

use actix_web::http::StatusCode;
use actix_web::{get, web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::error::AppError;
use crate::ids::FlowId;
use crate::security::CspNonce;
use crate::startup::AppState;
use crate::views::{self, Layout};

#[derive(Debug, Deserialize)]
pub struct ErrorQuery {
    id: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
    error_hint: Option<String>,
}

#[derive(Template)]
#[template(path = "upstream_error.html")]
struct UpstreamErrorPage {
    layout: Layout,
    title: String,
    message: String,
    detail: String,
    code: String,
}

#[get("/error")]
pub async fn error(
    state: web::Data<AppState>,
    nonce: CspNonce,
    query: web::Query<ErrorQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    if let Some(raw) = &query.id {
        let id = FlowId::parse(raw).map_err(|e| AppError::BadRequest(e.to_string()))?;
        let detail = state
            .kratos
            .self_service_error(&id)
            .await?
            .ok_or_else(|| AppError::NotFound("Kratos has no such error".to_owned()))?;
        let status = detail
            .code
            .and_then(|c| StatusCode::from_u16(c).ok())
            .filter(|s| s.is_client_error() || s.is_server_error())
            .unwrap_or(StatusCode::BAD_REQUEST);
        let page = UpstreamErrorPage {
            layout: Layout::new(&nonce),
            title: "Something went wrong".to_owned(),
            message: detail
                .message
                .clone()
                .unwrap_or_else(|| "The request could not be completed.".to_owned()),
            detail: detail.reason.clone().unwrap_or_default(),
            code: detail.id.clone().unwrap_or_default(),
        };
        return Ok(views::render_with_status(status, &page));
    }
    if let Some(error) = &query.error {
        let page = UpstreamErrorPage {
            layout: Layout::new(&nonce),
            title: "Sign-in could not be completed".to_owned(),
            message: query
                .error_description
                .as_deref()
                .map(shortened)
                .unwrap_or_else(|| "The application's request could not be completed.".to_owned()),
            detail: query
                .error_hint
                .as_deref()
                .map(shortened)
                .unwrap_or_default(),
            code: shortened(error),
        };
        return Ok(views::render_with_status(StatusCode::BAD_REQUEST, &page));
    }
    Err(AppError::BadRequest(
        "`/error` needs `id` or `error`".to_owned(),
    ))
}

/// Texts from the query are Hydra's, but anyone can craft such a link: keep them short so the
/// page cannot be turned into a long message of someone else's.
fn shortened(text: &str) -> String {
    const LIMIT: usize = 300;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::shortened;

    #[test]
    fn query_texts_are_kept_short() {
        assert_eq!(shortened("short"), "short");
        let long = "é".repeat(400);
        let cut = shortened(&long);
        assert_eq!(cut.chars().count(), 301);
        assert!(cut.ends_with('…'));
    }
}
