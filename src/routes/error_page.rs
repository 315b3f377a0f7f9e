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
        let text = kratos_error_text(detail.id.as_deref(), status);
        // Kratos's reason can quote the request (a refused `return_to`, with its challenge), so
        // it stays off the page, and off the log too unless Kratos itself failed; the error's id
        // finds it in Kratos's own log.
        if status.is_server_error() {
            tracing::warn!(
                kratos_error = %id,
                kratos_error_id = detail.id.as_deref().unwrap_or_default(),
                reason = detail.reason.as_deref().unwrap_or_default(),
                status = status.as_u16(),
                "Kratos failed a flow"
            );
        } else {
            tracing::info!(
                kratos_error = %id,
                kratos_error_id = detail.id.as_deref().unwrap_or_default(),
                status = status.as_u16(),
                "Kratos refused a flow"
            );
        }
        let page = UpstreamErrorPage {
            layout: context.layout(),
            title: context.t.t(text.title),
            message: context.t.t(text.message),
            code: text.code.unwrap_or_default().to_owned(),
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

/// What the page of a Kratos error says: catalog keys, and the code it shows.
#[derive(Debug, PartialEq, Eq)]
struct KratosErrorText {
    title: &'static str,
    message: &'static str,
    /// Kratos's error id, when it is one vestibule knows.
    code: Option<&'static str>,
}

/// Kratos's error ids (its `text/message_error.go`) and what vestibule says about each. The ids
/// not here (a flow replaced, a location change, a level already met) reach this page only by
/// accident, and get the text for their status.
const KRATOS_ERRORS: &[(&str, &str, &str)] = &[
    (
        "self_service_flow_return_to_forbidden",
        "kratos-error-return-to-title",
        "kratos-error-return-to",
    ),
    (
        "self_service_flow_expired",
        "kratos-error-expired-title",
        "kratos-error-expired",
    ),
    (
        "security_csrf_violation",
        "kratos-error-csrf-title",
        "kratos-error-csrf",
    ),
    (
        "security_identity_mismatch",
        "kratos-error-identity-mismatch-title",
        "kratos-error-identity-mismatch",
    ),
    (
        "session_already_available",
        "kratos-error-signed-in-title",
        "kratos-error-signed-in",
    ),
    (
        "session_inactive",
        "kratos-error-signed-out-title",
        "kratos-error-signed-out",
    ),
    (
        "session_refresh_required",
        "kratos-error-sign-in-again-title",
        "kratos-error-sign-in-again",
    ),
    (
        "session_aal1_required",
        "kratos-error-sign-in-again-title",
        "kratos-error-sign-in-again",
    ),
    (
        "session_aal2_required",
        "kratos-error-sign-in-again-title",
        "kratos-error-sign-in-again",
    ),
    (
        "session_verified_address_required",
        "kratos-error-address-not-verified-title",
        "kratos-error-address-not-verified",
    ),
    (
        "self_service_flow_disabled",
        "kratos-error-disabled-title",
        "kratos-error-disabled",
    ),
];

/// What vestibule says about a Kratos error: its own words for an error id it knows, else a
/// general text for the status. Never Kratos's `reason` or `message`: they can quote the request.
fn kratos_error_text(id: Option<&str>, status: StatusCode) -> KratosErrorText {
    if let Some((id, title, message)) = KRATOS_ERRORS
        .iter()
        .find(|(known, _, _)| Some(*known) == id)
    {
        return KratosErrorText {
            title,
            message,
            code: Some(id),
        };
    }
    let (title, message) = match status {
        StatusCode::NOT_FOUND | StatusCode::GONE => ("error-not-found-title", "error-not-found"),
        StatusCode::FORBIDDEN => ("error-forbidden-title", "error-forbidden"),
        status if status.is_server_error() => {
            ("error-internal-title", "error-request-not-completed")
        }
        _ => ("error-bad-request-title", "error-bad-request"),
    };
    KratosErrorText {
        title,
        message,
        code: None,
    }
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
    use super::{is_error_code, kratos_error_text, oauth2_error_text, shortened, KRATOS_ERRORS};
    use actix_web::http::StatusCode;

    #[test]
    fn kratos_errors_get_vestibules_words_by_id_and_else_by_status() {
        let t = crate::i18n::Translator::default();
        let refused = kratos_error_text(
            Some("self_service_flow_return_to_forbidden"),
            StatusCode::BAD_REQUEST,
        );
        assert_eq!(refused.code, Some("self_service_flow_return_to_forbidden"));
        assert!(t.t(refused.message).contains("does not allow"));
        for (id, title, message) in KRATOS_ERRORS {
            for key in [title, message] {
                assert_ne!(t.t(key), *key, "{id}: {key} is in the catalog");
            }
        }
        let unknown = kratos_error_text(Some("<b>made up</b>"), StatusCode::BAD_REQUEST);
        assert_eq!(unknown.code, None);
        assert_eq!(unknown.message, "error-bad-request");
        assert_eq!(
            kratos_error_text(None, StatusCode::INTERNAL_SERVER_ERROR).message,
            "error-request-not-completed"
        );
        assert_eq!(
            kratos_error_text(None, StatusCode::NOT_FOUND).title,
            "error-not-found-title"
        );
    }

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
