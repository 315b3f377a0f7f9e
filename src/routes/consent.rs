//! `/consent`: Hydra asks whether the signed-in person lets the client have the scopes it
//! requested. Claims for the granted scopes come from the Kratos identity of the request's subject.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use askama::Template;
use ory_hydra_client::models::{
    AcceptOAuth2ConsentRequest, AcceptOAuth2ConsentRequestSession, OAuth2ConsentRequest,
    RejectOAuth2Request,
};
use serde::Deserialize;
use serde_json::Value;

use crate::domain::claims;
use crate::domain::consent::{self, ConsentDecision, ScopeView};
use crate::domain::ids::ConsentChallenge;
use crate::domain::signin;
use crate::i18n::Translator;
use crate::ory::hydra::{consent_facts, requested_scopes};
use crate::ory::kratos::{Session, SessionState};
use crate::pages::links::{http_url, origin_of, redirect_origins, with_cookie};
use crate::pages::oauth2::{client_view, decide_language, pending_consent, ClientView};
use crate::pages::signin::session_of;
use crate::state::AppState;
use crate::web::error::{see_other, AppError};
use crate::web::security::FormActionSources;
use crate::web::views::{self, Layout};

#[derive(Debug, Deserialize)]
pub struct ConsentQuery {
    consent_challenge: Option<ConsentChallenge>,
}

#[derive(Template)]
#[template(path = "consent.html")]
struct ConsentPage {
    layout: Layout,
    challenge: String,
    csrf_token: String,
    client: ClientView,
    policy_uri: String,
    tos_uri: String,
    scopes: Vec<ScopeView>,
    /// The APIs (audiences) the app's access token will be good for.
    audiences: Vec<String>,
    signed_in_as: String,
}

#[get("/consent")]
pub async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<ConsentQuery>,
) -> Result<HttpResponse, AppError> {
    let challenge = required(query.into_inner().consent_challenge)?;
    let (request, session) = tokio::join!(
        pending_consent(&state, &challenge),
        session_of(&state, &req)
    );
    let request = request?;
    // The sign-in's language (`ui_locales`) carries on to consent, and to any error page here.
    let context = decide_language(&req, request.oidc_context.as_deref(), session.as_ref().ok());
    let session = session?;
    let subject = subject_of(&request)?;
    let session = signed_in_as(&request, session, subject)?;
    let identity = identity_of(&state, &session).await?;
    let facts = consent_facts(&request);
    if let Some(reason) = consent::auto_consent(&facts, &state.config.trusted_client_ids) {
        let scopes = requested_scopes(&request);
        tracing::info!(?reason, "consent granted without asking");
        return accept(
            &state,
            &challenge,
            &request,
            &identity,
            scopes,
            reason.remember(),
        )
        .await;
    }

    let client = request.client.as_deref();
    let link = |uri: Option<&String>| {
        uri.and_then(|uri| http_url(uri))
            .unwrap_or_default()
            .to_owned()
    };
    let (csrf_token, cookie) = state.csrf.issue(&req, challenge.as_str());
    let mut page = views::render(&ConsentPage {
        layout: context.layout(),
        challenge: challenge.to_string(),
        csrf_token,
        policy_uri: link(client.and_then(|c| c.policy_uri.as_ref())),
        tos_uri: link(client.and_then(|c| c.tos_uri.as_ref())),
        client: client
            .map(client_view)
            .unwrap_or_else(|| unnamed_client(&context.t)),
        scopes: requested_scopes(&request)
            .iter()
            .map(|scope| consent::describe(scope))
            .collect(),
        audiences: request
            .requested_access_token_audience
            .clone()
            .unwrap_or_default(),
        signed_in_as: display_name(&identity, subject),
    });
    // After the form: Hydra, then the client's redirect URI.
    page.extensions_mut()
        .insert(FormActionSources(redirect_origins(
            request.request_url.as_deref(),
            client
                .and_then(|c| c.redirect_uris.as_ref())
                .into_iter()
                .flatten(),
        )));
    with_cookie(page, cookie)
}

/// Consent is only ever given for the identity the browser is signed in as at Kratos. When
/// Hydra's subject is not that identity (the person signed out, or someone else signed in, since
/// the login was accepted), the authorization starts again from the top (the error is that
/// redirect), where the sign-in rule decides who is at the browser: nothing is granted for the
/// request's subject.
fn signed_in_as(
    request: &OAuth2ConsentRequest,
    session: SessionState,
    subject: &str,
) -> Result<Box<Session>, AppError> {
    if let SessionState::Active(session) = session {
        if signin::confirms_session(&session, subject) {
            return Ok(session);
        }
    }
    let request_url = request
        .request_url
        .as_deref()
        .filter(|url| origin_of(url).is_some())
        .ok_or_else(|| {
            AppError::Internal("Hydra's consent request has no request_url".to_owned())
        })?;
    tracing::info!("consent asked for an identity the browser is not signed in as; starting over");
    Err(AppError::redirect(request_url))
}

/// The submitted consent form. Repeated `grant_scope` fields are read by hand: one per scope.
struct ConsentForm {
    challenge: ConsentChallenge,
    csrf_token: String,
    decision: ConsentDecision,
    scopes: Vec<String>,
    remember: bool,
}

