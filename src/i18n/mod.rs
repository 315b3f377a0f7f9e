//! Every page in the person's language. The catalogs are Project Fluent files
//! (`locales/<locale>/vestibule.ftl` for vestibule's own words, `kratos.ftl` for Kratos's
//! messages by id), built into the binary; an operator's `LOCALES_DIR` adds locales or overrides
//! single messages at start-up. [`negotiate`] picks the language of a request; [`Translator`] is
//! what pages and the Kratos view model translate with.

pub mod kratos;
pub mod negotiate;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod built_in {
    include!(concat!(env!("OUT_DIR"), "/built_in_locales.rs"));
}

/// The locales vestibule ships, in the order the language switcher lists them.
pub const BUILT_IN_LOCALES: [&str; 12] = [
    "en", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "sv", "ja", "zh-Hans", "ar",
];

/// Languages written from right to left (their pages are mirrored).
const RIGHT_TO_LEFT: [&str; 8] = ["ar", "fa", "he", "ur", "ps", "sd", "yi", "dv"];

/// A catalog that cannot be used: start-up stops and names the file and line.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("{file}:{line}: {message}")]
    Syntax {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}: {message}")]
    Unreadable { file: String, message: String },
    #[error("{dir}: `{name}` is not a language tag (such as `de` or `pt-BR`)")]
    NotALocale { dir: String, name: String },
    #[error("DEFAULT_LOCALE `{0}` has no catalog (the locales are {1})")]
    UnknownDefault(String, String),
}

/// One language: its tag, its direction and its messages (built-in ones overridden by the
/// operator's).
pub struct Locale {
    pub tag: String,
    pub id: LanguageIdentifier,
    pub rtl: bool,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale").field("tag", &self.tag).finish()
    }
}

impl Locale {
    fn new(tag: &str, id: LanguageIdentifier) -> Self {
        let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
        // Pages are HTML with `dir` set; the isolation marks Fluent adds around variables would
        // end up in attribute values and copied text.
        bundle.set_use_isolating(false);
        Self {
            rtl: RIGHT_TO_LEFT.contains(&id.language.as_str()),
            tag: tag.to_owned(),
            id,
            bundle,
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// The language's own name for itself, for the switcher.
    pub fn name(&self) -> String {
        self.format("locale-name", None)
            .unwrap_or_else(|| self.tag.clone())
    }

    /// The message `key` with `args`, or `None` when this locale lacks it.
    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(locale = %self.tag, key, errors = ?errors, "a message is missing a variable");
        }
        Some(text.into_owned())
    }
}

/// Every locale vestibule can speak, and the operator's default.
#[derive(Debug)]
pub struct Catalogs {
    locales: Vec<Arc<Locale>>,
    default: usize,
    english: usize,
}

