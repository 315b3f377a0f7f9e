//! What several pages share on top of the Ory clients: reading, restarting and rendering Kratos
//! flows; Hydra's pending requests and what a page shows of the OAuth2 client; accepting a login
//! and sending the browser to Kratos to sign in; links and responses; the identities `/phone`
//! makes for numbers not yet proven and the counts of its limits; the signed-in person the
//! account pages are about. Route handlers call these; they never call each other.

pub mod account;
pub mod flow;
pub mod links;
pub mod oauth2;
pub mod signin;
pub mod unproven_phones;
