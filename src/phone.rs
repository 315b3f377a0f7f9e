//! Phone numbers as people type them, made into the international form Kratos stores.

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

#[cfg(test)]
mod tests {
    use super::normalize;

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
}
