//! HTTP routes, one module per thing a user (or an operator's probe) does.

pub mod assets;
pub mod callback;
pub mod consent;
pub mod flow;
pub mod health;
pub mod login;
pub mod oauth2;
pub mod registration;

use actix_web::web;

use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(health::alive)
        .service(health::ready)
        .service(assets::stylesheet)
        .service(assets::script)
        .service(login::login)
        .service(registration::registration)
        .service(callback::callback)
        .service(consent::show)
        .service(consent::submit)
        .default_service(web::to(not_found));
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound("no such page".to_owned()))
}
