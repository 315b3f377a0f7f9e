//! End-to-end tests against real Ory Kratos, Ory Hydra and Mailpit processes.
//! Run them with `scripts/test`, which builds those servers first.

mod account;
mod consent;
mod cookie_scope;
mod health;
mod languages;
mod login;
mod logout;
mod methods;
mod native_hydra;
mod phone;
mod replicas;
mod shared_browser;
mod social;
mod support;
mod upstream_calls;
