//! `/error`: errors Kratos (`?id=`) and Hydra (`?error=&error_description=`) send browsers to.

use actix_web::http::StatusCode;
use actix_web::{get, web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::domain::ids::FlowId;
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::error::AppError;
use crate::web::views::{self, Layout};

#[derive(Debug, Deserialize)]
pub struct ErrorQuery {
    id: Option<FlowId>,
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
    context: PageContext,
    query: web::Query<ErrorQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    if let Some(id) = &query.id {
        let detail = state
            .kratos
            .self_service_error(id)
            .await?
            .ok_or_else(|| AppError::NotFound("Kratos has no such error".to_owned()))?;
        let status = detail
            .code
            .and_then(|c| StatusCode::from_u16(c).ok())
            .filter(|s| s.is_client_error() || s.is_server_error())
            .unwrap_or(StatusCode::BAD_REQUEST);
        let page = UpstreamErrorPage {
            layout: context.layout(),
            title: context.t.t("error-internal-title"),
            // Kratos's errors carry no message id; its own words are all there is.
            message: detail
                .message
                .clone()
                .unwrap_or_else(|| context.t.t("error-request-not-completed")),
            detail: detail.reason.clone().unwrap_or_default(),
            code: detail.id.clone().unwrap_or_default(),
        };
        return Ok(views::render_with_status(status, &page));
    }
    if let Some(error) = &query.error {
        // Anyone can craft this link, so the page says only what vestibule itself knows about
        // the code; Hydra's description and hint go to the log for the operator.
        tracing::info!(
            error = %shortened(error),
            description = %query.error_description.as_deref().map(shortened).unwrap_or_default(),
            hint = %query.error_hint.as_deref().map(shortened).unwrap_or_default(),
            "authorization error shown"
        );
        let (title, message) = oauth2_error_text(error);
        let page = UpstreamErrorPage {
            layout: context.layout(),
            title: context.t.t(title),
            message: context.t.t(message),
            detail: String::new(),
            code: if is_error_code(error) {
                error.clone()
            } else {
                String::new()
            },
        };
        return Ok(views::render_with_status(StatusCode::BAD_REQUEST, &page));
    }
    Err(AppError::BadRequest(
        "`/error` needs `id` or `error`".to_owned(),
    ))
}

/// What vestibule says about an OAuth2 / OpenID Connect error code (RFC 6749, OpenID Connect
/// Core, and those Hydra adds); a code it does not know gets a general text.
fn oauth2_error_text(code: &str) -> (&'static str, &'static str) {
    const FAILED: &str = "oauth2-error-failed-title";
    match code {
        "access_denied" | "request_forbidden" => (
            "oauth2-error-access-denied-title",
            "oauth2-error-access-denied",
        ),
        "login_required" | "interaction_required" | "account_selection_required" => (
            "oauth2-error-login-required-title",
            "oauth2-error-login-required",
        ),
        "consent_required" => (
            "oauth2-error-consent-required-title",
            "oauth2-error-consent-required",
        ),
        "invalid_client" | "unauthorized_client" | "request_unauthorized" => {
            (FAILED, "oauth2-error-invalid-client")
        }
        "invalid_scope" => (FAILED, "oauth2-error-invalid-scope"),
        "invalid_request"
        | "invalid_request_uri"
        | "invalid_request_object"
        | "request_not_supported"
        | "request_uri_not_supported"
        | "registration_not_supported"
        | "unsupported_response_type"
        | "unsupported_grant_type"
        | "invalid_grant"
        | "invalid_state"
        | "invalid_redirect_uri" => (FAILED, "oauth2-error-invalid-request"),
        "temporarily_unavailable" | "server_error" => {
            ("error-unavailable-title", "oauth2-error-unavailable")
        }
        _ => (FAILED, "oauth2-error-other"),
    }
}

/// An error code as OAuth2 writes them: a short word of lower-case letters and underscores.
fn is_error_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 64
        && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// Texts from the query are kept short in the log.
fn shortened(text: &str) -> String {
    const LIMIT: usize = 300;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::{is_error_code, oauth2_error_text, shortened};

    #[test]
    fn known_codes_get_fixed_texts_and_anything_else_a_general_one() {
        let t = crate::i18n::Translator::default();
        let (title, message) = oauth2_error_text("access_denied");
        assert_eq!(t.t(title), "Access was not granted");
        assert!(t.t(message).contains("declined"));
        let (_, unknown) = oauth2_error_text("Your account is locked, call +1 555 0100");
        assert!(!t.t(unknown).contains("locked"));
        assert!(is_error_code("login_required"));
        assert!(!is_error_code("call <b>us</b>"));
        assert!(!is_error_code(""));
    }

    #[test]
    fn query_texts_are_kept_short() {
        assert_eq!(shortened("short"), "short");
        let long = "é".repeat(400);
        let cut = shortened(&long);
        assert_eq!(cut.chars().count(), 301);
        assert!(cut.ends_with('…'));
    }
}
