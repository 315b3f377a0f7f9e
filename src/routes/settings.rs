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
use crate::web::error::{see_other, AppError};

#[get("/settings")]
pub async fn settings(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<FlowQuery>,
) -> Result<HttpResponse, AppError> {
    let FlowQuery { flow, return_to } = query.into_inner();
    let Some(flow_id) = flow else {
        let session = session_of(&state, &req).await?;
        // Signing in happens at Kratos: a Kratos that is down gets the 503 page here.
        let second_factor = match session {
            SessionState::Active(_) => {
                return flow::start(&state, FlowKind::Settings, return_to.as_deref()).await
            }
            SessionState::Missing => false,
            SessionState::NeedsSecondFactor => true,
        };
        state.kratos.ensure_reachable().await?;
        let sign_in = sign_in_for(&state, AccountPage::Settings, second_factor)?;
        return Ok(see_other(&sign_in));
    };
    // The flow carries the signed-in identity, whose `traits.locale` the page speaks.
    let found = flow::load(&state, &req, FlowKind::Settings, &flow_id, return_to).await?;
    let t = &found.context.t;
    let page = PageText {
        links: vec![PageLink {
            prefix: String::new(),
            text: t.t("back-to-account"),
            href: "/".to_owned(),
        }],
        show_group_titles: true,
        ..PageText::titled(&t.t("settings-title"))
    };
    Ok(found.render(Purpose::SignUp, Forms::PerGroup, page))
}
