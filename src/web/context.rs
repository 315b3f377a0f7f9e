//! What every page knows, whatever the route: the product's name, this response's CSP nonce and
//! the page's language.
//!
//! The language is decided once per request, by [`PageContext::decide`], from everything there is
//! to go on: the switcher's cookie and `Accept-Language` from the request, and what the handler
//! learned before rendering anything ([`Learned`]: the OAuth2 request's `ui_locales`, the
//! signed-in person's `traits.locale`). The decision is kept with the request, so the page and
//! any error page rendered for the request ([`PageContext::of`]) speak the same language. A
//! handler that learns nothing beyond the request takes the context as an extractor, which
//! decides from the request alone.

use std::future::{ready, Ready};
use std::sync::Arc;

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};

use crate::i18n::negotiate::{self, Preferences};
use crate::i18n::{Catalogs, Translator};
use crate::web::cookies::OwnCookies;
use crate::web::security::CspNonce;
use crate::web::views::Layout;

/// The cookie the language switcher sets: the person's own choice of language (`__Host-` before it
/// over https, see [`OwnCookies`]).
pub const LANGUAGE_COOKIE: &str = "vestibule_language";

/// The operator's settings that every page shows, registered as app data at start-up.
#[derive(Clone, Debug)]
pub struct PageSettings {
    pub app_name: Arc<str>,
    pub catalogs: Arc<Catalogs>,
    /// How vestibule's cookies are named (the language choice is one).
    pub cookies: OwnCookies,
}

/// What a handler learned about the person's languages beyond the request itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Learned {
    /// The OAuth2 request's `ui_locales`, most preferred first.
    pub ui_locales: Vec<String>,
    /// The signed-in person's `traits.locale`.
    pub identity_locale: Option<String>,
}

impl Learned {
    /// The `locale` of an identity's `traits`, when it has one.
    pub fn identity(traits: Option<&serde_json::Value>) -> Option<String> {
        traits
            .and_then(|t| t.get("locale"))
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned)
    }
}

#[derive(Clone, Debug)]
pub struct PageContext {
    pub app_name: Arc<str>,
    pub nonce: CspNonce,
    /// The page's language.
    pub t: Translator,
    /// The path and query of this page, where the language switcher returns to.
    pub here: String,
}

impl PageContext {
    /// Decides the language of the page for `req` from the request and what its handler
    /// `learned`, and keeps the decision with the request for any error page rendered for it.
    /// Once per request: a handler calls it when it knows all it will learn, before it renders.
    pub fn decide(req: &HttpRequest, learned: Learned) -> Self {
        debug_assert!(
            req.extensions().get::<PageContext>().is_none(),
            "the language of {} was decided twice",
            req.path()
        );
        let context = Self::deciding(req, learned);
        req.extensions_mut().insert(context.clone());
        context
    }

    /// The context decided for `req`; when its handler decided none (it failed before it learned
    /// anything, or the request never reached a handler), one decided from the request alone.
    pub fn of(req: &HttpRequest) -> Self {
        if let Some(context) = req.extensions().get::<PageContext>() {
            return context.clone();
        }
        Self::decide(req, Learned::default())
    }

    fn deciding(req: &HttpRequest, learned: Learned) -> Self {
        let settings = req.app_data::<web::Data<PageSettings>>();
        let app_name = settings
            .map(|settings| settings.app_name.clone())
            .unwrap_or_else(|| Arc::from("vestibule"));
        let catalogs = settings
            .map(|settings| settings.catalogs.clone())
            .unwrap_or_else(|| Catalogs::built_in().clone());
        let cookies = settings
            .map(|settings| settings.cookies)
            .unwrap_or_default();
        let preferences = Preferences {
            chosen: cookies.value(req, LANGUAGE_COOKIE),
            ui_locales: (!learned.ui_locales.is_empty()).then(|| learned.ui_locales.join(" ")),
            identity: learned.identity_locale,
            accept_language: req
                .headers()
                .get(actix_web::http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
        };
        let locale = negotiate::choose(&catalogs, &preferences);
        Self {
            app_name,
            nonce: CspNonce::of(req),
            t: catalogs.translator(&locale),
            here: req
                .uri()
                .path_and_query()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_else(|| "/".to_owned()),
        }
    }

    pub fn layout(&self) -> Layout {
        Layout {
            app_name: self.app_name.clone(),
            nonce: self.nonce.as_str().to_owned(),
            t: self.t.clone(),
            here: self.here.clone(),
        }
    }

    /// For pages that run no script, such as error pages.
    pub fn layout_without_scripts(&self) -> Layout {
        Layout {
            nonce: String::new(),
            ..self.layout()
        }
    }
}

/// The context of a page that learns nothing beyond the request: decided from the request alone.
impl FromRequest for PageContext {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Self::decide(req, Learned::default())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn learned(ui_locales: &[&str], identity: Option<&str>) -> Learned {
        Learned {
            ui_locales: ui_locales.iter().map(|tag| (*tag).to_owned()).collect(),
            identity_locale: identity.map(str::to_owned),
        }
    }

