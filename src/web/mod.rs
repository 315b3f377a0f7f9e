//! The web plumbing every page relies on: security headers and the CSP nonce, CSRF tokens and
//! signed values, vestibule's own cookies, the layout and the page context, the one error type and its pages, request
//! limits, the client's address, request ids, and logging and request metrics.

pub mod client_ip;
pub mod context;
pub mod cookies;
pub mod csrf;
pub mod error;
pub mod request_id;
pub mod request_limits;
pub mod security;
pub mod shutdown;
pub mod signing;
pub mod telemetry;
pub mod views;
