//! Ory Hydra admin API: login, consent and logout requests. Request and response bodies use the
//! `ory-hydra-client` models; the HTTP calls are ours, so that each status Hydra answers with
//! (404 unknown challenge, 410 already handled) gets its own outcome.

use ory_hydra_client::models::{
    AcceptOAuth2ConsentRequest, AcceptOAuth2LoginRequest, OAuth2Client, OAuth2ConsentRequest,
    OAuth2ConsentRequestOpenIdConnectContext, OAuth2LoginRequest, OAuth2LogoutRequest,
    OAuth2RedirectTo, RejectOAuth2Request,
};
use reqwest::StatusCode;
use serde::{Deserialize, Serialize};
use url::Url;

use super::kratos::{read_json, unexpected};
use super::{call, health_ready, Upstream, UpstreamError};
use crate::domain::consent::ConsentRequest;
use crate::domain::ids::{ConsentChallenge, LoginChallenge, LogoutChallenge};
use crate::domain::signin::{LoginAcceptance, LoginRequest};
use crate::metrics::metrics;

/// The state of a challenge at Hydra.
#[derive(Debug)]
pub enum Challenge<T> {
    Pending(Box<T>),
    /// Already accepted or rejected: Hydra says where the browser goes now.
    Handled {
        redirect_to: String,
    },
    /// Hydra does not know it, or it expired.
    Unknown,
}

#[derive(Clone)]
pub struct Hydra {
    http: reqwest::Client,
    admin_url: Url,
}

impl Hydra {
    pub fn new(http: reqwest::Client, admin_url: Url) -> Self {
        Self { http, admin_url }
    }

    pub async fn ready(&self) -> Result<(), UpstreamError> {
        health_ready(&self.http, &self.admin_url, "health/ready", Upstream::Hydra).await
    }

    pub async fn login_request(
        &self,
        challenge: &LoginChallenge,
    ) -> Result<Challenge<OAuth2LoginRequest>, UpstreamError> {
        let url = self.url(
            "admin/oauth2/auth/requests/login",
            "login_challenge",
            challenge.as_str(),
        )?;
        self.get_challenge("get_login_request", url).await
    }

    /// Accepts a login request; returns where Hydra wants the browser next, or `None` when Hydra
    /// no longer knows the challenge.
    pub async fn accept_login(
        &self,
        challenge: &LoginChallenge,
        acceptance: &LoginAcceptance,
    ) -> Result<Option<String>, UpstreamError> {
        let url = self.url(
            "admin/oauth2/auth/requests/login/accept",
            "login_challenge",
            challenge.as_str(),
        )?;
        let mut body = AcceptOAuth2LoginRequest::new(acceptance.subject.clone());
        body.identity_provider_session_id = Some(acceptance.session_id.clone());
        body.amr = Some(acceptance.amr.clone());
        body.acr = acceptance.acr.map(|aal| aal.as_str().to_owned());
        body.remember = Some(acceptance.remember);
        body.remember_for = Some(acceptance.remember_for_seconds);
        self.put_decision("accept_login", url, &body).await
    }

    pub async fn consent_request(
        &self,
        challenge: &ConsentChallenge,
    ) -> Result<Challenge<OAuth2ConsentRequest>, UpstreamError> {
        let url = self.url(
            "admin/oauth2/auth/requests/consent",
            "consent_challenge",
            challenge.as_str(),
        )?;
        self.get_challenge("get_consent_request", url).await
    }

    pub async fn accept_consent(
        &self,
        challenge: &ConsentChallenge,
        body: &AcceptOAuth2ConsentRequest,
    ) -> Result<Option<String>, UpstreamError> {
        let url = self.url(
            "admin/oauth2/auth/requests/consent/accept",
            "consent_challenge",
            challenge.as_str(),
        )?;
        self.put_decision("accept_consent", url, body).await
    }

    pub async fn reject_consent(
        &self,
        challenge: &ConsentChallenge,
        body: &RejectOAuth2Request,
    ) -> Result<Option<String>, UpstreamError> {
        let url = self.url(
            "admin/oauth2/auth/requests/consent/reject",
            "consent_challenge",
            challenge.as_str(),
        )?;
        self.put_decision("reject_consent", url, body).await
    }

    pub async fn logout_request(
        &self,
        challenge: &LogoutChallenge,
    ) -> Result<Challenge<OAuth2LogoutRequest>, UpstreamError> {
        let url = self.url(
            "admin/oauth2/auth/requests/logout",
            "logout_challenge",
            challenge.as_str(),
        )?;
        self.get_challenge("get_logout_request", url).await
    }