impl Catalogs {
    /// The built-in catalogs, then the operator's `dir` (new locales, or messages overriding
    /// built-in ones), with `default` the language when nothing else decides.
    pub fn load(dir: Option<&Path>, default: &str) -> Result<Self, CatalogError> {
        let mut files: BTreeMap<String, Vec<(String, Cow<'static, str>)>> = BTreeMap::new();
        for (locale, name, text) in built_in::BUILT_IN {
            files.entry((*locale).to_owned()).or_default().push((
                format!("locales/{locale}/{name} (built in)"),
                Cow::Borrowed(text),
            ));
        }
        if let Some(dir) = dir {
            for (locale, file, text) in read_dir(dir)? {
                files
                    .entry(locale)
                    .or_default()
                    .push((file, Cow::Owned(text)));
            }
        }
        let mut locales = Vec::new();
        for (tag, sources) in files {
            let id: LanguageIdentifier = tag.parse().map_err(|_| CatalogError::NotALocale {
                dir: dir.map(|d| d.display().to_string()).unwrap_or_default(),
                name: tag.clone(),
            })?;
            let mut locale = Locale::new(&tag, id);
            for (file, text) in sources {
                let resource = parse(&file, text.into_owned())?;
                locale.bundle.add_resource_overriding(resource);
            }
            locales.push(Arc::new(locale));
        }
        // The switcher lists the built-in locales in their order, then the operator's.
        locales.sort_by_key(|l| {
            BUILT_IN_LOCALES
                .iter()
                .position(|b| *b == l.tag)
                .unwrap_or(BUILT_IN_LOCALES.len())
        });
        let find = |tag: &str| locales.iter().position(|l| l.tag.eq_ignore_ascii_case(tag));
        let english = find("en").unwrap_or(0);
        let default = find(default).ok_or_else(|| {
            CatalogError::UnknownDefault(
                default.to_owned(),
                locales
                    .iter()
                    .map(|l| l.tag.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        })?;
        Ok(Self {
            locales,
            default,
            english,
        })
    }

    /// The built-in catalogs only, English by default (tests, and the fallback of pages that
    /// render without the app's data).
    pub fn built_in() -> &'static Arc<Catalogs> {
        static BUILT_IN: std::sync::OnceLock<Arc<Catalogs>> = std::sync::OnceLock::new();
        BUILT_IN.get_or_init(|| {
            Arc::new(Catalogs::load(None, "en").expect("the built-in catalogs are valid"))
        })
    }

    pub fn locales(&self) -> &[Arc<Locale>] {
        &self.locales
    }

    pub fn default_locale(&self) -> &Arc<Locale> {
        &self.locales[self.default]
    }

    pub fn get(&self, tag: &str) -> Option<&Arc<Locale>> {
        self.locales
            .iter()
            .find(|l| l.tag.eq_ignore_ascii_case(tag))
    }

    /// A translator into `locale`, falling back to English for a message the locale lacks.
    pub fn translator(self: &Arc<Self>, locale: &Arc<Locale>) -> Translator {
        Translator {
            locale: locale.clone(),
            catalogs: self.clone(),
        }
    }

    fn english(&self) -> &Arc<Locale> {
        &self.locales[self.english]
    }
}

/// `*.ftl` of every `<dir>/<locale>/` directory: (locale, file name for messages, text).
fn read_dir(dir: &Path) -> Result<Vec<(String, String, String)>, CatalogError> {
    let unreadable = |path: &Path, err: std::io::Error| CatalogError::Unreadable {
        file: path.display().to_string(),
        message: err.to_string(),
    };
    let mut found = Vec::new();
    let mut locales: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| unreadable(dir, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    locales.sort();
    for locale in locales {
        let tag = locale
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut names: Vec<PathBuf> = std::fs::read_dir(&locale)
            .map_err(|e| unreadable(&locale, e))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("ftl"))
            .collect();
        names.sort();
        for file in names {
            let text = std::fs::read_to_string(&file).map_err(|e| unreadable(&file, e))?;
            found.push((tag.clone(), file.display().to_string(), text));
        }
    }
    Ok(found)
}

/// Parses one catalog file; the first syntax error is reported with its line.
pub fn parse(file: &str, text: String) -> Result<FluentResource, CatalogError> {
    match FluentResource::try_new(text) {
        Ok(resource) => Ok(resource),
        Err((resource, errors)) => {
            let error = &errors[0];
            let source = resource.source();
            let start = error.pos.start.min(source.len());
            let line = source[..start].matches('\n').count() + 1;
            Err(CatalogError::Syntax {
                file: file.to_owned(),
                line,
                message: error.kind.to_string(),
            })
        }
    }
}

/// Translates into one locale; what the page context hands templates and view models.
#[derive(Clone, Debug)]
pub struct Translator {
    locale: Arc<Locale>,
    catalogs: Arc<Catalogs>,
}

impl Default for Translator {
    fn default() -> Self {
        let catalogs = Catalogs::built_in();
        catalogs.translator(catalogs.default_locale())
    }
}

impl Translator {
    pub fn locale(&self) -> &Arc<Locale> {
        &self.locale
    }

    pub fn catalogs(&self) -> &Arc<Catalogs> {
        &self.catalogs
    }

    /// The language tag for `<html lang>`.
    pub fn lang(&self) -> &str {
        &self.locale.tag
    }

    /// `rtl` or `ltr`, for `<html dir>`.
    pub fn dir(&self) -> &'static str {
        if self.locale.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The message `key`; English where this locale lacks it; the key itself if no catalog has
    /// it (a bug the completeness test catches).
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with one variable.
    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.with(key, &[(name, Arg::from(value.to_string()))])
    }

    /// The message `key` with two variables.
    pub fn t2(
        &self,
        key: &str,
        name: &str,
        value: impl std::fmt::Display,
        other_name: &str,
        other_value: impl std::fmt::Display,
    ) -> String {
        self.with(
            key,
            &[
                (name, Arg::from(value.to_string())),
                (other_name, Arg::from(other_value.to_string())),
            ],
        )
    }

    /// The message `key` with variables.
    pub fn with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.to_fluent());
        }
        self.format(key, Some(&fluent))
    }

    /// The message `key` with `name` set to `value` shown inside `<tag class>`: escaped HTML, for
    /// templates to output with `|safe`.
    pub fn t_markup(&self, key: &str, name: &str, value: &str, tag: &str, class: &str) -> String {
        self.markup_with(key, &[], name, value, tag, class)
    }

    /// [`Translator::t_markup`] with more (plain) variables.
    pub fn markup_with(
        &self,
        key: &str,
        args: &[(&str, Arg)],
        name: &str,
        value: &str,
        tag: &str,
        class: &str,
    ) -> String {
        const MARK: &str = "\u{E000}";
        let mut all = args.to_vec();
        all.push((name, Arg::from(MARK)));
        let text = self.with(key, &all);
        let wrapped = if class.is_empty() {
            format!("<{tag}>{}</{tag}>", escape(value))
        } else {
            format!(
                "<{tag} class=\"{}\">{}</{tag}>",
                escape(class),
                escape(value)
            )
        };
        escape(&text).replace(MARK, &wrapped)
    }

    pub fn has(&self, key: &str) -> bool {
        self.locale.has(key)
    }

    /// The message `key` in this locale only (no fallback), for Kratos's messages.
    pub fn format_own(&self, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.locale.format(key, args)
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        self.locale
            .format(key, args)
            .or_else(|| self.catalogs.english().format(key, args))
            .unwrap_or_else(|| {
                tracing::warn!(key, "no catalog has this message");
                key.to_owned()
            })
    }

    /// An identity-schema title (the operator's words) in this language, looked up as
    /// `trait-<title in lower case, other characters as ->`; the title itself when no catalog
    /// translates it.
    pub fn schema_title(&self, title: &str) -> String {
        let key = title_key(title);
        self.locale
            .format(&key, None)
            .unwrap_or_else(|| title.to_owned())
    }
}