impl TryFrom<&[u8]> for ConsentForm {
    type Error = AppError;

    fn try_from(body: &[u8]) -> Result<Self, AppError> {
        let (mut challenge, mut csrf_token, mut decision) = (None, String::new(), None);
        let (mut scopes, mut remember) = (Vec::new(), false);
        for (key, value) in url::form_urlencoded::parse(body) {
            match key.as_ref() {
                "consent_challenge" => challenge = Some(ConsentChallenge::parse(&value)?),
                "csrf_token" => csrf_token = value.into_owned(),
                "decision" => {
                    decision = Some(ConsentDecision::parse(&value).ok_or_else(|| {
                        AppError::BadRequest(format!("unknown decision `{value}`"))
                    })?)
                }
                "grant_scope" => scopes.push(value.into_owned()),
                "remember" => remember = value == "true",
                _ => {}
            }
        }
        Ok(ConsentForm {
            challenge: required(challenge)?,
            csrf_token,
            decision: decision
                .ok_or_else(|| AppError::BadRequest("`decision` is missing".to_owned()))?,
            scopes,
            remember,
        })
    }
}

#[post("/consent")]
pub async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let form = ConsentForm::try_from(body.as_ref())?;
    let challenge = &form.challenge;
    // Checked before Hydra hears anything, so a forged form leaves the request untouched.
    state
        .csrf
        .verify(&req, challenge.as_str(), &form.csrf_token)?;
    match form.decision {
        ConsentDecision::Allow => {
            let (request, session) =
                tokio::join!(pending_consent(&state, challenge), session_of(&state, &req));
            let request = request?;
            decide_language(&req, request.oidc_context.as_deref(), session.as_ref().ok());
            let session = session?;
            let subject = subject_of(&request)?;
            let session = signed_in_as(&request, session, subject)?;
            let identity = identity_of(&state, &session).await?;
            let granted = consent::granted_scopes(&requested_scopes(&request), &form.scopes);
            accept(
                &state,
                challenge,
                &request,
                &identity,
                granted,
                form.remember,
            )
            .await
        }
        ConsentDecision::Deny => {
            let request = pending_consent(&state, challenge).await?;
            decide_language(&req, request.oidc_context.as_deref(), None);
            let mut reject = RejectOAuth2Request::new();
            reject.error = Some("access_denied".to_owned());
            reject.error_description = Some("The resource owner denied the request".to_owned());
            reject.status_code = Some(403);
            let redirect = state.hydra.reject_consent(challenge, &reject).await?;
            follow(redirect)
        }
    }
}

async fn accept(
    state: &AppState,
    challenge: &ConsentChallenge,
    request: &OAuth2ConsentRequest,
    identity: &Value,
    scopes: Vec<String>,
    remember: bool,
) -> Result<HttpResponse, AppError> {
    let claims = claims::claims_for(identity, &scopes, &state.config.claims_mapping);
    let mut session = AcceptOAuth2ConsentRequestSession::new();
    session.id_token = Some(Some(Value::Object(claims.id_token)));
    session.access_token = Some(Some(Value::Object(claims.access_token)));
    let mut body = AcceptOAuth2ConsentRequest::new();
    body.grant_scope = Some(scopes);
    body.grant_access_token_audience = request.requested_access_token_audience.clone();
    body.remember = Some(remember);
    body.remember_for = Some(state.config.remember_consent_for.as_secs() as i64);
    body.session = Some(Box::new(session));
    follow(state.hydra.accept_consent(challenge, &body).await?)
}

fn follow(redirect: Option<String>) -> Result<HttpResponse, AppError> {
    redirect
        .map(|to| see_other(&to))
        .ok_or_else(|| AppError::NotFound("consent challenge unknown to Hydra".to_owned()))
}

fn required(challenge: Option<ConsentChallenge>) -> Result<ConsentChallenge, AppError> {
    challenge.ok_or_else(|| AppError::BadRequest("`consent_challenge` is missing".to_owned()))
}

fn subject_of(request: &OAuth2ConsentRequest) -> Result<&str, AppError> {
    request
        .subject
        .as_deref()
        .filter(|s| !s.is_empty())
        .ok_or_else(|| AppError::Internal("Hydra's consent request has no subject".to_owned()))
}

/// The identity claims are made of: the one in the Kratos session, unless the claims mapping
/// reads what only Kratos's admin API shows.
async fn identity_of(state: &AppState, session: &Session) -> Result<Value, AppError> {
    if !state.config.claims_mapping.needs_admin_fields() {
        return Ok(session.identity.to_json());
    }
    let id = &session.identity.id;
    state
        .kratos
        .identity(id, &[])
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no identity {id} in Kratos")))
}

fn display_name(identity: &Value, subject: &str) -> String {
    identity
        .pointer("/traits/email")
        .and_then(Value::as_str)
        .unwrap_or(subject)
        .to_owned()
}

fn unnamed_client(t: &Translator) -> ClientView {
    ClientView {
        name: t.t("client-unnamed"),
        logo_uri: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_are_explained_in_the_pages_language() {
        let t = Translator::default();
        let email = consent::describe("email");
        assert_eq!(t.t(&email.title_key().unwrap()), "Your email address");
        assert!(!t.t(&email.description_key().unwrap()).is_empty());
    }
}
