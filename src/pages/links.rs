//! Links every page builds: links to our own pages, origins for the Content-Security-Policy,
//! cookies on a response, and links to the outside that are safe to show.

use actix_web::cookie::Cookie;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse};
use url::Url;

use crate::web::error::AppError;

/// The browser's `Cookie` header (the Kratos client forwards only Kratos's own cookies of it).
pub fn cookie_header(req: &HttpRequest) -> Option<&str> {
    req.headers()
        .get(header::COOKIE)
        .and_then(|value| value.to_str().ok())
}

/// Adds `cookie` (when there is one to set) to `response`.
pub fn with_cookie(
    mut response: HttpResponse,
    cookie: Option<Cookie<'static>>,
) -> Result<HttpResponse, AppError> {
    if let Some(cookie) = cookie {
        response
            .add_cookie(&cookie)
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    Ok(response)
}

/// The origin of a URL, for CSP sources; `None` for opaque origins.
pub fn origin_of(url: &str) -> Option<String> {
    let url = Url::parse(url).ok()?;
    let origin = url.origin();
    origin.is_tuple().then(|| origin.ascii_serialization())
}

/// The origins a form's redirects pass through after it is posted: Hydra (the request's URL),
/// then the client's redirect URIs; sorted, without repeats.
pub fn redirect_origins<'a>(
    request_url: Option<&str>,
    redirect_uris: impl IntoIterator<Item = &'a String>,
) -> Vec<String> {
    let mut origins: Vec<String> = request_url.and_then(origin_of).into_iter().collect();
    origins.extend(redirect_uris.into_iter().filter_map(|uri| origin_of(uri)));
    origins.sort();
    origins.dedup();
    origins
}

/// `uri` when it is an absolute http(s) URL, the only kind a page links to or loads from (never
/// `javascript:` or `data:`).
pub fn http_url(uri: &str) -> Option<&str> {
    (uri.starts_with("https://") || uri.starts_with("http://")).then_some(uri)
}

/// A link to one of our own pages, with query parameters encoded.
pub fn local_link(path: &str, params: &[(&str, String)]) -> String {
    if params.is_empty() {
        return path.to_owned();
    }
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .finish();
    format!("{path}?{query}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_urls_are_linked() {
        assert_eq!(http_url("https://a.example/x"), Some("https://a.example/x"));
        assert_eq!(http_url("javascript:alert(1)"), None);
        assert_eq!(http_url("data:text/html,x"), None);
    }

    #[test]
    fn redirect_origins_are_sorted_and_unique() {
        let uris = vec![
            "https://b.example/cb".to_owned(),
            "https://a.example/cb".to_owned(),
            "https://b.example/other".to_owned(),
            "not a url".to_owned(),
        ];
        assert_eq!(
            redirect_origins(Some("http://hydra.example/oauth2/auth?x=1"), &uris),
            vec![
                "http://hydra.example",
                "https://a.example",
                "https://b.example"
            ]
        );
    }
}
