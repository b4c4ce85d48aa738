//! Indonesian affix morphology: a root gives the forms news text uses.
//!
//! Generating forms from roots keeps the lexicons short and catches forms an
//! author would forget (`kirim` gives `mengirim`, `mengirimkan`, `dikirim`,
//! `pengiriman`, `kirimkan`, ...). Each form carries the frame that decides
//! where its arguments stand in the clause.

/// How a trigger word frames its arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Frame {
    /// Agent before the verb: `X mengirim senjata ke Y`, `X sent arms to Y`.
    Active,
    /// Agent after `oleh`/`by`, patient before: `Y dikunjungi oleh X`.
    Passive,
    /// A noun: agent as genitive, `dari`/`by`, possessive or clause subject.
    Nominal,
    /// A bare root in headline register (`Rusia Kirim Senjata`): it may
    /// corroborate an event told elsewhere, never create one.
    Headline,
}

/// The meN-/peN- prefix for a root, with the root's first sound as it fuses.
fn nasal_prefix(root: &str, stem: &str) -> (String, String) {
    // stem is "me" or "pe"
    let first = root.chars().next().unwrap_or('a');
    let rest = &root[first.len_utf8()..];
    let starts_vowel = "aiueo".contains(first);
    match first {
        'k' => (format!("{stem}ng"), rest.to_string()),
        'p' => (format!("{stem}m"), rest.to_string()),
        't' => (format!("{stem}n"), rest.to_string()),
        's' => (format!("{stem}ny"), rest.to_string()),
        'b' | 'f' | 'v' => (format!("{stem}m"), root.to_string()),
        'c' | 'd' | 'j' | 'z' => (format!("{stem}n"), root.to_string()),
        'g' | 'h' => (format!("{stem}ng"), root.to_string()),
        _ if starts_vowel => (format!("{stem}ng"), root.to_string()),
        _ => (stem.to_string(), root.to_string()),
    }
}

/// Every affixed form of an Indonesian root with its frame.
pub fn indonesian_forms(root: &str) -> Vec<(String, Frame)> {
    let root = root.trim().to_lowercase();
    if root.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let (me, me_root) = nasal_prefix(&root, "me");
    let (pe, pe_root) = nasal_prefix(&root, "pe");
    let active_base = format!("{me}{me_root}");
    // ber-, per-, ter- lose their r before a root that starts with one:
    // runding -> berunding, perundingan.
    let r = if root.starts_with('r') { "" } else { "r" };
    for suffix in ["", "kan", "i"] {
        out.push((format!("{active_base}{suffix}"), Frame::Active));
        out.push((format!("mempe{r}{root}{suffix}"), Frame::Active));
        out.push((format!("di{root}{suffix}"), Frame::Passive));
        out.push((format!("dipe{r}{root}{suffix}"), Frame::Passive));
    }
    out.push((format!("be{r}{root}"), Frame::Active));
    out.push((format!("te{r}{root}"), Frame::Passive));
    out.push((format!("{pe}{pe_root}an"), Frame::Nominal));
    out.push((format!("pe{r}{root}an"), Frame::Nominal));
    out.push((format!("{root}an"), Frame::Nominal));
    out.push((root.clone(), Frame::Headline));
    out.push((format!("{root}kan"), Frame::Headline));
    out.push((format!("{root}i"), Frame::Headline));
    out
}

/// The roots a peN-an noun may come from ("penyitaan": "sita";
/// "peluncuran": "luncur"), each giving the noun among its forms.
pub fn noun_roots(noun: &str) -> Vec<String> {
    let Some(stem) = noun.strip_suffix("an") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (prefix, first) in [
        ("peny", "s"),
        ("peng", "k"),
        ("peng", ""),
        ("pem", "p"),
        ("pem", ""),
        ("pen", "t"),
        ("pen", ""),
        ("per", ""),
        ("pe", ""),
    ] {
        if let Some(rest) = stem.strip_prefix(prefix) {
            let root = format!("{first}{rest}");
            if root.chars().count() >= 3
                && !out.contains(&root)
                && indonesian_forms(&root)
                    .iter()
                    .any(|(f, frame)| f == noun && *frame == Frame::Nominal)
            {
                out.push(root);
            }
        }
    }
    out
}

/// Strips the enclitics news Indonesian attaches to any word. Returns the
/// stem and whether a possessive `-nya` was removed.
pub fn strip_clitics(word: &str) -> (&str, bool) {
    for (suffix, possessive) in [
        ("nya", true),
        ("lah", false),
        ("kah", false),
        ("pun", false),
    ] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.chars().count() >= 4
        {
            return (stem, possessive);
        }
    }
    (word, false)
}

/// The phrase with a possessive `-nya` on its last word ("kedutaan" ->
/// "kedutaannya").
pub fn possessed(phrase: &str) -> String {
    format!("{phrase}nya")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(root: &str, form: &str, frame: Frame) -> bool {
        indonesian_forms(root).contains(&(form.to_string(), frame))
    }

    #[test]
    fn nasal_assimilation_follows_the_first_sound() {
        assert!(has("kirim", "mengirim", Frame::Active));
        assert!(has("kirim", "mengirimkan", Frame::Active));
        assert!(has("kirim", "dikirim", Frame::Passive));
        assert!(has("kirim", "pengiriman", Frame::Nominal));
        assert!(has("kirim", "kirim", Frame::Headline));
        assert!(has("pasok", "memasok", Frame::Active));
        assert!(has("pasok", "pasokan", Frame::Nominal));
        assert!(has("serang", "menyerang", Frame::Active));
        assert!(has("serang", "penyerangan", Frame::Nominal));
        assert!(has("tuding", "menuding", Frame::Active));
        assert!(has("bantah", "membantah", Frame::Active));
        assert!(has("kunjung", "mengunjungi", Frame::Active));
        assert!(has("kunjung", "berkunjung", Frame::Active));
        assert!(has("kunjung", "kunjungan", Frame::Nominal));
        assert!(has("usir", "mengusir", Frame::Active));
        assert!(has("kecam", "mengecam", Frame::Active));
        assert!(has("runding", "berunding", Frame::Active));
        assert!(has("runding", "perundingan", Frame::Nominal));
    }

    #[test]
    fn clitics_are_stripped_only_from_long_enough_stems() {
        assert_eq!(strip_clitics("kunjungannya"), ("kunjungan", true));
        assert_eq!(strip_clitics("tanya"), ("tanya", false));
        assert_eq!(strip_clitics("ditandatanganinya"), ("ditandatangani", true));
    }
}
