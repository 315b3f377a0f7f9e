//! `/settings`: profile, password, authenticator app, recovery codes, security keys, passkeys
//! and linked accounts, each saved on its own. Needs a session: without one, sign in first and
//! come back.

use actix_web::{get, web, HttpRequest, HttpResponse};

use crate::ory::kratos::{FlowKind, SessionState};
use crate::pages::flow::{self, FlowQuery, PageLink, PageText};
use crate::pages::links::local_link;
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
        let here = state
            .config
            .base_url
            .join("settings")
            .map_err(|e| AppError::Internal(e.to_string()))?;
        // Signing in happens at Kratos: a Kratos that is down gets the 503 page here.
        let sign_in = |extra: &[(&str, String)]| {
            let mut params = vec![("return_to", here.to_string())];
            params.extend(extra.iter().cloned());
            AppError::Redirect(local_link("/login", &params))
        };
        let session = session_of(&state, &req).await?;
        if !matches!(session, SessionState::Active(_)) {
            state.kratos.ensure_reachable().await?;
        }
        match session {
            SessionState::Missing => return Err(sign_in(&[])),
            SessionState::NeedsSecondFactor => return Err(sign_in(&[("aal", "aal2".to_owned())])),
            SessionState::Active(_) => {}
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
