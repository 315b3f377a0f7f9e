//! The stylesheet and the small trigger script, compiled into the binary so a deployment is one
//! file plus configuration.

use actix_web::http::header::{CacheControl, CacheDirective, ContentType};
use actix_web::{get, HttpResponse};

const STYLESHEET: &str = include_str!("../../static/vestibule.css");
const SCRIPT: &str = include_str!("../../static/vestibule.js");

#[get("/static/vestibule.css")]
pub async fn stylesheet() -> HttpResponse {
    asset(actix_web::mime::TEXT_CSS_UTF_8, STYLESHEET)
}

#[get("/static/vestibule.js")]
pub async fn script() -> HttpResponse {
    asset(actix_web::mime::APPLICATION_JAVASCRIPT_UTF_8, SCRIPT)
}

fn asset(mime: actix_web::mime::Mime, body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(ContentType(mime))
        .insert_header(CacheControl(vec![
            CacheDirective::Public,
            CacheDirective::MaxAge(3600),
        ]))
        .body(body)
}
