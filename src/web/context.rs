//! What every page knows, whatever the route: the product's name, this response's CSP nonce and
//! (once chosen) the person's language. Handlers take it as an extractor, so no page reaches for
//! global state.

use std::future::{ready, Ready};
use std::sync::Arc;

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};

use crate::web::security::CspNonce;
use crate::web::views::Layout;

/// The operator's settings that every page shows, registered as app data at start-up.
#[derive(Clone, Debug)]
pub struct PageSettings {
    pub app_name: Arc<str>,
}

#[derive(Clone, Debug)]
pub struct PageContext {
    pub app_name: Arc<str>,
    pub nonce: CspNonce,
    /// The language of the page; `None` until languages are chosen per person.
    pub locale: Option<String>,
}

impl PageContext {
    pub fn of(req: &HttpRequest) -> Self {
        let app_name = req
            .app_data::<web::Data<PageSettings>>()
            .map(|settings| settings.app_name.clone())
            .unwrap_or_else(|| Arc::from("vestibule"));
        Self {
            app_name,
            nonce: CspNonce::of(req),
            locale: None,
        }
    }

    pub fn layout(&self) -> Layout {
        Layout {
            app_name: self.app_name.clone(),
            nonce: self.nonce.as_str().to_owned(),
        }
    }

    /// For pages that run no script, such as error pages.
    pub fn layout_without_scripts(&self) -> Layout {
        Layout {
            app_name: self.app_name.clone(),
            nonce: String::new(),
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
            }))
            .to_http_request();
        let context = PageContext::of(&req);
        assert_eq!(&*context.layout().app_name, "Acme ID");
        assert!(!context.layout().nonce.is_empty());
        assert!(context.layout_without_scripts().nonce.is_empty());
        let other = PageContext::of(&TestRequest::default().to_http_request());
        assert_eq!(&*other.app_name, "vestibule");
    }
}
