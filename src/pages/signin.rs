//! The steps of an OAuth2 sign-in that several pages take: sending the browser to Kratos to sign
//! in (with a signed marker when it must authenticate again), accepting Hydra's login request,
//! forgetting a login Hydra remembers but Kratos does not confirm, the query that carries a
//! sign-in from page to page, and the phone number the sign-in page fills in.

use std::time::Duration;

use actix_web::cookie::{time::Duration as CookieDuration, Cookie};
use actix_web::{HttpRequest, HttpResponse};
use time::OffsetDateTime;

use crate::domain::ids::LoginChallenge;
use crate::domain::signin::{self, LoginAcceptance, Reauthentication};
use crate::ory::kratos::FlowKind;
use crate::pages::links::{cookie_header, origin_of, with_cookie};
use crate::state::AppState;
use crate::web::error::{see_other, AppError};
use crate::web::signing::Signer;

/// How long a re-authentication marker is good for: a Kratos sign-in takes minutes, not hours.
pub const REAUTH_MARKER_LIFETIME: Duration = Duration::from_secs(15 * 60);

/// A signed record that `/login` sent this browser (`binding`) to Kratos to authenticate again
/// for `challenge` at `at`.
pub fn reauth_marker(
    signer: &Signer,
    challenge: &LoginChallenge,
    binding: &str,
    at: OffsetDateTime,
) -> String {
    signer.sign_bound(&[challenge.as_str()], binding, at)
}

/// The moment recorded by [`reauth_marker`], if the marker is genuine for this challenge and
/// this browser, and not expired.
pub fn verified_reauth_marker(
    signer: &Signer,
    challenge: &LoginChallenge,
    marker: Option<&str>,
    binding: Option<&str>,
    now: OffsetDateTime,
) -> Option<OffsetDateTime> {
    signer.verify_bound(
        marker?,
        &[challenge.as_str()],
        binding?,
        REAUTH_MARKER_LIFETIME,
        now,
    )
}

/// Where Kratos returns the browser to continue the OAuth2 sign-in of `challenge`.
pub fn signin_return_to(state: &AppState, challenge: &LoginChallenge) -> String {
    signin::callback_url(&state.config.base_url, challenge, None).to_string()
}

/// Sends the browser to Kratos's login, returning to `/callback` with the challenge and, for a
/// re-authentication, a marker bound to this browser; a Kratos that is down gives the 503 page
/// instead.
pub async fn send_to_kratos_login(
    state: &AppState,
    req: &HttpRequest,
    challenge: &LoginChallenge,
    reauth: Reauthentication,
    now: OffsetDateTime,
) -> Result<HttpResponse, AppError> {
    state.kratos.ensure_reachable().await?;
    let (marker, cookie) = if reauth.needed() {
        let (binding, cookie) = state.csrf.browser_binding(req);
        let marker = reauth_marker(&state.reauth_signer, challenge, &binding, now);
        (Some(marker), cookie)
    } else {
        (None, None)
    };
    let return_to = signin::callback_url(&state.config.base_url, challenge, marker.as_deref());
    let mut params = vec![("return_to", return_to.as_str())];
    if reauth.refresh {
        params.push(("refresh", "true"));
    }
    if let Some(aal) = reauth.aal() {
        params.push(("aal", aal.as_str()));
    }
    let kratos = state.kratos.browser_flow_url(FlowKind::Login, &params);
    with_cookie(see_other(kratos.as_str()), cookie)
}

/// Accepts Hydra's login request and follows Hydra to its next step.
pub async fn accept_login(
    state: &AppState,
    challenge: &LoginChallenge,
    acceptance: &LoginAcceptance,
) -> Result<HttpResponse, AppError> {
    match state.hydra.accept_login(challenge, acceptance).await? {
        Some(redirect_to) => {
            tracing::info!(subject = %acceptance.subject, "login accepted");
            Ok(see_other(&redirect_to))
        }
        None => Err(AppError::NotFound(
            "login challenge unknown to Hydra".to_owned(),
        )),
    }
}

/// Accepts Hydra's login request for a Kratos session, with the remembering configured.
pub async fn accept_session(
    state: &AppState,
    challenge: &LoginChallenge,
    session: &crate::ory::kratos::Session,
) -> Result<HttpResponse, AppError> {
    let acceptance = signin::accept_with_session(
        session,
        state.config.remember_login,
        state.config.remember_login_for.as_secs() as i64,
    );
    accept_login(state, challenge, &acceptance).await
}

