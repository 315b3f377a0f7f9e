//! Ory Kratos: self-service flows and sessions (public API), identities (admin API).
//!
//! vestibule never creates browser flows itself (Kratos's CSRF cookie must land in the browser):
//! it sends the browser to [`Kratos::browser_flow_url`] and later reads the flow with the
//! browser's cookies.

pub mod availability;
mod lenient;
pub mod reachability;
pub mod types;

use std::sync::Arc;

use reqwest::header::{COOKIE, SET_COOKIE};
use reqwest::StatusCode;
use url::Url;

use super::{call, health_ready, Upstream, UpstreamError};
use crate::domain::cookie_scope::KratosCookies;
use crate::domain::ids::FlowId;
use reachability::{Known, Reachability};
use types::{ErrorBody, ErrorDetail};
pub use types::{Flow, Session};

/// The kinds of self-service flow, named as in Kratos's URLs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlowKind {
    Login,
    Registration,
    Recovery,
    Verification,
    Settings,
}

impl FlowKind {
    pub const ALL: [FlowKind; 5] = [
        FlowKind::Login,
        FlowKind::Registration,
        FlowKind::Recovery,
        FlowKind::Verification,
        FlowKind::Settings,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FlowKind::Login => "login",
            FlowKind::Registration => "registration",
            FlowKind::Recovery => "recovery",
            FlowKind::Verification => "verification",
            FlowKind::Settings => "settings",
        }
    }
}

/// Why a flow could not be read; each case has its own answer for the browser.
#[derive(Debug, thiserror::Error)]
pub enum FlowError {
    /// The flow expired (410); Kratos says where it was meant to return to.
    #[error("the flow has expired")]
    Expired { return_to: Option<String> },
    /// The flow is not the browser's (403: CSRF cookie missing or different).
    #[error("the flow does not belong to this browser")]
    Forbidden,
    /// No such flow (404), or the id is not one Kratos could ever have issued (400).
    #[error("the flow does not exist")]
    NotFound,
    #[error(transparent)]
    Upstream(#[from] UpstreamError),
}

/// What became of a request to create an identity.
#[derive(Debug, PartialEq, Eq)]
pub enum Created {
    Identity(String),
    /// Its identifier belongs to an identity already (409).
    Conflict,
    /// Kratos refused the traits (400).
    Refused,
}

/// What `whoami` says about the browser's Kratos session.
pub type SessionState = crate::domain::signin::SessionState<Box<Session>>;

#[derive(Clone)]
pub struct Kratos {
    http: reqwest::Client,
    public_url: Url,
    browser_url: Url,
    admin_url: Url,
    /// Kratos's session cookie (`session.cookie.name`); with Kratos's CSRF cookies, the only
    /// cookies of the browser's that are forwarded.
    session_cookie_name: String,
    /// The last outcome of a call to the public API, shared by every clone.
    reachability: Arc<Reachability>,
}

/// Kratos names its CSRF cookies `csrf_token_` and a hash of its public URL.
const CSRF_COOKIE_PREFIX: &str = "csrf_token_";

impl Kratos {
    pub fn new(
        http: reqwest::Client,
        public_url: Url,
        browser_url: Url,
        admin_url: Url,
        session_cookie_name: &str,
    ) -> Self {
        Self {
            http,
            public_url,
            browser_url,
            admin_url,
            session_cookie_name: session_cookie_name.to_owned(),
            reachability: Arc::default(),
        }
    }

    /// Before sending the browser to Kratos: an error when Kratos's public API is known to be
    /// down (a failed call moments ago) or does not answer a cheap check now, so that the person
    /// gets vestibule's 503 page rather than the browser's "cannot connect" page.
    pub async fn ensure_reachable(&self) -> Result<(), UpstreamError> {
        match self.reachability.known() {
            Known::Up => Ok(()),
            Known::Down => Err(UpstreamError::KnownDown {
                upstream: Upstream::Kratos,
            }),
            Known::Unsure => {
                let url = self.public_join("health/alive")?;
                let response = self
                    .send("health_alive", self.http.get(url), None, Upstream::Kratos)
                    .await?;
                if response.status().is_success() {
                    Ok(())
                } else {
                    Err(unexpected(response, Upstream::Kratos).await)
                }
            }
        }
    }

