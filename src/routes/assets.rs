//! The stylesheet, compiled into the binary so a deployment is one file plus configuration.

use actix_web::http::header::{CacheControl, CacheDirective, ContentType};
use actix_web::{get, HttpResponse};

const STYLESHEET: &str = include_str!("../../static/vestibule.css");

#[get("/static/vestibule.css")]
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(ContentType(mime_css()))
        .insert_header(CacheControl(vec![
            CacheDirective::Public,
            CacheDirective::MaxAge(3600),
        ]))
        .body(STYLESHEET)
}

fn mime_css() -> actix_web::mime::Mime {
    actix_web::mime::TEXT_CSS_UTF_8
}
