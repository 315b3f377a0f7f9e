//! `/`: the account overview of whoever is signed in (their addresses, how the account is
//! protected, links to settings, connected apps, sessions and sign-out); or a way to sign in.

use actix_web::{get, web, HttpRequest, HttpResponse};
use askama::Template;

use crate::domain::account::SecuritySummary;
use crate::ory::kratos::types::VerifiableAddress;
use crate::ory::kratos::SessionState;
use crate::pages::account::{visitor, Visitor};
use crate::pages::links::with_cookie;
use crate::state::AppState;
use crate::web::csrf::SIGN_OUT_SCOPE;
use crate::web::error::AppError;
use crate::web::views::{self, Layout};

/// The signed-in person's account as the overview shows it.
struct Overview {
    /// Email, else identity id.
    signed_in_as: String,
    addresses: Vec<VerifiableAddress>,
    security: SecuritySummary,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    layout: Layout,
    /// `None` when nobody is signed in.
    account: Option<Overview>,
    needs_second_factor: bool,
    /// The sign-out form's CSRF token.
    csrf_token: String,
}

#[get("/")]
pub async fn home(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, AppError> {
    // A signed-in person's overview speaks their `traits.locale`.
    let Visitor { session, context } = visitor(&state, &req).await?;
    let (account, needs_second_factor) = match &session {
        SessionState::Active(session) => {
            let identity = &session.identity;
            let admin_view = state
                .kratos
                .identity(&identity.id, &["webauthn", "passkey", "lookup_secret"])
                .await?;
            let overview = Overview {
                signed_in_as: identity.email().unwrap_or(&identity.id).to_owned(),
                addresses: identity.verifiable_addresses(),
                security: admin_view
                    .as_ref()
                    .map(SecuritySummary::of)
                    .unwrap_or_default(),
            };
            (Some(overview), false)
        }
        SessionState::NeedsSecondFactor => (None, true),
        SessionState::Missing => (None, false),
    };
    let (csrf_token, cookie) = state.csrf.issue(&req, SIGN_OUT_SCOPE);
    let page = views::render(&HomePage {
        layout: context.layout(),
        account,
        needs_second_factor,
        csrf_token,
    });
    with_cookie(page, cookie)
}
