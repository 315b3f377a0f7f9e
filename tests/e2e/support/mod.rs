//! What the end-to-end tests share: a browser that records every hop, people and apps made
//! through the admin APIs, codes from mail and text messages, and the steps of a sign-in. The
//! stack itself is `vestibule_testkit::Stack` (see tests/README.md).

pub mod browser;
pub mod mail;
pub mod oidc;
pub mod ory;
pub mod pages;
pub mod signin;
pub mod sms;
pub mod totp;
pub mod upstream;

pub use browser::{is_consent, never, query_param, Browser, Form, Page};
pub use ory::{OAuthClient, REDIRECT_URI};
pub use vestibule_testkit::{free_port, Stack, StackOptions};

/// An HTTP client for talking to the stack the way a test wants: redirects are never followed,
/// so each test sees (and asserts on) every hop.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("build test client")
}
