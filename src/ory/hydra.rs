//! Ory Hydra admin API: login, consent and logout requests.

use url::Url;

use super::{health_ready, Upstream, UpstreamError};

#[derive(Clone)]
pub struct Hydra {
    http: reqwest::Client,
    admin_url: Url,
}

impl Hydra {
    pub fn new(http: reqwest::Client, admin_url: Url) -> Self {
        Self { http, admin_url }
    }

    pub async fn ready(&self) -> Result<(), UpstreamError> {
        health_ready(&self.http, &self.admin_url, "health/ready", Upstream::Hydra).await
    }
}
