//! End-to-end tests against real Ory Kratos, Ory Hydra and Mailpit processes, started by
//! `vestibule_testkit::Stack`. Run them with `scripts/test`, which builds those servers first;
//! tests/README.md says how they are organised.

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
mod recovery;
mod replicas;
mod scenarios;
mod shared_browser;
mod social;
mod support;
mod upstream_calls;