    pub async fn accept_logout(
        &self,
        challenge: &LogoutChallenge,
    ) -> Result<Option<String>, UpstreamError> {
        let url = self.url(
            "admin/oauth2/auth/requests/logout/accept",
            "logout_challenge",
            challenge.as_str(),
        )?;
        self.put_decision("accept_logout", url, &serde_json::json!({}))
            .await
    }

    /// Rejects a logout request: the person stays signed in. Hydra answers without a redirect.
    pub async fn reject_logout(&self, challenge: &LogoutChallenge) -> Result<(), UpstreamError> {
        let url = self.url(
            "admin/oauth2/auth/requests/logout/reject",
            "logout_challenge",
            challenge.as_str(),
        )?;
        send_expecting_no_answer(
            "reject_logout",
            self.http.put(url).json(&serde_json::json!({})),
        )
        .await
    }

    /// Ends every login session Hydra remembers for `subject`, so no authorization skips the
    /// sign-in for it until it signs in again.
    pub async fn revoke_login_sessions(&self, subject: &str) -> Result<(), UpstreamError> {
        let url = self.url("admin/oauth2/auth/sessions/login", "subject", subject)?;
        send_expecting_no_answer("revoke_login_sessions", self.http.delete(url)).await
    }

    /// The consents `subject` has given and Hydra still holds (remembered ones; Hydra keeps
    /// others only as long as their tokens).
    pub async fn consent_sessions(
        &self,
        subject: &str,
    ) -> Result<Vec<ConsentSession>, UpstreamError> {
        let url = self.url("admin/oauth2/auth/sessions/consent", "subject", subject)?;
        let response = call(Upstream::Hydra, "list_consent_sessions", self.http.get(url)).await?;
        match response.status() {
            StatusCode::OK => read_json(response, Upstream::Hydra).await,
            StatusCode::NOT_FOUND => Ok(Vec::new()),
            _ => Err(unexpected(response, Upstream::Hydra).await),
        }
    }

    /// Revokes `subject`'s consent to `client_id` and every token issued under it.
    pub async fn revoke_consent(
        &self,
        subject: &str,
        client_id: &str,
    ) -> Result<(), UpstreamError> {
        let mut url = self.url("admin/oauth2/auth/sessions/consent", "subject", subject)?;
        url.query_pairs_mut().append_pair("client", client_id);
        send_expecting_no_answer("revoke_consent", self.http.delete(url)).await
    }

    /// Every OAuth2 client's id with the hosts browsers visit for it: those of its redirect,
    /// post-logout redirect and front-channel logout URIs (http and https only; native apps'
    /// own schemes have no host a cookie could reach). Read page by page, as Hydra's `Link`
    /// header leads.
    pub async fn client_hosts(&self) -> Result<Vec<(String, String)>, UpstreamError> {
        let mut hosts = Vec::new();
        let mut page_token: Option<String> = None;
        // Hydra's pages hold up to 500 clients here: a bound far above any real registry.
        for _ in 0..1000 {
            let mut url = self.url("admin/clients", "page_size", "500")?;
            if let Some(token) = &page_token {
                url.query_pairs_mut().append_pair("page_token", token);
            }
            let response = call(Upstream::Hydra, "list_clients", self.http.get(url)).await?;
            if response.status() != StatusCode::OK {
                return Err(unexpected(response, Upstream::Hydra).await);
            }
            let next = response
                .headers()
                .get_all(reqwest::header::LINK)
                .iter()
                .filter_map(|value| value.to_str().ok())
                .find_map(next_page_token);
            let clients: Vec<OAuth2Client> = read_json(response, Upstream::Hydra).await?;
            let last_page = clients.is_empty();
            hosts.extend(clients.iter().flat_map(hosts_of_client));
            match next {
                Some(token) if !last_page && page_token.as_ref() != Some(&token) => {
                    page_token = Some(token)
                }
                _ => return Ok(hosts),
            }
        }
        Ok(hosts)
    }

    async fn get_challenge<T: serde::de::DeserializeOwned>(
        &self,
        operation: &'static str,
        url: Url,
    ) -> Result<Challenge<T>, UpstreamError> {
        let response = call(Upstream::Hydra, operation, self.http.get(url)).await?;
        match response.status() {
            StatusCode::OK => Ok(Challenge::Pending(Box::new(
                read_json(response, Upstream::Hydra).await?,
            ))),
            StatusCode::GONE => {
                let handled: OAuth2RedirectTo = read_json(response, Upstream::Hydra).await?;
                Ok(Challenge::Handled {
                    redirect_to: handled.redirect_to,
                })
            }
            // 401: the challenge outlived Hydra's login/consent lifespan.
            StatusCode::NOT_FOUND | StatusCode::BAD_REQUEST | StatusCode::UNAUTHORIZED => {
                Ok(Challenge::Unknown)
            }
            _ => Err(unexpected(response, Upstream::Hydra).await),
        }
    }