    /// The part of a browser's `Cookie` header that is Kratos's: its session and CSRF cookies.
    /// Every other cookie (vestibule's, Hydra's on a shared host, the operator's) stays here.
    pub fn own_cookies(&self, cookie_header: &str) -> Option<String> {
        let own: Vec<&str> = cookie_header
            .split(';')
            .map(str::trim)
            .filter(|pair| {
                let name = pair.split_once('=').map_or(*pair, |(name, _)| name).trim();
                name == self.session_cookie_name || name.starts_with(CSRF_COOKIE_PREFIX)
            })
            .collect();
        (!own.is_empty()).then(|| own.join("; "))
    }

    /// Kratos's public address as the browser reaches it.
    pub fn browser_url(&self) -> &Url {
        &self.browser_url
    }

    /// Where to send the browser to start a flow, e.g.
    /// `/self-service/login/browser?return_to=...&refresh=true`.
    pub fn browser_flow_url(&self, kind: FlowKind, params: &[(&str, &str)]) -> Url {
        let mut url = self.browser_url.clone();
        url.path_segments_mut()
            .expect("validated http(s) URL")
            .pop_if_empty()
            .extend(["self-service", kind.as_str(), "browser"]);
        if !params.is_empty() {
            url.query_pairs_mut().extend_pairs(params);
        }
        url
    }

    /// Reads a flow with the browser's cookies.
    pub async fn flow(
        &self,
        kind: FlowKind,
        id: &FlowId,
        cookie: Option<&str>,
    ) -> Result<Flow, FlowError> {
        let mut url = self.public_join(&format!("self-service/{}/flows", kind.as_str()))?;
        url.query_pairs_mut().append_pair("id", id.as_str());
        let response = self
            .send("get_flow", self.http.get(url), cookie, Upstream::Kratos)
            .await?;
        let status = response.status();
        match status {
            StatusCode::OK => Ok(read_json(response, Upstream::Kratos).await?),
            StatusCode::GONE => {
                let body: ErrorBody = response.json().await.unwrap_or_default();
                Err(FlowError::Expired {
                    return_to: body.error.detail("return_to").map(str::to_owned),
                })
            }
            // 401: a settings flow without a session; 403: not this browser's flow, or a session
            // that must sign in again first. Starting over lets Kratos send the browser on.
            StatusCode::FORBIDDEN | StatusCode::UNAUTHORIZED => Err(FlowError::Forbidden),
            StatusCode::NOT_FOUND | StatusCode::BAD_REQUEST => Err(FlowError::NotFound),
            _ => Err(unexpected(response, Upstream::Kratos).await.into()),
        }
    }

    /// Whether Kratos has a flow switched on, asked without writing anything: Kratos checks that a
    /// flow is on before it looks a flow up, so fetching a flow id that cannot exist answers 400
    /// (`self_service_flow_disabled`, or only a reason for recovery and verification) when the
    /// flow is off and 404 when it is on. Anything else counts as on, so a hiccup never hides a
    /// link that works.
    pub async fn flow_enabled(&self, kind: FlowKind) -> Result<bool, UpstreamError> {
        let mut url = self.public_join(&format!("self-service/{}/flows", kind.as_str()))?;
        url.query_pairs_mut()
            .append_pair("id", "00000000-0000-0000-0000-000000000000");
        let response = self
            .send("get_flow", self.http.get(url), None, Upstream::Kratos)
            .await?;
        Ok(response.status() != StatusCode::BAD_REQUEST)
    }

    /// Where Kratos puts its cookies, learnt from Kratos itself: the `Domain` and `Path` of the
    /// CSRF cookie it sets when a login flow starts (asked for as JSON, without cookies, so it
    /// always sets one). The session cookie has the same unless Kratos's `session.cookie.domain`
    /// or `.path` are set apart. `None`: Kratos answered without a CSRF cookie.
    ///
    /// Sent past the reachability record: a check at start-up says nothing about pages.
    pub async fn cookie_scope(&self) -> Result<Option<KratosCookies>, UpstreamError> {
        let url = self.public_join("self-service/login/browser")?;
        let response = call(Upstream::Kratos, "cookie_scope", self.http.get(url)).await?;
        if response.status().is_server_error() {
            return Err(unexpected(response, Upstream::Kratos).await);
        }
        Ok(kratos_csrf_cookie(response.headers()))
    }

