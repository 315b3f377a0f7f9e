//! Ory Kratos: self-service flows and sessions (public API), identities (admin API).

use url::Url;

use super::{health_ready, Upstream, UpstreamError};

#[derive(Clone)]
pub struct Kratos {
    http: reqwest::Client,
    public_url: Url,
    browser_url: Url,
    admin_url: Url,
}

impl Kratos {
    pub fn new(http: reqwest::Client, public_url: Url, browser_url: Url, admin_url: Url) -> Self {
        Self {
            http,
            public_url,
            browser_url,
            admin_url,
        }
    }

    /// Kratos's public address as the browser reaches it.
    pub fn browser_url(&self) -> &Url {
        &self.browser_url
    }

    pub async fn public_ready(&self) -> Result<(), UpstreamError> {
        health_ready(
            &self.http,
            &self.public_url,
            "health/ready",
            Upstream::Kratos,
        )
        .await
    }

    pub async fn admin_ready(&self) -> Result<(), UpstreamError> {
        // The admin API lives under `/admin/`; the unprefixed path only redirects there.
        health_ready(
            &self.http,
            &self.admin_url,
            "admin/health/ready",
            Upstream::KratosAdmin,
        )
        .await
    }
}