    /// PUTs an accept or reject body and returns Hydra's `redirect_to` (`None`: unknown challenge).
    async fn put_decision(
        &self,
        operation: &'static str,
        url: Url,
        body: &impl Serialize,
    ) -> Result<Option<String>, UpstreamError> {
        let response = call(Upstream::Hydra, operation, self.http.put(url).json(body)).await?;
        // The challenge's kind is the operation's last word (`accept_login`, `reject_consent`).
        let challenge = match operation.rsplit('_').next() {
            Some("login") => "login",
            Some("consent") => "consent",
            _ => "logout",
        };
        match response.status() {
            // 410: decided before (a second tab, a double click); Hydra still says where to go.
            StatusCode::OK | StatusCode::GONE => {
                if response.status() == StatusCode::GONE {
                    metrics().challenge_not_pending(challenge, "handled");
                }
                let next: OAuth2RedirectTo = read_json(response, Upstream::Hydra).await?;
                Ok(Some(next.redirect_to))
            }
            StatusCode::NOT_FOUND | StatusCode::BAD_REQUEST | StatusCode::UNAUTHORIZED => {
                metrics().challenge_not_pending(challenge, "expired");
                Ok(None)
            }
            _ => Err(unexpected(response, Upstream::Hydra).await),
        }
    }

    fn url(&self, path: &str, parameter: &str, value: &str) -> Result<Url, UpstreamError> {
        let mut url = self
            .admin_url
            .join(path)
            .map_err(|e| UpstreamError::Malformed {
                upstream: Upstream::Hydra,
                detail: e.to_string(),
            })?;
        url.query_pairs_mut().append_pair(parameter, value);
        Ok(url)
    }
}

/// One consent Hydra holds for a subject, read leniently: only what the connected-apps page shows.
#[derive(Debug, Deserialize)]
pub struct ConsentSession {
    #[serde(default)]
    pub grant_scope: Option<Vec<String>>,
    #[serde(default)]
    pub remember: Option<bool>,
    /// Seconds; 0 means until revoked.
    #[serde(default)]
    pub remember_for: Option<i64>,
    #[serde(default)]
    pub handled_at: Option<String>,
    #[serde(default)]
    pub consent_request: Option<ConsentSessionRequest>,
}

#[derive(Debug, Deserialize)]
pub struct ConsentSessionRequest {
    #[serde(default)]
    pub client: Option<OAuth2Client>,
}

impl ConsentSession {
    pub fn client(&self) -> Option<&OAuth2Client> {
        self.consent_request.as_ref()?.client.as_ref()
    }

    pub fn client_id(&self) -> Option<&str> {
        self.client()?.client_id.as_deref()
    }
}

/// What the sign-in decisions read of a login request.
pub fn login_facts(request: &OAuth2LoginRequest) -> LoginRequest<'_> {
    LoginRequest {
        skip: request.skip,
        subject: &request.subject,
        request_url: &request.request_url,
        acr_values: request
            .oidc_context
            .as_ref()
            .and_then(|context| context.acr_values.as_deref()),
    }
}

/// What the consent decisions read of a consent request.
pub fn consent_facts(request: &OAuth2ConsentRequest) -> ConsentRequest<'_> {
    let client = request.client.as_deref();
    ConsentRequest {
        skip: request.skip == Some(true),
        client_id: client.and_then(|c| c.client_id.as_deref()),
        client_skips_consent: client.and_then(|c| c.skip_consent) == Some(true),
    }
}

/// The scopes a consent request asks for.
pub fn requested_scopes(request: &OAuth2ConsentRequest) -> Vec<String> {
    request.requested_scope.clone().unwrap_or_default()
}

/// The `ui_locales` of an OAuth2 request (login or consent), most preferred first.
pub fn ui_locales(context: Option<&OAuth2ConsentRequestOpenIdConnectContext>) -> Vec<String> {
    context
        .and_then(|c| c.ui_locales.clone())
        .unwrap_or_default()
}

/// The `(client id, host)` pairs of the URIs browsers are sent to for `client`.
fn hosts_of_client(client: &OAuth2Client) -> Vec<(String, String)> {
    let id = client.client_id.clone().unwrap_or_default();
    client
        .redirect_uris
        .iter()
        .flatten()
        .chain(client.post_logout_redirect_uris.iter().flatten())
        .chain(client.frontchannel_logout_uri.iter())
        .filter_map(|uri| Url::parse(uri).ok())
        .filter(|url| matches!(url.scheme(), "http" | "https"))
        .filter_map(|url| url.host_str().map(str::to_owned))
        .map(|host| (id.clone(), host))
        .collect()
}