    /// The browser's session, read with its cookies.
    pub async fn whoami(&self, cookie: Option<&str>) -> Result<SessionState, UpstreamError> {
        // Without Kratos's session cookie there is no session to ask about.
        let has_session_cookie = cookie.and_then(|c| self.own_cookies(c)).is_some_and(|own| {
            own.split("; ")
                .any(|pair| pair.starts_with(&format!("{}=", self.session_cookie_name)))
        });
        if !has_session_cookie {
            return Ok(SessionState::Missing);
        }
        let url = self.public_join("sessions/whoami")?;
        let response = self
            .send("whoami", self.http.get(url), cookie, Upstream::Kratos)
            .await?;
        match response.status() {
            StatusCode::OK => Ok(SessionState::Active(Box::new(
                read_json(response, Upstream::Kratos).await?,
            ))),
            StatusCode::UNAUTHORIZED => Ok(SessionState::Missing),
            StatusCode::FORBIDDEN => {
                let body: ErrorBody = response.json().await.unwrap_or_default();
                if body.error.id.as_deref() == Some("session_aal2_required") {
                    Ok(SessionState::NeedsSecondFactor)
                } else {
                    Ok(SessionState::Missing)
                }
            }
            _ => Err(unexpected(response, Upstream::Kratos).await),
        }
    }

    /// The browser's identity's other active sessions (Kratos leaves out the current one).
    pub async fn other_sessions(
        &self,
        cookie: Option<&str>,
    ) -> Result<Vec<Session>, UpstreamError> {
        let url = self.public_join("sessions")?;
        let response = self
            .send(
                "list_sessions",
                self.http.get(url),
                cookie,
                Upstream::Kratos,
            )
            .await?;
        match response.status() {
            StatusCode::OK => read_json(response, Upstream::Kratos).await,
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => Ok(Vec::new()),
            _ => Err(unexpected(response, Upstream::Kratos).await),
        }
    }

    /// Ends another session of the browser's identity (Kratos only ever ends sessions of the
    /// identity whose cookie it holds, and answers alike for other ids); `false` when Kratos
    /// refuses (the current session, an id that is not one, no session).
    pub async fn end_other_session(
        &self,
        cookie: Option<&str>,
        session_id: &str,
    ) -> Result<bool, UpstreamError> {
        let mut url = self.public_join("sessions/")?;
        url.path_segments_mut()
            .expect("validated http(s) URL")
            .pop_if_empty()
            .push(session_id);
        let response = self
            .send(
                "end_session",
                self.http.delete(url),
                cookie,
                Upstream::Kratos,
            )
            .await?;
        match response.status() {
            StatusCode::NO_CONTENT | StatusCode::OK => Ok(true),
            // 400: the current session, or not a session id at all.
            StatusCode::NOT_FOUND
            | StatusCode::BAD_REQUEST
            | StatusCode::UNAUTHORIZED
            | StatusCode::FORBIDDEN => Ok(false),
            _ => Err(unexpected(response, Upstream::Kratos).await),
        }
    }

    /// Ends every session of the browser's identity but the current one.
    pub async fn end_other_sessions(&self, cookie: Option<&str>) -> Result<(), UpstreamError> {
        let url = self.public_join("sessions")?;
        let response = self
            .send(
                "end_sessions",
                self.http.delete(url),
                cookie,
                Upstream::Kratos,
            )
            .await?;
        if response.status().is_success() {
            Ok(())
        } else {
            Err(unexpected(response, Upstream::Kratos).await)
        }
    }

    /// A self-service error (`/error?id=`) as Kratos stored it.
    pub async fn self_service_error(
        &self,
        id: &FlowId,
    ) -> Result<Option<ErrorDetail>, UpstreamError> {
        let mut url = self.public_join("self-service/errors")?;
        url.query_pairs_mut().append_pair("id", id.as_str());
        let response = self
            .send("get_error", self.http.get(url), None, Upstream::Kratos)
            .await?;
        match response.status() {
            StatusCode::OK => {
                let body: ErrorBody = read_json(response, Upstream::Kratos).await?;
                Ok(Some(body.error))
            }
            StatusCode::NOT_FOUND | StatusCode::BAD_REQUEST => Ok(None),
            _ => Err(unexpected(response, Upstream::Kratos).await),
        }
    }

