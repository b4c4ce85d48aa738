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

fn jsonl_strategy() -> impl Strategy<Value = Vec<u8>> {
    // Lines of article objects, broken lines, blank lines, odd bytes.
    proptest::collection::vec(
        prop_oneof![
            "[a-zA-Z .]{0,30}"
                .prop_map(|t| format!("{{\"id\": \"x\", \"text\": \"{t}\"}}\n").into_bytes()),
            "[a-zA-Z .]{0,30}".prop_map(|t| format!("{{\"text\": \"{t}\"}}\r\n").into_bytes()),
            Just(b"{\"text\": 12}\n".to_vec()),
            Just(b"\n".to_vec()),
            Just(b"{\"text\": \"unterminated".to_vec()),
            Just(vec![0xEF, 0xBB, 0xBF]),
            Just(vec![0xFF, 0x00, b'\n']),
            proptest::collection::vec(any::<u8>(), 0..20),
        ],
        0..30,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Streaming a JSON Lines file in small batches never panics, and for
    /// clean UTF-8 it reads the articles reading it whole reads.
    #[test]
    fn streamed_jsonl_reads_what_a_whole_read_reads(bytes in jsonl_strategy(), batch in 1usize..200) {
        let dir = std::env::temp_dir().join(format!("geokg-props-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.jsonl");
        std::fs::write(&path, &bytes).unwrap();
        let options = geokg::read::ReadOptions::default();
        let mut streamed = Vec::new();
        geokg::read::read_batches(std::slice::from_ref(&path), &options, batch, &mut |b| {
            streamed.extend(b.articles.into_iter().map(|a| (a.id, a.text)));
        });
        let clean = std::str::from_utf8(&bytes).is_ok_and(|t| {
            !t.starts_with('\u{feff}') && !t.contains('\0') && !t.chars().any(|c| c.is_control() && !"\n\r\t".contains(c))
        });
        if clean {
            let whole: Vec<(String, String)> = geokg::read::read_all(std::slice::from_ref(&path), &options)
                .articles
                .into_iter()
                .map(|a| (a.id, a.text))
                .collect();
            prop_assert_eq!(streamed, whole);
        }
    }
}