/// The `page_token` of the `rel="next"` link in a `Link` header of Hydra's, e.g.
/// `</admin/clients?page_size=500&page_token=NTAw>; rel="next",</admin/clients?...>; rel="last"`.
fn next_page_token(header: &str) -> Option<String> {
    header.split(',').find_map(|link| {
        let (target, params) = link.trim().split_once(';')?;
        let is_next = params
            .split(';')
            .any(|param| param.trim().eq_ignore_ascii_case("rel=\"next\""));
        if !is_next {
            return None;
        }
        let target = target.trim().strip_prefix('<')?.strip_suffix('>')?;
        let url = Url::parse("http://hydra.invalid/")
            .ok()?
            .join(target)
            .ok()?;
        url.query_pairs()
            .find(|(name, _)| name == "page_token")
            .map(|(_, value)| value.into_owned())
    })
}

/// Sends a request whose answer carries nothing to read: success, or 404 (nothing was there to
/// act on), is done.
async fn send_expecting_no_answer(
    operation: &'static str,
    request: reqwest::RequestBuilder,
) -> Result<(), UpstreamError> {
    let response = call(Upstream::Hydra, operation, request).await?;
    if response.status().is_success() || response.status() == StatusCode::NOT_FOUND {
        Ok(())
    } else {
        Err(unexpected(response, Upstream::Hydra).await)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::consent::{auto_consent, AutoConsent};
    use crate::domain::signin::{login_step, AuthRequirements, LoginStep, SessionState};
    use crate::ory::kratos::Session;
    use time::OffsetDateTime;

    fn fixture<T: serde::de::DeserializeOwned>(name: &str) -> T {
        let path = format!(
            "{}/tests/fixtures/hydra/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{path} does not parse: {e}"))
    }

    #[test]
    fn real_hydra_login_requests_parse_into_requirements() {
        let plain: OAuth2LoginRequest = fixture("login_request");
        assert!(!plain.skip);
        assert_eq!(plain.client.client_id.as_deref(), Some("vestibule-demo"));
        assert_eq!(
            AuthRequirements::of(&login_facts(&plain)),
            AuthRequirements::default()
        );

        let demanding: OAuth2LoginRequest = fixture("login_request_prompt_login_max_age");
        assert_eq!(
            AuthRequirements::of(&login_facts(&demanding)),
            AuthRequirements {
                prompt_login: true,
                max_age: Some(60),
                wants_second_factor: true
            }
        );

        let remembered: OAuth2LoginRequest = fixture("login_request_skip");
        assert!(remembered.skip);
        assert!(!remembered.subject.is_empty());
        assert!(matches!(
            login_step(
                &login_facts(&remembered),
                SessionState::<Box<Session>>::Missing,
                OffsetDateTime::now_utc(),
                false
            ),
            LoginStep::Forget
        ));
    }

    #[test]
    fn a_real_consent_request_parses() {
        let request: OAuth2ConsentRequest = fixture("consent_request");
        assert_eq!(
            requested_scopes(&request),
            ["openid", "email", "profile"].map(str::to_owned)
        );
        assert_eq!(auto_consent(&consent_facts(&request), &[]), None);
        assert!(request.subject.is_some());
        let remembered = OAuth2ConsentRequest {
            skip: Some(true),
            ..request
        };
        assert_eq!(
            auto_consent(&consent_facts(&remembered), &[]),
            Some(AutoConsent::Remembered)
        );
    }

    #[test]
    fn the_next_page_is_read_from_hydras_link_header() {
        let header = "</admin/clients?page_size=500&page_token=MA>; rel=\"first\",</admin/clients?page_size=500&page_token=NTAw>; rel=\"next\"";
        assert_eq!(next_page_token(header).as_deref(), Some("NTAw"));
        assert_eq!(
            next_page_token("</admin/clients?page_size=500&page_token=MA>; rel=\"first\""),
            None
        );
        assert_eq!(next_page_token("garbage"), None);
    }

    #[test]
    fn the_hosts_of_a_client_are_those_browsers_visit_for_it() {
        let client: OAuth2Client = serde_json::from_value(serde_json::json!({
            "client_id": "shop",
            "redirect_uris": ["https://shop.example.com/callback", "com.example.shop:/callback"],
            "post_logout_redirect_uris": ["https://www.example.com/bye"],
            "frontchannel_logout_uri": "https://shop.example.com/logout",
            "backchannel_logout_uri": "https://internal.example.com/logout"
        }))
        .unwrap();
        let hosts: Vec<String> = hosts_of_client(&client)
            .into_iter()
            .map(|(id, host)| format!("{id} {host}"))
            .collect();
        assert_eq!(
            hosts,
            [
                "shop shop.example.com",
                "shop www.example.com",
                "shop shop.example.com"
            ]
        );
    }
}
