//! What vestibule decides, free of HTTP and of calls to Kratos or Hydra: the identifiers that
//! travel through URLs, whether a sign-in may use a session, which scopes and claims are granted,
//! what counts as a phone number, and whether Kratos's cookies stay clear of the apps. Each is a plain function or type with unit tests.

pub mod account;
pub mod claims;
pub mod consent;
pub mod cookie_scope;
pub mod ids;
pub mod phone;
pub mod proxies;
pub mod signin;
