//! Properties over generated input: sentences tile any text, and no stage
//! panics on anything.

use geokg::model::{Article, Lang};
use proptest::prelude::*;

fn text_strategy() -> impl Strategy<Value = String> {
    // Arbitrary unicode plus the characters the rules care about.
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(
            prop_oneof![
                Just("Rusia ".to_string()),
                Just("Korea Utara".to_string()),
                Just(" mengirim senjata ke ".to_string()),
                Just("Kamis (20/6)".to_string()),
                Just(". ".to_string()),
                Just("\n".to_string()),
                Just("\u{201C}".to_string()),
                Just(", ".to_string()),
                Just("U.S. ".to_string()),
                Just("sehari setelah ".to_string()),
                Just("tidak ".to_string()),
                Just("'s ".to_string()),
                "[a-zA-Z\u{e9}\u{4e2d} ]{0,8}",
            ],
            0..40
        )
        .prop_map(|v| v.concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn sentences_tile_the_text(text in text_strategy()) {
        let s = geokg::segment::sentences(&text);
        if text.is_empty() {
            prop_assert!(s.is_empty());
        } else {
            prop_assert_eq!(s[0].span.start, 0);
            prop_assert_eq!(s.last().unwrap().span.end, text.len());
            for w in s.windows(2) {
                prop_assert_eq!(w[0].span.end, w[1].span.start);
            }
            for x in &s {
                prop_assert!(x.span.contains(x.text));
                prop_assert!(text.is_char_boundary(x.text.start) && text.is_char_boundary(x.text.end));
            }
        }
    }

    #[test]
    fn extraction_never_panics(text in text_strategy(), english in any::<bool>()) {
        let lexicon = lexicon();
        let pipeline = geokg::Pipeline::new(lexicon);
        let lang = if english { Lang::En } else { Lang::Id };
        let article = Article { id: "p".into(), text: text.clone(), language: Some(lang), ..Default::default() };
        let events = pipeline.events(&[article], &Default::default());
        for e in events {
            for ev in &e.evidence {
                prop_assert_eq!(&text[ev.span.start..ev.span.end], &*ev.sentence);
            }
        }
    }
}

fn lexicon() -> &'static geokg::Lexicon {
    static L: std::sync::OnceLock<geokg::Lexicon> = std::sync::OnceLock::new();
    L.get_or_init(|| geokg::Lexicon::builtin().unwrap())
}
