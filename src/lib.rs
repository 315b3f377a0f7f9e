//! vestibule: the sign-in front door of an Ory stack. Hydra sends browsers here for login,
//! consent and logout; Kratos self-service flows are rendered here from their `ui.nodes`.
//!
//! Layers, from the bottom; each imports only those below it (`tests/layers.rs` checks it, and
//! that no modules import each other in a cycle): `domain` (decisions, no I/O, no HTTP, no Ory
//! client types, no words), `trace` (the request being served), `metrics` (what happens,
//! counted), `config` (the settings), `ory` (the Kratos and Hydra clients), `i18n` (catalogs and
//! the choice of language), `web` (HTTP plumbing, the page context and the one error type), `ui`
//! (the view model of Kratos's nodes), `state` (what every handler can reach), `pages` (what pages
//! share), `routes` (one handler module per thing a person does); `preflight` checks the running
//! Kratos and Hydra before vestibule serves, and `startup` wires everything together.

pub mod config;
pub mod domain;
pub mod i18n;
pub mod metrics;
pub mod ory;
pub mod pages;
pub mod preflight;
pub mod routes;
pub mod startup;
pub mod state;
pub mod trace;
pub mod ui;
pub mod web;