    #[test]
    fn the_app_name_comes_from_the_settings_of_this_app() {
        let req = TestRequest::default()
            .app_data(web::Data::new(PageSettings {
                app_name: Arc::from("Acme ID"),
                catalogs: Catalogs::built_in().clone(),
                cookies: OwnCookies::default(),
            }))
            .to_http_request();
        let context = PageContext::of(&req);
        assert_eq!(&*context.layout().app_name, "Acme ID");
        assert!(!context.layout().nonce.is_empty());
        assert!(context.layout_without_scripts().nonce.is_empty());
        let other = PageContext::of(&TestRequest::default().to_http_request());
        assert_eq!(&*other.app_name, "vestibule");
    }

    #[test]
    fn the_switchers_cookie_wins_over_the_oauth2_request_and_the_browser() {
        let french = || {
            TestRequest::default()
                .insert_header(("Accept-Language", "fr-FR,fr;q=0.9"))
                .to_http_request()
        };
        let lang = |learned: Learned| PageContext::decide(&french(), learned).t.lang().to_owned();
        assert_eq!(lang(Learned::default()), "fr");
        assert_eq!(lang(learned(&["de"], None)), "de");
        assert_eq!(lang(learned(&[], Some("ja"))), "ja");
        assert_eq!(lang(learned(&["de"], Some("ja"))), "de");

        let chosen = TestRequest::default()
            .insert_header(("Accept-Language", "fr"))
            .cookie(actix_web::cookie::Cookie::new(LANGUAGE_COOKIE, "ar"))
            .to_http_request();
        let context = PageContext::decide(&chosen, learned(&["de"], None));
        assert_eq!(context.t.lang(), "ar");
        assert_eq!(context.t.dir(), "rtl");
    }

    #[test]
    fn the_decision_is_kept_with_the_request_for_its_error_page() {
        let req = TestRequest::default()
            .insert_header(("Accept-Language", "en"))
            .to_http_request();
        let decided = PageContext::decide(&req, learned(&["de", "fr"], None));
        assert_eq!(decided.t.lang(), "de");
        assert_eq!(PageContext::of(&req).t.lang(), "de");
        let undecided = TestRequest::default()
            .insert_header(("Accept-Language", "fr"))
            .to_http_request();
        assert_eq!(PageContext::of(&undecided).t.lang(), "fr");
        assert_eq!(
            Learned::identity(Some(&serde_json::json!({"locale": "ja"}))).as_deref(),
            Some("ja")
        );
        assert_eq!(Learned::identity(Some(&serde_json::json!({}))), None);
    }

    #[test]
    fn over_https_only_the_switchers_own_cookie_chooses_the_language() {
        let https = web::Data::new(PageSettings {
            app_name: Arc::from("vestibule"),
            catalogs: Catalogs::built_in().clone(),
            cookies: OwnCookies::for_base_url(
                &url::Url::parse("https://login.example.com/").unwrap(),
            ),
        });
        // `vestibule_language` for the parent domain is what another host under it can set.
        let planted = TestRequest::default()
            .app_data(https.clone())
            .insert_header(("Accept-Language", "fr"))
            .insert_header(("cookie", "vestibule_language=ar"))
            .to_http_request();
        assert_eq!(PageContext::of(&planted).t.lang(), "fr");
        let own = TestRequest::default()
            .app_data(https)
            .insert_header(("Accept-Language", "fr"))
            .insert_header((
                "cookie",
                "vestibule_language=ar; __Host-vestibule_language=de",
            ))
            .to_http_request();
        assert_eq!(PageContext::of(&own).t.lang(), "de");
    }
}
