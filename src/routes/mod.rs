//! HTTP handlers, one module per thing a person (or an operator's probe) does. A route module
//! never imports another: what pages share lives in `crate::pages`.

pub mod apps;
pub mod assets;
pub mod callback;
pub mod consent;
pub mod error_page;
pub mod health;
pub mod home;
pub mod language;
pub mod login;
pub mod logout;
pub mod phone;
pub mod recovery;
pub mod registration;
pub mod sessions;
pub mod settings;
pub mod verification;

use actix_web::web;

use crate::web::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(health::alive)
        .service(health::ready)
        .service(assets::stylesheet)
        .service(assets::script)
        .service(home::home)
        .service(language::switch)
        .service(apps::show)
        .service(apps::remove)
        .service(sessions::show)
        .service(sessions::end)
        .service(login::login)
        .service(registration::registration)
        .service(callback::callback)
        .service(consent::show)
        .service(consent::submit)
        .service(logout::show)
        .service(logout::submit)
        .service(phone::show)
        .service(phone::submit)
        .service(recovery::recovery)
        .service(verification::verification)
        .service(settings::settings)
        .service(error_page::error)
        .default_service(web::to(not_found));
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound("no such page".to_owned()))
}
