//! vestibule's own cookies (its CSRF cookie, the language choice, the phone number to fill in, the
//! count of flow restarts): how they are named and set.
//!
//! Whenever `BASE_URL` is https, each is named with the `__Host-` prefix. Browsers accept such a
//! cookie only when it is `Secure`, for the path `/` and without a `Domain`, so only vestibule's
//! own host can set one: an app or anything else on a sibling host (`app.example.com` beside
//! `login.example.com`) can neither read these cookies nor plant one with the same name that
//! vestibule would believe. Over plain http (development) browsers refuse the prefix, so the
//! cookies keep their plain names there.

use actix_web::cookie::{Cookie, CookieBuilder, SameSite};
use actix_web::HttpRequest;
use url::Url;

pub use crate::domain::cookie_scope::{has_host_prefix, HOST_PREFIX};

/// How vestibule names and sets its cookies, decided once from `BASE_URL`. The default is that of
/// plain http (development, and handlers tested without the app's settings).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OwnCookies {
    https: bool,
}

impl OwnCookies {
    pub fn for_base_url(base_url: &Url) -> Self {
        Self {
            https: base_url.scheme() == "https",
        }
    }

    /// The name the cookie `name` goes by in browsers: `__Host-<name>` over https (a name that
    /// already has the prefix keeps it), `name` over http.
    pub fn name(&self, name: &str) -> String {
        if !self.https {
            return name.to_owned();
        }
        match name.get(HOST_PREFIX.len()..) {
            Some(rest) if has_host_prefix(name) => format!("{HOST_PREFIX}{rest}"),
            _ => format!("{HOST_PREFIX}{name}"),
        }
    }

    /// The value of the cookie `name` in the request, by its browser name only: over https a
    /// cookie of the plain name (one a sibling host set for the parent domain) is never read.
    pub fn value(&self, req: &HttpRequest, name: &str) -> Option<String> {
        req.cookie(&self.name(name)).map(|c| c.value().to_owned())
    }

    /// The cookie `name=value` for vestibule's host only: `Path=/`, no `Domain`, `HttpOnly`,
    /// `SameSite=Lax` (it must arrive on the top-level navigations that end a sign-in started on
    /// another site), and `Secure` over https. Callers add a lifetime where it has one.
    pub fn build(&self, name: &str, value: String) -> CookieBuilder<'static> {
        Cookie::build(self.name(name), value)
            .path("/")
            .http_only(true)
            .secure(self.https)
            .same_site(SameSite::Lax)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn over(url: &str) -> OwnCookies {
        OwnCookies::for_base_url(&Url::parse(url).unwrap())
    }

    #[test]
    fn over_https_every_cookie_is_for_this_host_only() {
        let cookies = over("https://login.example.com/");
        assert_eq!(cookies.name("vestibule_csrf"), "__Host-vestibule_csrf");
        assert_eq!(cookies.name("__Host-mine"), "__Host-mine");
        assert_eq!(cookies.name("__host-mine"), "__Host-mine");
        let cookie = cookies
            .build("vestibule_language", "de".to_owned())
            .finish();
        assert_eq!(cookie.name(), "__Host-vestibule_language");
        assert_eq!(cookie.secure(), Some(true));
        assert_eq!(cookie.path(), Some("/"));
        assert_eq!(cookie.domain(), None);
        assert_eq!(cookie.http_only(), Some(true));
        assert_eq!(cookie.same_site(), Some(SameSite::Lax));
        // What browsers require of the prefix, in the header vestibule sends.
        let header = cookie.to_string();
        assert!(
            header.contains("Secure") && header.contains("Path=/"),
            "{header}"
        );
        assert!(!header.contains("Domain"), "{header}");
    }

    #[test]
    fn over_http_the_plain_names_stay() {
        let cookies = over("http://localhost:4455/");
        assert_eq!(cookies.name("vestibule_csrf"), "vestibule_csrf");
        let cookie = cookies.build("vestibule_csrf", "x".to_owned()).finish();
        assert_eq!(cookie.secure(), Some(false));
        assert_eq!(cookie.path(), Some("/"));
    }

    #[test]
    fn over_https_a_cookie_without_the_prefix_is_not_read() {
        let cookies = over("https://login.example.com/");
        let planted = TestRequest::default()
            .insert_header(("cookie", "vestibule_language=ar"))
            .to_http_request();
        assert_eq!(cookies.value(&planted, "vestibule_language"), None);
        let own = TestRequest::default()
            .insert_header((
                "cookie",
                "vestibule_language=ar; __Host-vestibule_language=de",
            ))
            .to_http_request();
        assert_eq!(
            cookies.value(&own, "vestibule_language").as_deref(),
            Some("de")
        );
        let plain = over("http://localhost:4455/");
        assert_eq!(
            plain.value(&planted, "vestibule_language").as_deref(),
            Some("ar")
        );
    }
}
