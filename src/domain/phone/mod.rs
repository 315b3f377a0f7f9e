//! Phone numbers as people type them, made into the international form Kratos stores, and what
//! the operator allows of them.

pub mod limits;

/// Digits dropped from the end of a number to give its block (see [`prefix`]).
const BLOCK_DIGITS: usize = 3;

/// `+` and 8 to 15 digits (E.164), from input with spaces, dashes, dots or brackets, and `00`
/// written for `+`. Anything else is not a number we can text.
pub fn normalize(raw: &str) -> Option<String> {
    let compact: String = raw
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}'))
        .collect();
    let digits = compact
        .strip_prefix('+')
        .or_else(|| compact.strip_prefix("00"))?;
    let valid = (8..=15).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && !digits.starts_with('0');
    valid.then(|| format!("+{digits}"))
}

/// The block of 1,000 consecutive numbers a normalized number belongs to (the number without its
/// last three digits), so that someone trying a range of numbers runs into one limit.
pub fn prefix(number: &str) -> &str {
    &number[..number.len().saturating_sub(BLOCK_DIGITS)]
}

/// The country calling codes whose numbers may sign in (`PHONE_ALLOWED_COUNTRY_CODES`); empty
/// allows all. Calling codes form a prefix code (none is the start of another), so a number
/// belongs to a code exactly when its digits start with it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CountryCodes(Vec<String>);

impl CountryCodes {
    /// A comma-separated list of calling codes, with or without `+`: `49, 33, +1`.
    pub fn parse(raw: &str) -> Result<Self, String> {
        raw.split(',')
            .map(str::trim)
            .filter(|code| !code.is_empty())
            .map(|code| {
                let digits = code.strip_prefix('+').unwrap_or(code);
                let valid = (1..=3).contains(&digits.len())
                    && digits.chars().all(|c| c.is_ascii_digit())
                    && !digits.starts_with('0');
                if valid {
                    Ok(digits.to_owned())
                } else {
                    Err(format!(
                        "`{code}` is not a country calling code (1 to 3 digits, e.g. 49)"
                    ))
                }
            })
            .collect::<Result<_, _>>()
            .map(Self)
    }

    /// Whether a normalized number (`+` and digits) may be used.
    pub fn allows(&self, number: &str) -> bool {
        let digits = number.strip_prefix('+').unwrap_or(number);
        self.0.is_empty() || self.0.iter().any(|code| digits.starts_with(code.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::{normalize, prefix, CountryCodes};

    #[test]
    fn international_numbers_are_accepted_in_common_spellings() {
        assert_eq!(
            normalize("+49 151 1234-5678").as_deref(),
            Some("+4915112345678")
        );
        assert_eq!(
            normalize("0049 (151) 12345678").as_deref(),
            Some("+4915112345678")
        );
        assert_eq!(
            normalize(" +1.415.555.0100 ").as_deref(),
            Some("+14155550100")
        );
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "0151 12345678",
            "+49",
            "+0151234567",
            "+49 151 abc",
            "+1234567890123456",
            "<script>",
        ] {
            assert_eq!(normalize(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn numbers_in_one_block_of_a_thousand_share_a_prefix() {
        assert_eq!(prefix("+4915112345678"), "+4915112345");
        assert_eq!(prefix("+4915112345999"), prefix("+4915112345000"));
        assert_ne!(prefix("+4915112345678"), prefix("+4915112346678"));
        assert_eq!(prefix("+14155550100"), "+14155550");
    }

    #[test]
    fn only_numbers_of_allowed_country_codes_pass() {
        let allowed = CountryCodes::parse("49, +33,1").unwrap();
        assert!(allowed.allows("+4915112345678"));
        assert!(allowed.allows("+33612345678"));
        assert!(allowed.allows("+14155550100"));
        assert!(!allowed.allows("+447700900123"));
        assert!(!allowed.allows("+3912345678"));
        assert!(CountryCodes::parse("").unwrap().allows("+447700900123"));
        for bad in ["049", "1234", "+", "4x", "49 33"] {
            let err = CountryCodes::parse(bad).unwrap_err();
            assert!(err.contains(bad.trim_start_matches('+')), "{err}");
        }
    }
}
