//! `/callback?login_challenge=`: where Kratos returns the browser after signing in. The subject
//! given to Hydra is the identity of the browser's Kratos session, never a request parameter.

use actix_web::{get, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use time::OffsetDateTime;

use super::flow::{cookie_header, local_link, see_other};
use super::login::{accept, send_to_kratos_login};
use super::oauth2::{forget_remembered_login, pending_login_request};
use crate::error::AppError;
use crate::ids::LoginChallenge;
use crate::signin::{self, CallbackStep, Reauthentication};
use crate::startup::AppState;

#[derive(Debug, Deserialize)]
pub struct CallbackQuery {
    login_challenge: Option<String>,
    reauth: Option<String>,
}

#[get("/callback")]
pub async fn callback(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<CallbackQuery>,
) -> Result<HttpResponse, AppError> {
    let raw = query
        .login_challenge
        .as_deref()
        .ok_or_else(|| AppError::BadRequest("`login_challenge` is missing".to_owned()))?;
    let challenge = LoginChallenge::parse(raw).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let request = match pending_login_request(&state, &challenge).await? {
        Ok(request) => request,
        Err(redirect) => return Ok(redirect),
    };
    let session = state.kratos.whoami(cookie_header(&req)).await?;
    let now = OffsetDateTime::now_utc();
    let asked_at = signin::verified_reauth_marker(
        &state.reauth_signer,
        &challenge,
        query.reauth.as_deref(),
        state.csrf.binding_of(&req).as_deref(),
        now,
    );
    match signin::callback_step(&request, session, asked_at, now) {
        CallbackStep::Forget => {
            forget_remembered_login(&state, &request.subject, &request.request_url).await
        }
        CallbackStep::AcceptSession(session) => {
            let body = signin::accept_with_session(
                &session,
                state.config.remember_login,
                state.config.remember_login_for.as_secs() as i64,
            );
            accept(&state, &challenge, &body).await
        }
        CallbackStep::StartOver => Ok(see_other(&local_link(
            "/login",
            &[(LoginChallenge::PARAMETER, challenge.to_string())],
        ))),
        CallbackStep::SecondFactor => send_to_kratos_login(
            &state,
            &req,
            &challenge,
            Reauthentication {
                refresh: false,
                second_factor: true,
            },
            now,
        ),
    }
}
