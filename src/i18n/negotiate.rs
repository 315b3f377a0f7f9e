//! Which language a page is in. In order: the person's own choice on the page (the switcher's
//! cookie); the OAuth2 request's `ui_locales`; a signed-in person's `traits.locale`; the
//! browser's `Accept-Language`; the operator's `DEFAULT_LOCALE`.
//!
//! Each candidate list is matched with Fluent's language negotiation (CLDR likely subtags): `pt`
//! and `pt-PT` find `pt-BR`, `zh`, `zh-CN` and `zh-SG` find `zh-Hans` (but `zh-TW` and `zh-HK`,
//! written in Traditional characters, do not), `de-AT` finds `de`.

use std::sync::Arc;

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use super::{Catalogs, Locale};

/// What a request says about languages, strongest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preferences {
    /// The switcher's cookie.
    pub chosen: Option<String>,
    /// The OAuth2 request's `ui_locales` (space-separated tags, most preferred first).
    pub ui_locales: Option<String>,
    /// The signed-in person's `traits.locale`.
    pub identity: Option<String>,
    /// The `Accept-Language` header.
    pub accept_language: Option<String>,
}

/// The locale of a request with `preferences`.
pub fn choose(catalogs: &Catalogs, preferences: &Preferences) -> Arc<Locale> {
    let candidates: [Vec<LanguageIdentifier>; 4] = [
        preferences.chosen.as_deref().map(tags).unwrap_or_default(),
        preferences
            .ui_locales
            .as_deref()
            .map(tags)
            .unwrap_or_default(),
        preferences
            .identity
            .as_deref()
            .map(tags)
            .unwrap_or_default(),
        preferences
            .accept_language
            .as_deref()
            .map(accept_language)
            .unwrap_or_default(),
    ];
    candidates
        .iter()
        .find_map(|requested| best(catalogs, requested))
        .unwrap_or_else(|| catalogs.default_locale().clone())
}

/// The best of `catalogs` for `requested`, if any matches.
pub fn best(catalogs: &Catalogs, requested: &[LanguageIdentifier]) -> Option<Arc<Locale>> {
    if requested.is_empty() {
        return None;
    }
    let available: Vec<&LanguageIdentifier> = catalogs.locales().iter().map(|l| &l.id).collect();
    let requested: Vec<&LanguageIdentifier> = requested.iter().collect();
    let matched = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    let id = matched.first()?;
    catalogs.locales().iter().find(|l| &l.id == **id).cloned()
}

/// The tags of an `Accept-Language` header, by descending q-value (ties in header order); `*`
/// and tags with `q=0` are left out.
pub fn accept_language(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(f32, LanguageIdentifier)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';').map(str::trim);
            let tag = parts.next().filter(|t| !t.is_empty() && *t != "*")?;
            let q = parts
                .find_map(|p| p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")))
                .map(|q| q.parse::<f32>().unwrap_or(0.0))
                .unwrap_or(1.0);
            (q > 0.0).then_some((q, tag.parse().ok()?))
        })
        .collect();
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
    weighted.into_iter().map(|(_, tag)| tag).collect()
}

/// Language tags separated by spaces or commas; unparsable ones are skipped.
fn tags(list: &str) -> Vec<LanguageIdentifier> {
    list.split([' ', ','])
        .filter(|t| !t.is_empty())
        .filter_map(|t| t.parse().ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(preferences: Preferences) -> String {
        choose(Catalogs::built_in(), &preferences).tag.clone()
    }

    fn accept(header: &str) -> String {
        pick(Preferences {
            accept_language: Some(header.to_owned()),
            ..Preferences::default()
        })
    }

    #[test]
    fn the_order_is_choice_then_ui_locales_then_identity_then_browser() {
        let all = Preferences {
            chosen: Some("ja".to_owned()),
            ui_locales: Some("de".to_owned()),
            identity: Some("fr".to_owned()),
            accept_language: Some("es".to_owned()),
        };
        assert_eq!(pick(all.clone()), "ja");
        let without_choice = Preferences {
            chosen: None,
            ..all.clone()
        };
        assert_eq!(pick(without_choice.clone()), "de");
        let without_ui_locales = Preferences {
            ui_locales: None,
            ..without_choice.clone()
        };
        assert_eq!(pick(without_ui_locales.clone()), "fr");
        let browser_only = Preferences {
            identity: None,
            ..without_ui_locales
        };
        assert_eq!(pick(browser_only), "es");
        assert_eq!(pick(Preferences::default()), "en");
    }

    #[test]
    fn an_unknown_language_falls_through_to_the_next_source() {
        assert_eq!(
            pick(Preferences {
                chosen: Some("tlh".to_owned()),
                ui_locales: Some("xx-YY de".to_owned()),
                ..Preferences::default()
            }),
            "de"
        );
        assert_eq!(accept("tlh, x-klingon;q=0.5"), "en");
    }

    #[test]
    fn accept_language_weighs_q_values_and_finds_related_locales() {
        assert_eq!(accept("fr;q=0.4, de;q=0.9, en;q=0.1"), "de");
        assert_eq!(accept("pt-BR,pt;q=0.9"), "pt-BR");
        assert_eq!(accept("pt"), "pt-BR");
        assert_eq!(accept("pt-PT"), "pt-BR");
        assert_eq!(accept("de-AT"), "de");
        assert_eq!(accept("zh-CN,zh;q=0.9"), "zh-Hans");
        assert_eq!(accept("zh"), "zh-Hans");
        assert_eq!(accept("zh-TW, ja;q=0.5"), "ja");
        assert_eq!(accept("ar-EG"), "ar");
        assert_eq!(accept("*"), "en");
        assert_eq!(accept("de;q=0, fr;q=0.1"), "fr");
        assert_eq!(accept("garbage;;;,,q=x"), "en");
    }
}
