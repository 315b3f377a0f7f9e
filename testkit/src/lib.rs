//! vestibule's test harness: the one door every test, example and script goes through to run
//! vestibule and what it talks to.
//!
//! - [`Stack`]: Kratos, Hydra, Mailpit and vestibule on free ports with fresh databases and logs
//!   (`Stack::shared()` for a test binary, `Stack::start(options)` for one test), with helper
//!   methods for its URLs, logs and processes. Split by concern: [`processes`] (children tied to
//!   the test process, their logs), [`databases`] (SQLite, PostgreSQL), [`tls`] (the production
//!   shape), [`balancer`] (replicas behind HAProxy), [`redis`], [`configuration`] (the
//!   repository's `config/` rewritten for the stack's ports and names).
//! - [`Launch`] / [`Vestibule`]: one vestibule on its own, with Kratos and Hydra nowhere or at
//!   stand-ins, or with only the settings a start-up test gives it.
//! - [`free_port`]: ports for everything a test starts.
//!
//! Every process is started through [`processes::spawn_tied_to_test_process`], so none outlives
//! the test process that started it.

pub mod balancer;
pub mod configuration;
pub mod databases;
pub mod ports;
pub mod processes;
pub mod redis;
pub mod stack;
pub mod tls;
pub mod vestibule;

pub use configuration::Ports;
pub use databases::Database;
pub use ports::free_port;
pub use processes::{random_secret, tail};
pub use stack::{Stack, StackOptions};
pub use tls::{TlsShape, TLS_DOMAIN};
pub use vestibule::{Launch, Vestibule};
