//! vestibule: the sign-in front door of an Ory stack. Hydra sends browsers here for login,
//! consent and logout; Kratos self-service flows are rendered here from their `ui.nodes`.
//!
//! Layers, from the bottom: `domain` (decisions, no I/O), `ory` (the Kratos and Hydra clients),
//! `i18n` (catalogs and the choice of language), `web` (HTTP plumbing), `ui` (the view model of
//! Kratos's nodes), `pages` (what pages share), `routes` (one handler module per thing a person
//! does); `metrics` counts what happens; `config`, `state` and `startup` wire them together, and
//! `preflight` checks the running Kratos and Hydra before vestibule serves.

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
