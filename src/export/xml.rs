//! XML escaping shared by the GraphML and GEXF writers.

/// Text safe inside an XML element or a double-quoted attribute. Control
/// characters XML 1.0 forbids are dropped; newlines and tabs are kept as
/// character references so attributes keep them too.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_quotes_and_controls() {
        assert_eq!(
            super::escape("<script>\"a\" & 'b'\n\u{1}"),
            "&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&#10;"
        );
    }
}
