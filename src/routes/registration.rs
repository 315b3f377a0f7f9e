//! `/registration`: sign-up, reached from the login page's link (carrying the OAuth2 challenge),
//! from Hydra's `prompt=registration`, and from Kratos with a registration `flow`.

use actix_web::{get, web, HttpRequest, HttpResponse};
use serde::Deserialize;

use super::flow::{self, PageLink, PageText};
use super::login::carry_params;
use super::oauth2::{pending_login_request, signin_flow, signin_return_to, SigninFlow};
use crate::error::AppError;
use crate::ids::LoginChallenge;
use crate::ory::kratos::FlowKind;
use crate::security::CspNonce;
use crate::startup::AppState;
use crate::ui::{Forms, Purpose};

#[derive(Debug, Deserialize)]
pub struct RegistrationQuery {
    flow: Option<String>,
    login_challenge: Option<String>,
    return_to: Option<String>,
}

#[get("/registration")]
pub async fn registration(
    state: web::Data<AppState>,
    req: HttpRequest,
    nonce: CspNonce,
    query: web::Query<RegistrationQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    if let Some(flow_id) = &query.flow {
        return show_flow(
            &state,
            &req,
            &nonce,
            flow_id,
            query.login_challenge.as_deref(),
        )
        .await;
    }
    let return_to = match &query.login_challenge {
        Some(raw) => {
            let challenge =
                LoginChallenge::parse(raw).map_err(|e| AppError::BadRequest(e.to_string()))?;
            // Refuse challenges Hydra does not know before sending anyone through sign-up.
            if let Err(response) = pending_login_request(&state, &challenge).await? {
                return Ok(response);
            }
            Some(signin_return_to(&state, &challenge))
        }
        None => query.return_to,
    };
    Ok(flow::start_at_kratos(
        &state,
        FlowKind::Registration,
        return_to.as_deref(),
    ))
}

async fn show_flow(
    state: &AppState,
    req: &HttpRequest,
    nonce: &CspNonce,
    flow_id: &str,
    query_challenge: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let SigninFlow {
        flow,
        challenge,
        context,
    } = match signin_flow(state, req, FlowKind::Registration, flow_id, query_challenge).await? {
        Ok(found) => found,
        Err(restart) => return Ok(restart),
    };
    let page = PageText {
        client: context.client,
        client_intro: "to continue to".to_owned(),
        links: vec![PageLink {
            prefix: "Already have an account?".to_owned(),
            text: "Sign in".to_owned(),
            href: flow::local_link(
                "/login",
                &carry_params(challenge.as_ref(), flow.return_to.as_deref()),
            ),
        }],
        ..PageText::titled("Create an account")
    };
    Ok(flow::render(
        nonce,
        &flow,
        Purpose::SignUp,
        Forms::Single,
        page,
        context.form_action,
    ))
}
