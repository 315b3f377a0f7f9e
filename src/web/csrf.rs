//! CSRF protection for vestibule's own forms (consent, logout): a signed double-submit token.
//!
//! The browser holds a random value in a cookie; the form carries an HMAC (keyed by
//! `COOKIE_SECRET`) of that value and the challenge the form is about. A forged form lacks the
//! cookie's value, and a token lifted from one challenge's form is worthless for another. The
//! `Origin` and `Sec-Fetch-Site` headers, when the browser sends them, must say the form came from
//! our own pages.

use actix_web::cookie::Cookie;
use actix_web::HttpRequest;
use url::Url;

use crate::web::cookies::OwnCookies;
use crate::web::security::random_token;
use crate::web::signing::Signer;

/// What the token of the "sign out" form is bound to (that form has no challenge of its own).
pub const SIGN_OUT_SCOPE: &str = "sign-out";
/// What the tokens of the account pages' forms are bound to.
pub const REMOVE_APP_SCOPE: &str = "remove-app";
pub const END_SESSION_SCOPE: &str = "end-session";

#[derive(Clone)]
pub struct Csrf {
    signer: Signer,
    /// The cookie's name as configured (`CSRF_COOKIE_NAME`); browsers see `__Host-` before it
    /// over https.
    cookie_name: String,
    cookies: OwnCookies,
    origin: String,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum CsrfError {
    #[error("the form came from another site ({0})")]
    CrossSite(String),
    #[error("the CSRF cookie is missing")]
    MissingCookie,
    #[error("the CSRF token is missing or wrong")]
    BadToken,
}

impl Csrf {
    pub fn new(secret: &str, cookie_name: &str, base_url: &Url) -> Self {
        Self {
            signer: Signer::new(secret, "csrf"),
            cookie_name: cookie_name.to_owned(),
            cookies: OwnCookies::for_base_url(base_url),
            origin: base_url.origin().ascii_serialization(),
        }
    }

    /// A token for a form about `challenge`, and the cookie to set when the browser has none yet.
    pub fn issue(&self, req: &HttpRequest, challenge: &str) -> (String, Option<Cookie<'static>>) {
        let (value, cookie) = self.browser_binding(req);
        (self.signer.sign(&[challenge, &value]), cookie)
    }

    /// The random value that identifies this browser to vestibule (its CSRF cookie), and the
    /// cookie to set when it has none yet. Signed values handed to the browser (re-authentication
    /// markers, the phone login hint) include it, so they are worthless in another browser.
    ///
    /// The cookie is `SameSite=Lax`: it must arrive on the top-level navigations that end a sign-in
    /// started on another site (an app's redirect, a social provider's callback). Forms are still
    /// protected by the token and the `Origin` / `Sec-Fetch-Site` checks.
    pub fn browser_binding(&self, req: &HttpRequest) -> (String, Option<Cookie<'static>>) {
        match self.binding_of(req) {
            Some(value) => (value, None),
            None => {
                let value = random_token(24);
                let cookie = self
                    .cookies
                    .build(&self.cookie_name, value.clone())
                    .finish();
                (value, Some(cookie))
            }
        }
    }

    /// This browser's value, when it holds one.
    pub fn binding_of(&self, req: &HttpRequest) -> Option<String> {
        self.cookie_value(req)
    }

    /// Checks a submitted form about `challenge`.
    pub fn verify(&self, req: &HttpRequest, challenge: &str, token: &str) -> Result<(), CsrfError> {
        let headers = req.headers();
        if let Some(origin) = headers.get("origin").and_then(|v| v.to_str().ok()) {
            // Some browsers and privacy settings send `Origin: null` even for same-origin posts
            // (any page under `Referrer-Policy: no-referrer` does); Sec-Fetch-Site (below) and
            // the token still decide then.
            if origin != "null" && origin != self.origin {
                return Err(CsrfError::CrossSite(format!("Origin {origin}")));
            }
        }
        if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
            if site != "same-origin" {
                return Err(CsrfError::CrossSite(format!("Sec-Fetch-Site {site}")));
            }
        }
        let value = self.cookie_value(req).ok_or(CsrfError::MissingCookie)?;
        if self.signer.verify(&[challenge, &value], token) {
            Ok(())
        } else {
            Err(CsrfError::BadToken)
        }
    }