    /// An identity as the admin API shows it (`None`: no such identity). `credentials` names the
    /// credential types whose configuration should be included.
    pub async fn identity(
        &self,
        identity_id: &str,
        credentials: &[&str],
    ) -> Result<Option<serde_json::Value>, UpstreamError> {
        let mut url =
            self.admin_url
                .join("admin/identities/")
                .map_err(|e| UpstreamError::Malformed {
                    upstream: Upstream::KratosAdmin,
                    detail: e.to_string(),
                })?;
        url.path_segments_mut()
            .expect("validated http(s) URL")
            .pop_if_empty()
            .push(identity_id);
        for credential in credentials {
            url.query_pairs_mut()
                .append_pair("include_credential", credential);
        }
        let response = self
            .send(
                "get_identity",
                self.http.get(url),
                None,
                Upstream::KratosAdmin,
            )
            .await?;
        match response.status() {
            StatusCode::OK => Ok(Some(read_json(response, Upstream::KratosAdmin).await?)),
            StatusCode::NOT_FOUND | StatusCode::BAD_REQUEST => Ok(None),
            _ => Err(unexpected(response, Upstream::KratosAdmin).await),
        }
    }

    /// The identity that signs in with `identifier` (an email address or phone number), as the
    /// admin API lists it, if any.
    pub async fn identity_by_identifier(
        &self,
        identifier: &str,
    ) -> Result<Option<serde_json::Value>, UpstreamError> {
        let mut url = self.admin_join("admin/identities")?;
        url.query_pairs_mut()
            .append_pair("credentials_identifier", identifier);
        let response = self
            .send(
                "find_identity",
                self.http.get(url),
                None,
                Upstream::KratosAdmin,
            )
            .await?;
        if response.status() != StatusCode::OK {
            return Err(unexpected(response, Upstream::KratosAdmin).await);
        }
        let identities: Vec<serde_json::Value> = read_json(response, Upstream::KratosAdmin).await?;
        Ok(identities.into_iter().next())
    }

    /// Creates an identity with `traits` under `schema_id`, and `metadata_admin` (which only the
    /// admin API reads or writes).
    pub async fn create_identity(
        &self,
        schema_id: &str,
        traits: serde_json::Value,
        metadata_admin: serde_json::Value,
    ) -> Result<Created, UpstreamError> {
        let url = self.admin_join("admin/identities")?;
        let body = serde_json::json!({
            "schema_id": schema_id,
            "traits": traits,
            "metadata_admin": metadata_admin,
        });
        let response = self
            .send(
                "create_identity",
                self.http.post(url).json(&body),
                None,
                Upstream::KratosAdmin,
            )
            .await?;
        match response.status() {
            StatusCode::CREATED | StatusCode::OK => {
                let identity: serde_json::Value =
                    read_json(response, Upstream::KratosAdmin).await?;
                match identity.get("id").and_then(serde_json::Value::as_str) {
                    Some(id) => Ok(Created::Identity(id.to_owned())),
                    None => Err(UpstreamError::Malformed {
                        upstream: Upstream::KratosAdmin,
                        detail: "a created identity without an id".to_owned(),
                    }),
                }
            }
            StatusCode::CONFLICT => Ok(Created::Conflict),
            StatusCode::BAD_REQUEST => Ok(Created::Refused),
            _ => Err(unexpected(response, Upstream::KratosAdmin).await),
        }
    }

    /// Deletes an identity; `false` when there was none.
    pub async fn delete_identity(&self, identity_id: &str) -> Result<bool, UpstreamError> {
        let url = self.identity_url(identity_id, None)?;
        let response = self
            .send(
                "delete_identity",
                self.http.delete(url),
                None,
                Upstream::KratosAdmin,
            )
            .await?;
        match response.status() {
            StatusCode::NO_CONTENT | StatusCode::OK => Ok(true),
            StatusCode::NOT_FOUND => Ok(false),
            _ => Err(unexpected(response, Upstream::KratosAdmin).await),
        }
    }

