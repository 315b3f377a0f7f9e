//! What every page knows, whatever the route: the product's name, this response's CSP nonce and
//! the person's language. Handlers take it as an extractor, so no page reaches for global state.
//! The language starts from the switcher's cookie and `Accept-Language`; a page that knows more
//! (the OAuth2 request's `ui_locales`, the signed-in person's `traits.locale`) refines it with
//! [`PageContext::with_ui_locales`] and [`PageContext::with_identity_locale`].

use std::future::{ready, Ready};
use std::sync::Arc;

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};

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

#[derive(Clone, Debug)]
pub struct PageContext {
    pub app_name: Arc<str>,
    pub nonce: CspNonce,
    /// What the request says about languages.
    pub preferences: Preferences,
    /// The page's language, chosen from `preferences`.
    pub t: Translator,
    /// The path and query of this page, where the language switcher returns to.
    pub here: String,
}

impl PageContext {
    pub fn of(req: &HttpRequest) -> Self {
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
            ui_locales: None,
            identity: None,
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
            preferences,
            here: req
                .uri()
                .path_and_query()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_else(|| "/".to_owned()),
        }
    }

    /// The same page, with the OAuth2 request's `ui_locales` (space-separated tags) taken into
    /// account.
    pub fn with_ui_locales(&self, ui_locales: &[String]) -> Self {
        if ui_locales.is_empty() {
            return self.clone();
        }
        self.refined(Preferences {
            ui_locales: Some(ui_locales.join(" ")),
            ..self.preferences.clone()
        })
    }

    /// The same page, with the signed-in person's `traits.locale` taken into account.
    pub fn with_identity_locale(&self, traits: Option<&serde_json::Value>) -> Self {
        let Some(locale) = traits
            .and_then(|t| t.get("locale"))
            .and_then(serde_json::Value::as_str)
        else {
            return self.clone();
        };
        self.refined(Preferences {
            identity: Some(locale.to_owned()),
            ..self.preferences.clone()
        })
    }

    fn refined(&self, preferences: Preferences) -> Self {
        let catalogs = self.t.catalogs().clone();
        let locale = negotiate::choose(&catalogs, &preferences);
        Self {
            t: catalogs.translator(&locale),
            preferences,
            ..self.clone()
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

impl FromRequest for PageContext {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Self::of(req)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

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
        let req = TestRequest::default()
            .insert_header(("Accept-Language", "fr-FR,fr;q=0.9"))
            .to_http_request();
        let context = PageContext::of(&req);
        assert_eq!(context.t.lang(), "fr");
        assert_eq!(context.with_ui_locales(&["de".to_owned()]).t.lang(), "de");
        let traits = serde_json::json!({"locale": "ja"});
        assert_eq!(context.with_identity_locale(Some(&traits)).t.lang(), "ja");
        assert_eq!(
            context
                .with_identity_locale(Some(&traits))
                .with_ui_locales(&["de".to_owned()])
                .t
                .lang(),
            "de"
        );

        let chosen = TestRequest::default()
            .insert_header(("Accept-Language", "fr"))
            .cookie(actix_web::cookie::Cookie::new(LANGUAGE_COOKIE, "ar"))
            .to_http_request();
        let context = PageContext::of(&chosen).with_ui_locales(&["de".to_owned()]);
        assert_eq!(context.t.lang(), "ar");
        assert_eq!(context.t.dir(), "rtl");
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
