//! HTTP routes, one module per thing a user (or an operator's probe) does.

pub mod assets;
pub mod health;

use actix_web::web;

use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(health::alive)
        .service(health::ready)
        .service(assets::stylesheet)
        .default_service(web::to(not_found));
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound("no such page".to_owned()))
}
