//! The reader on arbitrary bytes, as every format it knows: the first byte
//! picks the extension, the rest is the file. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: &[&str] = &["a.txt", "a.md", "a.json", "a.jsonl", "a.html", "-"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[pick as usize % NAMES.len()];
    let mut outcome = geokg::read::ReadOutcome::default();
    geokg::read::parse_bytes(bytes, std::path::Path::new(name), &mut outcome);
    for a in &outcome.articles {
        assert!(a.text.len() <= bytes.len() * 4 + 16);
    }
});