    fn cookie_value(&self, req: &HttpRequest) -> Option<String> {
        self.cookies
            .value(req, &self.cookie_name)
            .filter(|v| v.len() >= 16 && v.len() <= 128)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::cookie::SameSite;
    use actix_web::test::TestRequest;

    fn csrf() -> Csrf {
        Csrf::new(
            "0123456789abcdef0123456789abcdef",
            "vestibule_csrf",
            &Url::parse("http://localhost:4455/").unwrap(),
        )
    }

    #[test]
    fn a_token_issued_for_a_challenge_verifies_with_its_cookie() {
        let csrf = csrf();
        let (token, cookie) = csrf.issue(&TestRequest::default().to_http_request(), "challenge-1");
        let cookie = cookie.expect("a new browser gets a cookie");
        assert!(cookie.http_only().unwrap_or(false));
        assert_eq!(cookie.same_site(), Some(SameSite::Lax));

        let post = |token: &str, origin: Option<&str>, site: Option<&str>, with_cookie: bool| {
            let mut req = TestRequest::post();
            if with_cookie {
                req = req.cookie(cookie.clone());
            }
            if let Some(origin) = origin {
                req = req.insert_header(("origin", origin));
            }
            if let Some(site) = site {
                req = req.insert_header(("sec-fetch-site", site));
            }
            csrf.verify(&req.to_http_request(), "challenge-1", token)
        };
        assert_eq!(
            post(
                &token,
                Some("http://localhost:4455"),
                Some("same-origin"),
                true
            ),
            Ok(())
        );
        assert_eq!(post(&token, None, None, true), Ok(()));
        // `Origin: null`, as under `Referrer-Policy: no-referrer`.
        assert_eq!(
            post(&token, Some("null"), Some("same-origin"), true),
            Ok(())
        );
        assert!(matches!(
            post(&token, Some("null"), Some("cross-site"), true),
            Err(CsrfError::CrossSite(_))
        ));
        assert_eq!(
            post(&token, None, None, false),
            Err(CsrfError::MissingCookie)
        );
        assert_eq!(post("forged", None, None, true), Err(CsrfError::BadToken));
        assert!(matches!(
            post(&token, Some("https://evil.example"), None, true),
            Err(CsrfError::CrossSite(_))
        ));
        assert!(matches!(
            post(&token, None, Some("cross-site"), true),
            Err(CsrfError::CrossSite(_))
        ));

        // The same cookie, another challenge: the token does not carry over.
        let other = csrf.verify(
            &TestRequest::post().cookie(cookie.clone()).to_http_request(),
            "challenge-2",
            &token,
        );
        assert_eq!(other, Err(CsrfError::BadToken));
    }

    #[test]
    fn an_existing_cookie_is_reused() {
        let csrf = csrf();
        let req = TestRequest::default()
            .cookie(Cookie::new("vestibule_csrf", "0123456789abcdefghij"))
            .to_http_request();
        let (_, cookie) = csrf.issue(&req, "c");
        assert!(cookie.is_none());
    }

    #[test]
    fn over_https_the_cookie_is_for_vestibules_host_only_and_a_planted_one_is_ignored() {
        let csrf = Csrf::new(
            "0123456789abcdef0123456789abcdef",
            "vestibule_csrf",
            &Url::parse("https://login.example.com/").unwrap(),
        );
        let (_, cookie) = csrf.browser_binding(&TestRequest::default().to_http_request());
        let cookie = cookie.expect("a new browser gets a cookie");
        assert_eq!(cookie.name(), "__Host-vestibule_csrf");
        assert_eq!(cookie.secure(), Some(true));
        assert_eq!(cookie.path(), Some("/"));
        assert_eq!(cookie.domain(), None);

        // A sibling host can set `vestibule_csrf` for the parent domain, never the prefixed name.
        let planted = TestRequest::default()
            .cookie(Cookie::new("vestibule_csrf", "0123456789abcdefghij"))
            .to_http_request();
        assert_eq!(csrf.binding_of(&planted), None);
        let own = TestRequest::default()
            .cookie(Cookie::new("__Host-vestibule_csrf", "0123456789abcdefghij"))
            .to_http_request();
        assert_eq!(
            csrf.binding_of(&own).as_deref(),
            Some("0123456789abcdefghij")
        );
    }
}
