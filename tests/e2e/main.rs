//! End-to-end tests against real Ory Kratos, Ory Hydra and Mailpit processes.
//! Run them with `scripts/test`, which builds those servers first.

mod consent;
mod health;
mod login;
mod logout;
mod methods;
mod replicas;
mod shared_browser;
mod social;
mod support;
