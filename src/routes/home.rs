//! `/`: who is signed in, with the way to their settings or out; or a way to sign in.

use actix_web::{get, web, HttpRequest, HttpResponse};
use askama::Template;

use crate::ory::kratos::SessionState;
use crate::pages::links::with_cookie;
use crate::pages::signin::session_of;
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::csrf::SIGN_OUT_SCOPE;
use crate::web::error::AppError;
use crate::web::views::{self, Layout};

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
    context: PageContext,
) -> Result<HttpResponse, AppError> {
    let session = session_of(&state, &req).await?;
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
    let page = views::render(&HomePage {
        layout: context.layout(),
        signed_in_as,
        needs_second_factor,
        csrf_token,
    });
    with_cookie(page, cookie)
}