    /// Applies a JSON Patch (RFC 6902) to an identity; `false` when there is no such identity.
    pub async fn patch_identity(
        &self,
        identity_id: &str,
        patch: serde_json::Value,
    ) -> Result<bool, UpstreamError> {
        let url = self.identity_url(identity_id, None)?;
        let response = self
            .send(
                "patch_identity",
                self.http.patch(url).json(&patch),
                None,
                Upstream::KratosAdmin,
            )
            .await?;
        match response.status() {
            StatusCode::OK => Ok(true),
            StatusCode::NOT_FOUND => Ok(false),
            _ => Err(unexpected(response, Upstream::KratosAdmin).await),
        }
    }

    /// Whether an identity has set up a second factor (TOTP, recovery codes or a security key).
    pub async fn has_second_factor(&self, identity_id: &str) -> Result<bool, UpstreamError> {
        Ok(self
            .identity(identity_id, &["webauthn"])
            .await?
            .is_some_and(|identity| types::has_second_factor(&identity)))
    }

    /// Starts a browser logout for the session in `cookie`: the URL to send the browser to, or
    /// `None` when there is no session to end. Without `return_to`, Kratos returns the browser to
    /// its `selfservice.flows.logout.after.default_browser_return_url`.
    pub async fn logout_url(
        &self,
        cookie: Option<&str>,
        return_to: Option<&str>,
    ) -> Result<Option<String>, UpstreamError> {
        if cookie.is_none() {
            return Ok(None);
        }
        let mut url = self.public_join("self-service/logout/browser")?;
        if let Some(return_to) = return_to {
            url.query_pairs_mut().append_pair("return_to", return_to);
        }
        let response = self
            .send(
                "create_logout_url",
                self.http.get(url),
                cookie,
                Upstream::Kratos,
            )
            .await?;
        match response.status() {
            StatusCode::OK => {
                let logout: types::LogoutFlow = read_json(response, Upstream::Kratos).await?;
                Ok(Some(logout.logout_url))
            }
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => Ok(None),
            _ => Err(unexpected(response, Upstream::Kratos).await),
        }
    }

    pub async fn public_ready(&self) -> Result<(), UpstreamError> {
        health_ready(
            &self.http,
            &self.public_url,
            "health/ready",
            Upstream::Kratos,
        )
        .await
    }

    pub async fn admin_ready(&self) -> Result<(), UpstreamError> {
        // The admin API lives under `/admin/`; the unprefixed path only redirects there.
        health_ready(
            &self.http,
            &self.admin_url,
            "admin/health/ready",
            Upstream::KratosAdmin,
        )
        .await
    }

    /// `admin/identities/{id}` (and `/{below}`), the id escaped as one path segment.
    fn identity_url(&self, identity_id: &str, below: Option<&str>) -> Result<Url, UpstreamError> {
        let mut url = self.admin_join("admin/identities/")?;
        url.path_segments_mut()
            .expect("validated http(s) URL")
            .pop_if_empty()
            .push(identity_id)
            .extend(below);
        Ok(url)
    }

    fn admin_join(&self, path: &str) -> Result<Url, UpstreamError> {
        self.admin_url
            .join(path)
            .map_err(|e| UpstreamError::Malformed {
                upstream: Upstream::KratosAdmin,
                detail: e.to_string(),
            })
    }

    fn public_join(&self, path: &str) -> Result<Url, UpstreamError> {
        self.public_url
            .join(path)
            .map_err(|e| UpstreamError::Malformed {
                upstream: Upstream::Kratos,
                detail: e.to_string(),
            })
    }

    async fn send(
        &self,
        operation: &'static str,
        request: reqwest::RequestBuilder,
        cookie: Option<&str>,
        upstream: Upstream,
    ) -> Result<reqwest::Response, UpstreamError> {
        let request = match cookie.and_then(|c| self.own_cookies(c)) {
            Some(cookie) => request.header(COOKIE, cookie),
            None => request,
        };
        let result = call(upstream, operation, request).await;
        if upstream == Upstream::Kratos {
            let reachable = match &result {
                Ok(response) => !response.status().is_server_error(),
                Err(_) => false,
            };
            self.reachability.record(reachable);
        }
        result
    }
}

/// The attributes of the Kratos CSRF cookie among `headers`' `Set-Cookie`s, parsed with the
/// `cookie` crate (the one actix-web uses).
fn kratos_csrf_cookie(headers: &reqwest::header::HeaderMap) -> Option<KratosCookies> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .filter_map(|value| cookie::Cookie::parse(value).ok())
        .find(|cookie| cookie.name().starts_with(CSRF_COOKIE_PREFIX))
        .map(|cookie| KratosCookies::from_attributes(cookie.domain(), cookie.path()))
}

