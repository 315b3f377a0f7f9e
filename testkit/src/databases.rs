//! Where a stack's Kratos and Hydra keep their data: SQLite files in the stack's directory, or
//! databases of their own in the PostgreSQL cluster of the test process ([`postgres`]).

use std::path::Path;

pub mod postgres;

/// Where Kratos and Hydra keep their data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Database {
    Sqlite,
    Postgres,
}

impl Database {
    /// `VESTIBULE_TEST_DATABASE`: `sqlite` (the default) or `postgres`.
    pub fn from_env() -> Self {
        match std::env::var("VESTIBULE_TEST_DATABASE").as_deref() {
            Err(_) | Ok("") | Ok("sqlite") => Database::Sqlite,
            Ok("postgres") => Database::Postgres,
            Ok(other) => {
                panic!("VESTIBULE_TEST_DATABASE must be sqlite or postgres, not {other:?}")
            }
        }
    }

    /// The DSN of a new database for `service` (kratos, hydra) of the stack in `dir`.
    pub fn dsn(self, dir: &Path, service: &str) -> String {
        match self {
            Database::Sqlite => format!(
                "sqlite://{}/{service}.sqlite?_fk=true&mode=rwc&_txlock=immediate&_journal_mode=WAL&_busy_timeout=30000&max_conns=64&max_idle_conns=16&lock=false",
                dir.display()
            ),
            Database::Postgres => postgres::Cluster::shared().create_database(service),
        }
    }
}
