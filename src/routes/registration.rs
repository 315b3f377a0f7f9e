//! `/registration`: sign-up, reached from the login page's link (carrying the OAuth2 challenge),
//! from Hydra's `prompt=registration`, and from Kratos with a registration `flow`.

use actix_web::{get, web, HttpRequest, HttpResponse};
use serde::Deserialize;

use crate::domain::ids::{FlowId, LoginChallenge};
use crate::ory::kratos::FlowKind;
use crate::pages::flow::{self, PageLink, PageText};
use crate::pages::links::local_link;
use crate::pages::oauth2::{pending_login, signin_flow, SigninFlow};
use crate::pages::signin::{carry_params, continue_to};
use crate::state::AppState;
use crate::ui::Purpose;
use crate::web::context::PageContext;
use crate::web::error::AppError;

#[derive(Debug, Deserialize)]
pub struct RegistrationQuery {
    flow: Option<FlowId>,
    login_challenge: Option<LoginChallenge>,
    return_to: Option<String>,
}

#[get("/registration")]
pub async fn registration(
    state: web::Data<AppState>,
    req: HttpRequest,
    context: PageContext,
    query: web::Query<RegistrationQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let challenge = query.login_challenge.as_ref();
    match &query.flow {
        Some(flow) => {
            let found = signin_flow(&state, &req, FlowKind::Registration, flow, challenge).await?;
            Ok(show_flow(&context, found))
        }
        None => start(&state, challenge, query.return_to.as_deref()).await,
    }
}

/// Sends the browser to Kratos to start signing up, returning to the OAuth2 sign-in (refused
/// first when Hydra does not know it) or to `return_to`.
async fn start(
    state: &AppState,
    challenge: Option<&LoginChallenge>,
    return_to: Option<&str>,
) -> Result<HttpResponse, AppError> {
    if let Some(challenge) = challenge {
        pending_login(state, challenge).await?;
    }
    let return_to = continue_to(state, challenge, return_to);
    state.kratos.ensure_reachable().await?;
    Err(AppError::Redirect(flow::kratos_start(
        state,
        FlowKind::Registration,
        return_to.as_deref(),
    )))
}

fn show_flow(context: &PageContext, found: SigninFlow) -> HttpResponse {
    let context = &found.page_context(context);
    let t = &context.t;
    let sign_in = carry_params(found.challenge.as_ref(), found.flow.return_to.as_deref());
    let page = PageText {
        links: vec![PageLink {
            prefix: t.t("registration-have-account"),
            text: t.t("sign-in"),
            href: local_link("/login", &sign_in),
        }],
        ..PageText::titled(&t.t("registration-title"))
    };
    found.render(context, Purpose::SignUp, page)
}
