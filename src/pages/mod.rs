//! What several pages share on top of the Ory clients: the one loader and renderer of Kratos flow
//! pages; Hydra's pending requests, what a page shows of the OAuth2 client and the language of a
//! sign-in; accepting a login and sending the browser to Kratos to sign in; links; the identities
//! `/phone` makes for numbers not yet proven; the signed-in person the account pages are about,
//! with the page in their language. Route handlers call these; they never call each other.

pub mod account;
pub mod flow;
pub mod links;
pub mod oauth2;
pub mod signin;
pub mod unproven_phones;
