//! vestibule: the sign-in front door of an Ory stack. Hydra sends browsers here for login,
//! consent and logout; Kratos self-service flows are rendered here from their `ui.nodes`.

pub mod config;
pub mod error;
pub mod ory;
pub mod routes;
pub mod security;
pub mod startup;
pub mod telemetry;
pub mod views;