/// Hydra remembers `subject` at this browser but Kratos does not confirm it (see
/// [`signin::LoginStep::Forget`]): Hydra's login sessions for that subject end, and the browser
/// goes back to the authorization request, which Hydra now answers with a fresh login request
/// that a Kratos session or a sign-in decides.
pub async fn forget_remembered_login(
    state: &AppState,
    subject: &str,
    request_url: &str,
) -> Result<HttpResponse, AppError> {
    if origin_of(request_url).is_none() {
        return Err(AppError::Internal(
            "Hydra's request has no usable request_url".to_owned(),
        ));
    }
    if !subject.is_empty() {
        state.hydra.revoke_login_sessions(subject).await?;
    }
    tracing::info!("Hydra remembered a login that Kratos does not confirm; it was ended");
    Ok(see_other(request_url))
}

/// The query that carries an OAuth2 sign-in (or a plain `return_to`) to another of our pages.
pub fn carry_params(
    challenge: Option<&LoginChallenge>,
    return_to: Option<&str>,
) -> Vec<(&'static str, String)> {
    match (challenge, return_to) {
        (Some(challenge), _) => vec![(LoginChallenge::PARAMETER, challenge.to_string())],
        (None, Some(return_to)) => vec![("return_to", return_to.to_owned())],
        (None, None) => Vec::new(),
    }
}

/// The `return_to` a flow started from a sign-in page ends at: the OAuth2 sign-in's `/callback`,
/// or the plain `return_to`.
pub fn continue_to(
    state: &AppState,
    challenge: Option<&LoginChallenge>,
    return_to: Option<&str>,
) -> Option<String> {
    match challenge {
        Some(challenge) => Some(signin_return_to(state, challenge)),
        None => return_to.map(str::to_owned),
    }
}

/// The whoami of the browser, with Kratos's cookies only.
pub async fn session_of(
    state: &AppState,
    req: &HttpRequest,
) -> Result<crate::ory::kratos::SessionState, AppError> {
    Ok(state.kratos.whoami(cookie_header(req)).await?)
}

/// The cookie that carries the number typed on `/phone` to the sign-in page, so it is filled in
/// (`__Host-` before it over https).
pub const HINT_COOKIE: &str = "vestibule_login_hint";
/// How long the number is filled in.
const HINT_LIFETIME: Duration = Duration::from_secs(10 * 60);

/// The number from the hint cookie, if vestibule set it for this browser in the last minutes.
pub fn login_hint(state: &AppState, req: &HttpRequest) -> Option<String> {
    let value = state.cookies.value(req, HINT_COOKIE)?;
    let (number, token) = value.split_once('.')?;
    let binding = state.csrf.binding_of(req)?;
    state
        .login_hint_signer
        .verify_bound(
            token,
            &[number],
            &binding,
            HINT_LIFETIME,
            OffsetDateTime::now_utc(),
        )
        .map(|_| number.to_owned())
}

/// The hint cookie for `number`, bound to the browser's `binding`:
/// `<number>.<issued at>.<signature>`.
pub fn hint_cookie(state: &AppState, number: &str, binding: &str) -> Cookie<'static> {
    let token = state
        .login_hint_signer
        .sign_bound(&[number], binding, OffsetDateTime::now_utc());
    state
        .cookies
        .build(HINT_COOKIE, format!("{number}.{token}"))
        .max_age(CookieDuration::seconds(HINT_LIFETIME.as_secs() as i64))
        .finish()
}

#[cfg(test)]
mod tests {
    use time::Duration;
    use url::Url;

    use super::*;
    use crate::domain::signin::{callback_url, REAUTH_PARAMETER};

    #[test]
    fn reauth_markers_are_bound_to_the_challenge_the_browser_and_a_lifetime() {
        let base = Url::parse("http://localhost:4455/").unwrap();
        let signer = Signer::new("0123456789abcdef0123456789abcdef", "reauth");
        let challenge = LoginChallenge::parse("abc").unwrap();
        let at = OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap();
        let marker = reauth_marker(&signer, &challenge, "browser-1", at);
        let url = callback_url(&base, &challenge, Some(&marker));
        let param = |name: &str| {
            url.query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
        };
        assert_eq!(param("login_challenge").as_deref(), Some("abc"));
        let carried = param(REAUTH_PARAMETER);
        let soon = at + Duration::seconds(120);
        let verify = |challenge: &LoginChallenge, browser: Option<&str>, now| {
            verified_reauth_marker(&signer, challenge, carried.as_deref(), browser, now)
        };
        assert_eq!(verify(&challenge, Some("browser-1"), soon), Some(at));
        let other = LoginChallenge::parse("abd").unwrap();
        assert_eq!(verify(&other, Some("browser-1"), soon), None);
        assert_eq!(verify(&challenge, Some("browser-2"), soon), None);
        assert_eq!(verify(&challenge, None, soon), None);
        let expired = at + Duration::seconds(REAUTH_MARKER_LIFETIME.as_secs() as i64 + 1);
        assert_eq!(verify(&challenge, Some("browser-1"), expired), None);
        assert_eq!(
            callback_url(&base, &challenge, None).as_str(),
            "http://localhost:4455/callback?login_challenge=abc"
        );
    }
}
