//! `/`: who is signed in, with the way to their settings or out; or a way to sign in.

use actix_web::{get, web, HttpRequest, HttpResponse};
use askama::Template;

use super::flow::cookie_header;
use crate::csrf::SIGN_OUT_SCOPE;
use crate::error::AppError;
use crate::ory::kratos::SessionState;
use crate::security::CspNonce;
use crate::startup::AppState;
use crate::views::{self, Layout};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    layout: Layout,
    /// Who is signed in (email, else identity id); `None` when nobody is.
    signed_in_as: Option<String>,
    needs_second_factor: bool,
    /// The sign-out form's CSRF token.
    csrf_token: String,
}

#[get("/")]
pub async fn home(
    state: web::Data<AppState>,
    req: HttpRequest,
    nonce: CspNonce,
) -> Result<HttpResponse, AppError> {
    let session = state.kratos.whoami(cookie_header(&req)).await?;
    let (signed_in_as, needs_second_factor) = match &session {
        SessionState::Active(session) => (
            Some(
                session
                    .identity
                    .email()
                    .unwrap_or(&session.identity.id)
                    .to_owned(),
            ),
            false,
        ),
        SessionState::NeedsSecondFactor => (None, true),
        SessionState::Missing => (None, false),
    };
    let (csrf_token, cookie) = state.csrf.issue(&req, SIGN_OUT_SCOPE);
    let mut response = views::render(&HomePage {
        layout: Layout::new(&nonce),
        signed_in_as,
        needs_second_factor,
        csrf_token,
    });
    if let Some(cookie) = cookie {
        response
            .add_cookie(&cookie)
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    Ok(response)
}
