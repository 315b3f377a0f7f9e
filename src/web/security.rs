//! Security headers for every response, built once at start-up with a fresh CSP nonce per
//! response.

use std::future::{ready, Ready};

use actix_web::body::BoxBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use base64::Engine;
use rand::RngCore;
use url::Url;

/// A random, URL-safe token of `bytes` random bytes.
pub fn random_token(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::thread_rng().fill_bytes(&mut buf);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
}

/// The nonce that scripts on this response must carry.
#[derive(Clone, Debug)]
pub struct CspNonce(String);

impl CspNonce {
    fn generate() -> Self {
        CspNonce(random_token(18))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl CspNonce {
    /// The nonce the security middleware chose for this response.
    pub fn of(req: &HttpRequest) -> Self {
        // Outside the middleware (unit tests of a handler) a fresh nonce is as good as any.
        req.extensions()
            .get::<CspNonce>()
            .cloned()
            .unwrap_or_else(CspNonce::generate)
    }
}

impl FromRequest for CspNonce {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(CspNonce::of(req)))
    }
}

/// Extra origins a page's forms may lead to: a form posted to Kratos is answered with redirects
/// through Hydra to the OAuth2 client, and browsers apply `form-action` to those redirects.
/// Handlers attach this to their response's extensions.
#[derive(Clone, Debug, Default)]
pub struct FormActionSources(pub Vec<String>);

/// The fixed parts of the headers, computed once from configuration.
#[derive(Clone, Debug)]
pub struct SecurityPolicy {
    /// Origins that always take part in sign-in: Kratos (forms, scripts) and vestibule itself.
    kratos_origin: String,
    /// Social sign-in providers, which forms posted to Kratos may be redirected to.
    provider_origins: Vec<String>,
    hsts: bool,
}

impl SecurityPolicy {
    pub fn new(kratos_browser_url: &Url, base_url: &Url, provider_origins: &[String]) -> Self {
        Self {
            kratos_origin: kratos_browser_url.origin().ascii_serialization(),
            provider_origins: provider_origins.to_vec(),
            hsts: base_url.scheme() == "https",
        }
    }

    pub fn content_security_policy(&self, nonce: &CspNonce, extra: &FormActionSources) -> String {
        let kratos = &self.kratos_origin;
        let mut form_action = format!("'self' {kratos}");
        for source in self.provider_origins.iter().chain(&extra.0) {
            form_action.push(' ');
            form_action.push_str(source);
        }
        format!(
            "default-src 'none'; \
             script-src 'self' 'nonce-{nonce}' {kratos}; \
             style-src 'self'; \
             img-src 'self' data: https:; \
             font-src 'self'; \
             connect-src 'self' {kratos}; \
             form-action {form_action}; \
             frame-ancestors 'none'; \
             base-uri 'none'; \
             object-src 'none'",
            nonce = nonce.as_str(),
        )
    }
}

/// Middleware: adds the security headers to every response, error pages included.
pub async fn security_headers(
    req: ServiceRequest,
    next: Next<BoxBody>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let policy = req
        .app_data::<web::Data<SecurityPolicy>>()
        .map(|policy| policy.get_ref().clone());
    let nonce = CspNonce::generate();
    req.extensions_mut().insert(nonce.clone());
    // Handler and extractor errors arrive here already turned into (error page) responses.
    let mut res = next.call(req).await?;

    let extra = res
        .response()
        .extensions()
        .get::<FormActionSources>()
        .cloned()
        .unwrap_or_default();
    let headers = res.headers_mut();
    if let Some(policy) = policy {
        let csp = policy.content_security_policy(&nonce, &extra);
        if let Ok(value) = HeaderValue::from_str(&csp) {
            headers.insert(header::CONTENT_SECURITY_POLICY, value);
        }
        if policy.hsts {
            headers.insert(
                header::STRICT_TRANSPORT_SECURITY,
                HeaderValue::from_static("max-age=31536000; includeSubDomains"),
            );
        }
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Challenges and flow ids travel in URLs; never hand them to another site. Within this
    // origin the browser does send them, and with them a true `Origin` on form posts, which the
    // proxy checks before Kratos's paths under this host take a form (`no-referrer` would make
    // every post say `Origin: null`).
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    // Everything dynamic carries challenges, flows or sessions; only handlers that know better
    // (static assets) set their own caching.
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csp_names_the_nonce_and_kratos_and_forbids_framing() {
        let policy = SecurityPolicy::new(
            &Url::parse("http://localhost:4433/").unwrap(),
            &Url::parse("http://localhost:4455/").unwrap(),
            &[],
        );
        let nonce = CspNonce("abc".to_owned());
        let csp = policy.content_security_policy(&nonce, &FormActionSources::default());
        assert!(csp.contains("script-src 'self' 'nonce-abc' http://localhost:4433;"));
        assert!(csp.contains("form-action 'self' http://localhost:4433;"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(!csp.contains("unsafe-inline"));
        assert!(!policy.hsts);
    }

    #[test]
    fn extra_form_action_sources_are_appended() {
        let policy = SecurityPolicy::new(
            &Url::parse("https://auth.example.com/").unwrap(),
            &Url::parse("https://login.example.com/").unwrap(),
            &["https://accounts.google.com".to_owned()],
        );
        let csp = policy.content_security_policy(
            &CspNonce("n".to_owned()),
            &FormActionSources(vec!["https://app.example.org".to_owned()]),
        );
        assert!(
            csp.contains("form-action 'self' https://auth.example.com https://accounts.google.com https://app.example.org;"),
            "{csp}"
        );
        assert!(policy.hsts);
    }

    #[test]
    fn tokens_are_random_and_url_safe() {
        let a = random_token(18);
        let b = random_token(18);
        assert_ne!(a, b);
        assert_eq!(a.len(), 24);
        assert!(a
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }
}
