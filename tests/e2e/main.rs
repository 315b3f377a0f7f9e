//! End-to-end tests against real Ory Kratos, Ory Hydra and Mailpit processes.
//! Run them with `scripts/test`, which builds those servers first.

mod health;
mod login;
mod support;
