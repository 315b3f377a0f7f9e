//! `/callback?login_challenge=`: where Kratos returns the browser after signing in. The subject
//! given to Hydra is the identity of the browser's Kratos session, never a request parameter.
//!
//! `/callback?next=<page>`: where a sign-in started on a signed-out account page returns, on its
//! way back to that page (Kratos returns only to `/callback`).

use actix_web::{get, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use time::OffsetDateTime;

use crate::domain::ids::LoginChallenge;
use crate::domain::signin::{self, CallbackStep, Reauthentication};
use crate::ory::hydra::login_facts;
use crate::pages::account::AccountPage;
use crate::pages::links::local_link;
use crate::pages::oauth2::{decide_language, pending_login};
use crate::pages::signin::{
    accept_session, forget_remembered_login, send_to_kratos_login, session_of,
    verified_reauth_marker,
};
use crate::state::AppState;
use crate::web::error::{see_other, AppError};

#[derive(Debug, Deserialize)]
pub struct CallbackQuery {
    login_challenge: Option<LoginChallenge>,
    reauth: Option<String>,
    next: Option<AccountPage>,
}

#[get("/callback")]
pub async fn callback(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<CallbackQuery>,
) -> Result<HttpResponse, AppError> {
    let Some(challenge) = query.login_challenge.as_ref() else {
        // The page itself asks for a sign-in again if this one did not complete.
        return match query.next {
            Some(page) => Ok(see_other(&page.path())),
            None => Err(AppError::BadRequest(
                "`login_challenge` is missing".to_owned(),
            )),
        };
    };
    let request = pending_login(&state, challenge).await?;
    let session = session_of(&state, &req).await;
    // Whatever follows, an error page included, speaks the sign-in's language.
    decide_language(&req, request.oidc_context.as_deref(), session.as_ref().ok());
    let session = session?;
    let now = OffsetDateTime::now_utc();
    let asked_at = verified_reauth_marker(
        &state.reauth_signer,
        challenge,
        query.reauth.as_deref(),
        state.csrf.binding_of(&req).as_deref(),
        now,
    );
    match signin::callback_step(&login_facts(&request), session, asked_at, now) {
        CallbackStep::Forget => {
            forget_remembered_login(&state, &request.subject, &request.request_url).await
        }
        CallbackStep::AcceptSession(session) => accept_session(&state, challenge, &session).await,
        CallbackStep::StartOver => Ok(see_other(&local_link(
            "/login",
            &[(LoginChallenge::PARAMETER, challenge.to_string())],
        ))),
        CallbackStep::SecondFactor => {
            send_to_kratos_login(
                &state,
                &req,
                challenge,
                Reauthentication {
                    refresh: false,
                    second_factor: true,
                },
                now,
            )
            .await
        }
    }
}

#[cfg(test)]
mod tests {
    use actix_web::web::Query;

    use super::*;

    #[test]
    fn next_names_only_an_account_page() {
        let query = Query::<CallbackQuery>::from_query("next=settings").unwrap();
        assert_eq!(query.next, Some(AccountPage::Settings));
        assert_eq!(AccountPage::Apps.path(), "/apps");
        for elsewhere in [
            "next=//evil.example",
            "next=https%3A%2F%2Fevil.example",
            "next=/settings",
            "next=consent",
        ] {
            assert!(
                Query::<CallbackQuery>::from_query(elsewhere).is_err(),
                "{elsewhere}"
            );
        }
    }
}