/// `trait-first-name` for "First name".
pub fn title_key(title: &str) -> String {
    let mut key = String::from("trait-");
    let mut dash = false;
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            key.push(c);
            dash = false;
        } else if !dash && !key.ends_with('-') {
            key.push('-');
            dash = true;
        }
    }
    while key.ends_with('-') && key.len() > "trait-".len() {
        key.pop();
    }
    key
}

/// A variable's value: text, or a number (which plurals select on).
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Number(value as f64)
    }
}

impl From<u64> for Arg {
    fn from(value: u64) -> Self {
        Arg::Number(value as f64)
    }
}

impl Arg {
    fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            Arg::Text(text) => FluentValue::String(Cow::Owned(text.clone())),
            Arg::Number(n) => FluentValue::from(*n),
        }
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_file_is_named_with_its_line() {
        let err = parse(
            "de/vestibule.ftl",
            "ok = fine\nbroken\nalso = fine\n".to_owned(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("de/vestibule.ftl:2:"), "{err}");
    }

    #[test]
    fn the_operators_directory_adds_locales_and_overrides_messages() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("en")).unwrap();
        std::fs::write(dir.path().join("en/mine.ftl"), "login-title = Log on\n").unwrap();
        std::fs::create_dir(dir.path().join("eo")).unwrap();
        std::fs::write(
            dir.path().join("eo/vestibule.ftl"),
            "login-title = Ensaluti\n",
        )
        .unwrap();
        let catalogs = Arc::new(Catalogs::load(Some(dir.path()), "eo").unwrap());
        assert_eq!(catalogs.default_locale().tag, "eo");
        let eo = catalogs.translator(catalogs.default_locale());
        assert_eq!(eo.t("login-title"), "Ensaluti");
        // What the new locale lacks comes from English.
        assert_eq!(eo.t("consent-allow"), "Allow");
        let en = catalogs.translator(catalogs.get("en").unwrap());
        assert_eq!(en.t("login-title"), "Log on");

        std::fs::write(dir.path().join("eo/broken.ftl"), "a = b\n\n= c\n").unwrap();
        let err = Catalogs::load(Some(dir.path()), "en")
            .unwrap_err()
            .to_string();
        assert!(err.contains("broken.ftl:3:"), "{err}");
        assert!(Catalogs::load(None, "xx").is_err());
    }

    #[test]
    fn variables_inside_markup_are_escaped() {
        let t = Translator::default();
        assert_eq!(
            t.t_markup("consent-heading", "client", "<b>A&B</b>", "span", "client-name"),
            "<span class=\"client-name\">&lt;b&gt;A&amp;B&lt;/b&gt;</span> wants to access your account"
        );
        assert_eq!(t.dir(), "ltr");
        assert_eq!(t.lang(), "en");
    }

    #[test]
    fn plurals_follow_the_language() {
        let t = Translator::default();
        assert_eq!(
            t.with("wait-minutes", &[("count", Arg::from(1usize))]),
            "1 minute"
        );
        assert_eq!(
            t.with("wait-minutes", &[("count", Arg::from(3usize))]),
            "3 minutes"
        );
    }

    #[test]
    fn schema_titles_are_looked_up_by_their_words() {
        assert_eq!(title_key("First name"), "trait-first-name");
        assert_eq!(title_key("E-Mail"), "trait-e-mail");
        assert_eq!(title_key("  Phone  number! "), "trait-phone-number");
        let t = Translator::default();
        assert_eq!(t.schema_title("First name"), "First name");
        assert_eq!(t.schema_title("Favourite colour"), "Favourite colour");
    }
}