pub(crate) async fn read_json<T: serde::de::DeserializeOwned>(
    response: reqwest::Response,
    upstream: Upstream,
) -> Result<T, UpstreamError> {
    let bytes = response
        .bytes()
        .await
        .map_err(|e| UpstreamError::from_reqwest(upstream, e))?;
    serde_json::from_slice(&bytes).map_err(|e| UpstreamError::Malformed {
        upstream,
        detail: e.to_string(),
    })
}

pub(crate) async fn unexpected(response: reqwest::Response, upstream: Upstream) -> UpstreamError {
    let status = response.status();
    let body = response.text().await.unwrap_or_default();
    UpstreamError::Status {
        upstream,
        status,
        body: body.chars().take(500).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_flow_is_counted_by_its_name() {
        let names: Vec<&str> = FlowKind::ALL.iter().map(|kind| kind.as_str()).collect();
        assert_eq!(names, crate::metrics::FLOWS);
    }

    fn kratos() -> Kratos {
        Kratos::new(
            reqwest::Client::new(),
            Url::parse("http://kratos:4433/").unwrap(),
            Url::parse("https://id.example.com/kratos/").unwrap(),
            Url::parse("http://kratos:4434/").unwrap(),
            "ory_kratos_session",
        )
    }

    #[test]
    fn the_csrf_cookie_among_set_cookies_says_where_kratos_cookies_go() {
        use crate::domain::cookie_scope::Scope;
        let mut headers = reqwest::header::HeaderMap::new();
        for value in [
            "ory_kratos_continuity=; Path=/; Max-Age=0",
            "csrf_token_806a=abc; Path=/; Domain=example.com; Max-Age=31536000; HttpOnly; Secure; SameSite=Lax",
        ] {
            headers.append(SET_COOKIE, value.parse().unwrap());
        }
        let found = kratos_csrf_cookie(&headers).expect("the CSRF cookie");
        assert_eq!(found.scope, Scope::Domain("example.com".to_owned()));
        assert_eq!(found.path, "/");

        let mut host_only = reqwest::header::HeaderMap::new();
        host_only.append(
            SET_COOKIE,
            "csrf_token_806a=abc; Path=/; HttpOnly; Secure"
                .parse()
                .unwrap(),
        );
        assert_eq!(
            kratos_csrf_cookie(&host_only).unwrap().scope,
            Scope::HostOnly
        );
        assert_eq!(kratos_csrf_cookie(&reqwest::header::HeaderMap::new()), None);
    }

    #[test]
    fn only_kratos_cookies_are_forwarded() {
        let kratos = kratos();
        assert_eq!(
            kratos
                .own_cookies(
                    "vestibule_csrf=abc; ory_kratos_session=s1; ory_hydra_session_dev=h; csrf_token_806a=t; tracking=1"
                )
                .as_deref(),
            Some("ory_kratos_session=s1; csrf_token_806a=t")
        );
        assert_eq!(kratos.own_cookies("vestibule_csrf=abc; other=1"), None);
        assert_eq!(kratos.own_cookies(""), None);
        assert_eq!(
            kratos.own_cookies("ory_kratos_session_x=1").as_deref(),
            None,
            "names match whole"
        );
    }

    #[test]
    fn browser_flow_urls_use_the_browser_address_and_encode_parameters() {
        let url = kratos().browser_flow_url(
            FlowKind::Login,
            &[
                (
                    "return_to",
                    "https://login.example.com/callback?login_challenge=a&b",
                ),
                ("refresh", "true"),
            ],
        );
        assert_eq!(
            url.as_str(),
            "https://id.example.com/kratos/self-service/login/browser?return_to=https%3A%2F%2Flogin.example.com%2Fcallback%3Flogin_challenge%3Da%26b&refresh=true"
        );
        assert_eq!(
            kratos()
                .browser_flow_url(FlowKind::Registration, &[])
                .as_str(),
            "https://id.example.com/kratos/self-service/registration/browser"
        );
    }
}
