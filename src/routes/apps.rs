//! `/apps`: the apps the signed-in person has let into their account (Hydra's consent sessions for
//! their subject), and removing one's access, which revokes the consent and its tokens at Hydra.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::domain::account::{format_moment, parse_moment, remembered, Remembered};
use crate::domain::consent::{self, ScopeView};
use crate::i18n::Translator;
use crate::ory::hydra::ConsentSession;
use crate::pages::account::{signed_in, AccountPage, SignedIn};
use crate::pages::links::with_cookie;
use crate::pages::oauth2::{client_view, ClientView};
use crate::state::AppState;
use crate::web::csrf::REMOVE_APP_SCOPE;
use crate::web::error::{see_other, AppError};
use crate::web::views::{self, Layout};

/// One connected app as the page shows it.
struct AppView {
    client_id: String,
    client: ClientView,
    scopes: Vec<ScopeView>,
    granted_at: String,
    /// Until when the decision is remembered, in words.
    remembered: String,
}

#[derive(Template)]
#[template(path = "apps.html")]
struct AppsPage {
    layout: Layout,
    apps: Vec<AppView>,
    csrf_token: String,
}

#[get("/apps")]
pub async fn show(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, AppError> {
    let SignedIn { session, context } = signed_in(&state, &req, AccountPage::Apps).await?;
    let consents = state.hydra.consent_sessions(&session.identity.id).await?;
    let mut apps: Vec<AppView> = consents
        .iter()
        .filter_map(|consent| app_view(consent, &context.t))
        .collect();
    // Hydra lists a consent per authorization; the page shows each app once, newest first.
    apps.sort_by(|a, b| b.granted_at.cmp(&a.granted_at));
    let mut seen = std::collections::HashSet::new();
    apps.retain(|app| seen.insert(app.client_id.clone()));
    let (csrf_token, cookie) = state.csrf.issue(&req, REMOVE_APP_SCOPE);
    let page = views::render(&AppsPage {
        layout: context.layout(),
        apps,
        csrf_token,
    });
    with_cookie(page, cookie)
}

fn app_view(consent: &ConsentSession, t: &Translator) -> Option<AppView> {
    let client = consent.client()?;
    let granted_at = consent.handled_at.as_deref().and_then(parse_moment);
    let remembered = match remembered(
        consent.remember.unwrap_or(false),
        consent.remember_for,
        granted_at,
    ) {
        Remembered::No => t.t("apps-remembered-no"),
        Remembered::UntilRevoked => t.t("apps-remembered-until-revoked"),
        Remembered::Until(until) => t.t1("apps-remembered-until", "date", format_moment(until)),
    };
    Some(AppView {
        client_id: consent.client_id()?.to_owned(),
        client: client_view(client),
        scopes: consent
            .grant_scope
            .iter()
            .flatten()
            .map(|scope| consent::describe(scope))
            .collect(),
        granted_at: granted_at.map(format_moment).unwrap_or_default(),
        remembered,
    })
}

#[derive(Debug, Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    csrf_token: String,
    client_id: String,
}

/// Removes one app's access. The subject is the browser's session's identity; the client must be
/// one that identity has consented to, so a forged id removes nothing (404).
#[post("/apps/remove")]
pub async fn remove(
    state: web::Data<AppState>,
    req: HttpRequest,
    form: web::Form<RemoveForm>,
) -> Result<HttpResponse, AppError> {
    state
        .csrf
        .verify(&req, REMOVE_APP_SCOPE, &form.csrf_token)?;
    let SignedIn { session, .. } = signed_in(&state, &req, AccountPage::Apps).await?;
    let subject = &session.identity.id;
    let consents = state.hydra.consent_sessions(subject).await?;
    if !consents
        .iter()
        .any(|consent| consent.client_id() == Some(form.client_id.as_str()))
    {
        return Err(AppError::NotFound(
            "no consent of this person to that app".to_owned(),
        ));
    }
    state.hydra.revoke_consent(subject, &form.client_id).await?;
    tracing::info!("an app's access was removed");
    Ok(see_other("/apps"))
}
