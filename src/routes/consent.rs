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

use super::flow::{cookie_header, origin_of, see_other, ClientView};
use super::oauth2::{self, client_view};
use crate::claims;
use crate::consent::{self, ScopeView};
use crate::error::AppError;
use crate::ids::ConsentChallenge;
use crate::security::{CspNonce, FormActionSources};
use crate::signin;
use crate::startup::AppState;
use crate::views::{self, Layout};

#[derive(Debug, Deserialize)]
pub struct ConsentQuery {
    consent_challenge: Option<String>,
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
    nonce: CspNonce,
    query: web::Query<ConsentQuery>,
) -> Result<HttpResponse, AppError> {
    let challenge = parse_challenge(query.consent_challenge.as_deref())?;
    let request = match pending(&state, &challenge).await? {
        Ok(request) => request,
        Err(redirect) => return Ok(redirect),
    };
    let subject = subject_of(&request)?;
    if let Some(restart) = unconfirmed(&state, &req, &request, subject).await? {
        return Ok(restart);
    }
    let identity = identity_of(&state, subject).await?;
    if let Some(reason) = consent::auto_consent(&request, &state.config.trusted_client_ids) {
        let scopes = consent::requested_scopes(&request);
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

    let client = request
        .client
        .as_deref()
        .map(client_view)
        .unwrap_or_else(unnamed_client);
    let (csrf_token, cookie) = state.csrf.issue(&req, challenge.as_str());
    let mut response = views::render(&ConsentPage {
        layout: Layout::new(&nonce),
        challenge: challenge.to_string(),
        csrf_token,
        policy_uri: safe_link(
            request
                .client
                .as_deref()
                .and_then(|c| c.policy_uri.as_deref()),
        ),
        tos_uri: safe_link(request.client.as_deref().and_then(|c| c.tos_uri.as_deref())),
        client,
        scopes: consent::requested_scopes(&request)
            .iter()
            .map(|scope| consent::describe(scope))
            .collect(),
        audiences: request
            .requested_access_token_audience
            .clone()
            .unwrap_or_default(),
        signed_in_as: display_name(&identity, subject),
    });
    if let Some(cookie) = cookie {
        response
            .add_cookie(&cookie)
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    response
        .extensions_mut()
        .insert(FormActionSources(redirect_origins(&request)));
    Ok(response)
}

/// Consent is only ever given for the identity the browser is signed in as at Kratos. When
/// Hydra's subject is not that identity (the person signed out, or someone else signed in, since
/// the login was accepted), the authorization starts again from the top, where the sign-in rule
/// decides who is at the browser: nothing is granted for the request's subject.
async fn unconfirmed(
    state: &AppState,
    req: &HttpRequest,
    request: &OAuth2ConsentRequest,
    subject: &str,
) -> Result<Option<HttpResponse>, AppError> {
    let session = state.kratos.whoami(cookie_header(req)).await?;
    if signin::confirms(&session, subject) {
        return Ok(None);
    }
    let request_url = request
        .request_url
        .as_deref()
        .filter(|url| origin_of(url).is_some())
        .ok_or_else(|| {
            AppError::Internal("Hydra's consent request has no request_url".to_owned())
        })?;
    tracing::info!("consent asked for an identity the browser is not signed in as; starting over");
    Ok(Some(see_other(request_url)))
}

/// The submitted consent form. Repeated `grant_scope` fields are read by hand: one per scope.
struct ConsentForm {
    challenge: Option<String>,
    csrf_token: String,
    decision: String,
    scopes: Vec<String>,
    remember: bool,
}

impl ConsentForm {
    fn parse(body: &[u8]) -> Self {
        let mut form = ConsentForm {
            challenge: None,
            csrf_token: String::new(),
            decision: String::new(),
            scopes: Vec::new(),
            remember: false,
        };
        for (key, value) in url::form_urlencoded::parse(body) {
            match key.as_ref() {
                "consent_challenge" => form.challenge = Some(value.into_owned()),
                "csrf_token" => form.csrf_token = value.into_owned(),
                "decision" => form.decision = value.into_owned(),
                "grant_scope" => form.scopes.push(value.into_owned()),
                "remember" => form.remember = value == "true",
                _ => {}
            }
        }
        form
    }
}

#[post("/consent")]
pub async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let form = ConsentForm::parse(&body);
    let challenge = parse_challenge(form.challenge.as_deref())?;
    // Checked before Hydra hears anything, so a forged form leaves the request untouched.
    state
        .csrf
        .verify(&req, challenge.as_str(), &form.csrf_token)
        .map_err(|e| AppError::Forbidden(e.to_string()))?;
    let request = match pending(&state, &challenge).await? {
        Ok(request) => request,
        Err(redirect) => return Ok(redirect),
    };
    match form.decision.as_str() {
        "allow" => {
            let subject = subject_of(&request)?;
            if let Some(restart) = unconfirmed(&state, &req, &request, subject).await? {
                return Ok(restart);
            }
            let identity = identity_of(&state, subject).await?;
            let granted =
                consent::granted_scopes(&consent::requested_scopes(&request), &form.scopes);
            accept(
                &state,
                &challenge,
                &request,
                &identity,
                granted,
                form.remember,
            )
            .await
        }
        "deny" => {
            let mut reject = RejectOAuth2Request::new();
            reject.error = Some("access_denied".to_owned());
            reject.error_description = Some("The resource owner denied the request".to_owned());
            reject.status_code = Some(403);
            let redirect = state.hydra.reject_consent(&challenge, &reject).await?;
            follow(redirect)
        }
        other => Err(AppError::BadRequest(format!("unknown decision `{other}`"))),
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

fn parse_challenge(raw: Option<&str>) -> Result<ConsentChallenge, AppError> {
    let raw =
        raw.ok_or_else(|| AppError::BadRequest("`consent_challenge` is missing".to_owned()))?;
    ConsentChallenge::parse(raw).map_err(|e| AppError::BadRequest(e.to_string()))
}

async fn pending(
    state: &AppState,
    challenge: &ConsentChallenge,
) -> Result<Result<Box<OAuth2ConsentRequest>, HttpResponse>, AppError> {
    oauth2::pending(state.hydra.consent_request(challenge).await?, "consent")
}

fn subject_of(request: &OAuth2ConsentRequest) -> Result<&str, AppError> {
    request
        .subject
        .as_deref()
        .filter(|s| !s.is_empty())
        .ok_or_else(|| AppError::Internal("Hydra's consent request has no subject".to_owned()))
}

/// The identity behind the subject, from Kratos's admin API.
async fn identity_of(state: &AppState, subject: &str) -> Result<Value, AppError> {
    state
        .kratos
        .identity(subject, &[])
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no identity {subject} in Kratos")))
}

fn display_name(identity: &Value, subject: &str) -> String {
    identity
        .pointer("/traits/email")
        .and_then(Value::as_str)
        .unwrap_or(subject)
        .to_owned()
}

fn unnamed_client() -> ClientView {
    ClientView {
        name: "an application".to_owned(),
        logo_uri: String::new(),
    }
}

fn safe_link(uri: Option<&str>) -> String {
    uri.filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .unwrap_or_default()
        .to_owned()
}

/// After the form: Hydra, then the client's redirect URI.
fn redirect_origins(request: &OAuth2ConsentRequest) -> Vec<String> {
    let mut origins: Vec<String> = request
        .request_url
        .as_deref()
        .and_then(origin_of)
        .into_iter()
        .collect();
    if let Some(client) = request.client.as_deref() {
        origins.extend(
            client
                .redirect_uris
                .iter()
                .flatten()
                .filter_map(|u| origin_of(u)),
        );
    }
    origins.sort();
    origins.dedup();
    origins
}
