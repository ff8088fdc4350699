//! Scenario text in Markdown: the one escaping function every Markdown report uses, and
//! links only to web addresses.

/// `text` as literal Markdown: every character Markdown or HTML would interpret is
/// backslash-escaped (CommonMark escapes any ASCII punctuation), so that a name, title or
/// label can neither open a link, emphasis, code, an HTML tag or an entity, nor end a
/// table cell. A line break becomes a space (the text stays in its cell, item or
/// heading), and a leading `-`, `+` or `1.` is escaped so that it does not start a list.
///
/// Text without any of these characters is returned as it is.
pub(crate) fn escape(text: &str) -> String {
    const SPECIAL: &[char] = &[
        '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '#', '~', '!',
    ];
    let mut out = String::with_capacity(text.len());
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in text.chars().enumerate() {
        let starts_list = i == 0 && matches!(c, '-' | '+')
            || (digits > 0 && i == digits && matches!(c, '.' | ')'));
        match c {
            '\n' | '\r' => out.push(' '),
            c if SPECIAL.contains(&c) || starts_list => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// `label` (already Markdown) linked to `url` when that is a web address (`http://` or
/// `https://`); any other address (`javascript:`, `file:`, a bare word) is not linked,
/// and `None` is returned so that the caller prints it as escaped text.
///
/// The address is percent-encoded where Markdown would end or break it: spaces and
/// controls, `<`, `>`, `\`, and parentheses unless they pair up (as in Wikipedia's
/// `Treaty_of_Kyakhta_(1915)`, kept as written).
pub(crate) fn link(label: &str, url: &str) -> Option<String> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return None;
    }
    let balanced = {
        let mut depth = 0i32;
        url.chars().all(|c| {
            depth += match c {
                '(' => 1,
                ')' => -1,
                _ => 0,
            };
            depth >= 0
        }) && depth == 0
    };
    let mut dest = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '(' | ')' if balanced => dest.push(c),
            c if c.is_whitespace() || c.is_control() || "<>\\()".contains(c) => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    dest.push_str(&format!("%{b:02X}"));
                }
            }
            c => dest.push(c),
        }
    }
    Some(format!("[{label}]({dest})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_unchanged() {
        for t in [
            "Treaty of Portsmouth",
            "Jehol (Rehe)",
            "Eastern Chahar (Xilingol east of 116°27′E)",
            "Empire of Japan, sphere of influence → protectorate",
            "1912 agreement",
        ] {
            assert_eq!(escape(t), t);
        }
    }

    #[test]
    fn what_markdown_or_html_would_read_is_escaped() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(
            escape("[click](javascript:alert(1))"),
            "\\[click\\](javascript:alert(1))"
        );
        assert_eq!(escape("a | b\nc"), "a \\| b c");
        assert_eq!(
            escape("*bold* _it_ `code` &amp; #1 ~x~"),
            "\\*bold\\* \\_it\\_ \\`code\\` \\&amp; \\#1 \\~x\\~"
        );
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("1. first"), "1\\. first");
        assert_eq!(escape("a-b 1.5"), "a-b 1.5");
    }

    #[test]
    fn only_web_addresses_are_linked() {
        assert_eq!(
            link(
                "source",
                "https://en.wikipedia.org/wiki/Treaty_of_Kyakhta_(1915)"
            )
            .unwrap(),
            "[source](https://en.wikipedia.org/wiki/Treaty_of_Kyakhta_(1915))"
        );
        assert_eq!(
            link("s", "http://x.org/a b)<c>").unwrap(),
            "[s](http://x.org/a%20b%29%3Cc%3E)"
        );
        assert_eq!(link("s", "javascript:alert(1)"), None);
        assert_eq!(link("s", "file:///etc/passwd"), None);
        assert_eq!(link("s", "Archive of the Foreign Ministry"), None);
    }
}
