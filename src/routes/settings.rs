//! `/settings`: profile, password, authenticator app, recovery codes, security keys, passkeys
//! and linked accounts, each saved on its own. Needs a session: without one, sign in first and
//! come back (through `/callback?next=settings`, the only way back Kratos allows).

use actix_web::{get, web, HttpRequest, HttpResponse};

use crate::ory::kratos::{FlowKind, SessionState};
use crate::pages::account::{sign_in_for, AccountPage};
use crate::pages::flow::{self, FlowQuery, PageLink, PageText};
use crate::pages::signin::session_of;
use crate::state::AppState;
use crate::ui::{Forms, Purpose};
use crate::web::context::PageContext;
use crate::web::error::AppError;

#[get("/settings")]
pub async fn settings(
    state: web::Data<AppState>,
    req: HttpRequest,
    context: PageContext,
    query: web::Query<FlowQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    if query.flow.is_none() {
        let session = session_of(&state, &req).await?;
        // Signing in happens at Kratos: a Kratos that is down gets the 503 page here.
        let second_factor = match session {
            SessionState::Active(_) => None,
            SessionState::Missing => Some(false),
            SessionState::NeedsSecondFactor => Some(true),
        };
        if let Some(second_factor) = second_factor {
            state.kratos.ensure_reachable().await?;
            return Err(AppError::Redirect(sign_in_for(
                &state,
                AccountPage::Settings,
                second_factor,
            )?));
        }
    }
    flow::start_or_show(
        &state,
        &req,
        &context,
        FlowKind::Settings,
        query,
        (Purpose::SignUp, Forms::PerGroup),
        |_, t| PageText {
            links: vec![PageLink {
                prefix: String::new(),
                text: t.t("back-to-account"),
                href: "/".to_owned(),
            }],
            show_group_titles: true,
            ..PageText::titled(&t.t("settings-title"))
        },
    )
    .await
}
