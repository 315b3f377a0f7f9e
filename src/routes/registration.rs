//! `/registration`: sign-up, reached from the login page's link (carrying the OAuth2 challenge),
//! from Hydra's `prompt=registration`, and from Kratos with a registration `flow`.

use actix_web::{get, web, HttpRequest, HttpResponse};
use serde::Deserialize;

use crate::domain::ids::{FlowId, LoginChallenge};
use crate::ory::kratos::FlowKind;
use crate::pages::flow::{self, PageLink, PageText};
use crate::pages::links::local_link;
use crate::pages::oauth2::{decide_language, pending_login};
use crate::pages::signin::{carry_params, continue_to, signin_return_to};
use crate::state::AppState;
use crate::ui::{Forms, Purpose};
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
    query: web::Query<RegistrationQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let challenge = query.login_challenge.as_ref();
    let Some(flow_id) = &query.flow else {
        return start(&state, &req, challenge, query.return_to.as_deref()).await;
    };
    let fallback = challenge.map(|challenge| signin_return_to(&state, challenge));
    let found = flow::load(&state, &req, FlowKind::Registration, flow_id, fallback).await?;
    let t = &found.context.t;
    let sign_in = carry_params(found.challenge.as_ref(), found.flow.return_to.as_deref());
    let page = PageText {
        links: vec![PageLink {
            prefix: t.t("registration-have-account"),
            text: t.t("sign-in"),
            href: local_link("/login", &sign_in),
        }],
        ..PageText::titled(&t.t("registration-title"))
    };
    Ok(found.render(Purpose::SignUp, Forms::Single, page))
}

/// Sends the browser to Kratos to start signing up, returning to the OAuth2 sign-in (refused
/// first when Hydra does not know it) or to `return_to`.
async fn start(
    state: &AppState,
    req: &HttpRequest,
    challenge: Option<&LoginChallenge>,
    return_to: Option<&str>,
) -> Result<HttpResponse, AppError> {
    if let Some(challenge) = challenge {
        let request = pending_login(state, challenge).await?;
        decide_language(req, request.oidc_context.as_deref(), None);
    }
    let return_to = continue_to(state, challenge, return_to);
    flow::start(state, FlowKind::Registration, return_to.as_deref()).await
}
