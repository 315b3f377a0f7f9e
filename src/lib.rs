//! vestibule: the sign-in front door of an Ory stack. Hydra sends browsers here for login,
//! consent and logout; Kratos self-service flows are rendered here from their `ui.nodes`.

pub mod claims;
pub mod client_ip;
pub mod config;
pub mod consent;
pub mod csrf;
pub mod error;
pub mod ids;
pub mod ory;
pub mod phone;
pub mod request_limits;
pub mod routes;
pub mod security;
pub mod signin;
pub mod signing;
pub mod startup;
pub mod telemetry;
pub mod ui;
pub mod views;
