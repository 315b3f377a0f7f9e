//! What vestibule decides, free of HTTP and of calls to Kratos or Hydra: the identifiers that
//! travel through URLs, whether a sign-in may use a session, which scopes and claims are granted,
//! and what counts as a phone number. Each is a plain function or type with unit tests.

pub mod account;
pub mod claims;
pub mod consent;
pub mod ids;
pub mod phone;
pub mod signin;
