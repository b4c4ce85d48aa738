//! Data that drives extraction: the actor gazetteer, per-language lexicons
//! and the CAMEO table. Built-in files are embedded; `--data DIR` adds more
//! in the same formats (see `data/README.md`).

pub mod gazetteer;
pub mod language;
pub mod morph;

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::DataError;
use crate::model::Lang;

pub use gazetteer::{Gazetteer, GazetteerBuilder};
pub use language::Language;

const STATES: &str = include_str!("../../data/states.tsv");
const LEADERS: &str = include_str!("../../data/leaders.tsv");
const LEADERS_MORE: &str = include_str!("../../data/leaders_more.tsv");
const LEADERS_WORLD: &str = include_str!("../../data/leaders_world.tsv");
const ACTORS: &str = include_str!("../../data/actors.toml");
const LANG_ID: &str = include_str!("../../data/lang/id.toml");
const LANG_EN: &str = include_str!("../../data/lang/en.toml");
const CAMEO: &str = include_str!("../../data/cameo.tsv");

/// The built-in data files, as (path, text).
pub fn builtin_files() -> Vec<(&'static str, &'static str)> {
    vec![
        ("data/states.tsv", STATES),
        ("data/leaders.tsv", LEADERS),
        ("data/leaders_more.tsv", LEADERS_MORE),
        ("data/leaders_world.tsv", LEADERS_WORLD),
        ("data/actors.toml", ACTORS),
        ("data/lang/id.toml", LANG_ID),
        ("data/lang/en.toml", LANG_EN),
    ]
}

/// One CAMEO code's row of `cameo.tsv`.
#[derive(Clone, Debug)]
pub struct CameoInfo {
    pub name: String,
    pub quad_class: u8,
    pub goldstein: f64,
}

/// Everything extraction reads, loaded once.
pub struct Lexicon {
    pub gazetteer: Gazetteer,
    pub languages: BTreeMap<Lang, Language>,
    pub cameo: BTreeMap<String, CameoInfo>,
}

impl Lexicon {
    /// The built-in data only.
    pub fn builtin() -> Result<Lexicon, DataError> {
        Lexicon::load(&[])
    }

    /// The built-in data, then a `geokg.toml` (its `data` folders, then its
    /// own entries), then each directory in order: later entries with the
    /// same id replace earlier ones.
    pub fn load_with_config(config: Option<&Path>, extra: &[&Path]) -> Result<Lexicon, DataError> {
        let mut lexicon_parts = Parts::builtin()?;
        if let Some(path) = config {
            lexicon_parts.add_config(path)?;
        }
        for dir in extra {
            load_dir(dir, &mut lexicon_parts.gaz, &mut lexicon_parts.languages)?;
        }
        lexicon_parts.finish()
    }

    /// The built-in data, then each directory in order (later entries with
    /// the same id replace earlier ones).
    pub fn load(extra: &[&Path]) -> Result<Lexicon, DataError> {
        Lexicon::load_with_config(None, extra)
    }

    fn load_builtin_parts() -> Result<Parts, DataError> {
        let mut gaz = GazetteerBuilder::default();
        gaz.add_states(STATES, "data/states.tsv")?;
        gaz.add_leaders(LEADERS, "data/leaders.tsv")?;
        gaz.add_leaders(LEADERS_MORE, "data/leaders_more.tsv")?;
        gaz.add_leaders(LEADERS_WORLD, "data/leaders_world.tsv")?;
        gaz.add_actors_toml(ACTORS, "data/actors.toml")?;
        let mut languages = BTreeMap::new();
        for (lang, text, origin) in [
            (Lang::Id, LANG_ID, "data/lang/id.toml"),
            (Lang::En, LANG_EN, "data/lang/en.toml"),
        ] {
            let mut language = Language::empty(lang);
            language.extend(Language::parse(text, origin)?, origin)?;
            languages.insert(lang, language);
        }
        Ok(Parts { gaz, languages })
    }

    pub fn language(&self, lang: Lang) -> &Language {
        &self.languages[&lang]
    }

    pub fn cameo_info(&self, code: &str) -> Option<&CameoInfo> {
        self.cameo
            .get(code)
            .or_else(|| self.cameo.get(&code[..code.len().min(3)]))
    }
}

/// The data being assembled, before the gazetteer is compiled.
struct Parts {
    gaz: GazetteerBuilder,
    languages: BTreeMap<Lang, Language>,
}

/// The columns of `leaders.tsv`, for `[[leader]]` tables of `geokg.toml`.
const LEADER_COLUMNS: [&str; 11] = [
    "person_id",
    "name",
    "names_other",
    "wikidata",
    "state",
    "role",
    "title_en",
    "title_id",
    "start",
    "end",
    "note",
];

impl Parts {
    fn builtin() -> Result<Parts, DataError> {
        Lexicon::load_builtin_parts()
    }

    /// A `geokg.toml`: `data = [folders]` (relative to the file), the
    /// tables of `actors.toml` (`[[actor]]`, `[[alias]]`, `[[place]]`,
    /// `disable`), `[[leader]]` tables with the columns of `leaders.tsv`,
    /// and `[lang.id]` / `[lang.en]` with the content of a language file.
    fn add_config(&mut self, path: &Path) -> Result<(), DataError> {
        let origin = path.display().to_string();
        let text = read(path)?.unwrap_or_default();
        let mut table: toml::Table =
            toml::from_str(&text).map_err(|e| DataError::toml(&origin, &text, &e))?;
        let bad = |message: String| DataError::File {
            file: origin.clone(),
            message,
        };
        if let Some(dirs) = table.remove("data") {
            let dirs: Vec<String> = dirs
                .try_into()
                .map_err(|_| bad("`data` is a list of folders".into()))?;
            let base = path.parent().unwrap_or(Path::new("."));
            for d in dirs {
                load_dir(&base.join(d), &mut self.gaz, &mut self.languages)?;
            }
        }
        if let Some(leaders) = table.remove("leader") {
            let rows: Vec<toml::Table> = leaders
                .try_into()
                .map_err(|_| bad("`[[leader]]` tables expected".into()))?;
            let mut tsv = LEADER_COLUMNS.join("\t") + "\n";
            for row in &rows {
                if let Some(k) = row.keys().find(|k| !LEADER_COLUMNS.contains(&k.as_str())) {
                    return Err(bad(format!(
                        "[[leader]]: unknown field `{k}` (the columns of leaders.tsv: {})",
                        LEADER_COLUMNS.join(", ")
                    )));
                }
                let cell = |c: &str| match row.get(c) {
                    Some(toml::Value::String(s)) => s.replace(['\t', '\n'], " "),
                    Some(toml::Value::Array(a)) => a
                        .iter()
                        .filter_map(|v| v.as_str())
                        .collect::<Vec<_>>()
                        .join("; "),
                    Some(toml::Value::Datetime(d)) => d.to_string(),
                    _ => String::new(),
                };
                tsv += &LEADER_COLUMNS.map(cell).join("\t");
                tsv.push('\n');
            }
            self.gaz
                .add_leaders(&tsv, &format!("{origin} [[leader]]"))?;
        }
        if let Some(langs) = table.remove("lang") {
            let langs: toml::Table = langs
                .try_into()
                .map_err(|_| bad("`[lang.CODE]` tables expected".into()))?;
            for (code, body) in langs {
                let lang = Lang::parse(&code)
                    .ok_or_else(|| bad(format!("[lang.{code}]: unsupported language")))?;
                let mut body: toml::Table = body
                    .try_into()
                    .map_err(|_| bad(format!("[lang.{code}] is a table")))?;
                body.insert("language".into(), toml::Value::String(code.clone()));
                let part = format!("{origin} [lang.{code}]");
                let file = Language::parse(&toml::to_string(&body).unwrap_or_default(), &part)?;
                self.languages
                    .entry(lang)
                    .or_insert_with(|| Language::empty(lang))
                    .extend(file, &part)?;
            }
        }
        if !table.is_empty() {
            let rest = toml::to_string(&table).unwrap_or_default();
            self.gaz.add_actors_toml(&rest, &origin)?;
        }
        Ok(())
    }

    fn finish(self) -> Result<Lexicon, DataError> {
        Ok(Lexicon {
            gazetteer: self.gaz.build()?,
            languages: self.languages,
            cameo: parse_cameo(CAMEO)?,
        })
    }
}

fn read(path: &Path) -> Result<Option<String>, DataError> {
    match std::fs::read_to_string(path) {
        Ok(s) => Ok(Some(s)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(DataError::File {
            file: path.display().to_string(),
            message: e.to_string(),
        }),
    }
}

fn load_dir(
    dir: &Path,
    gaz: &mut GazetteerBuilder,
    languages: &mut BTreeMap<Lang, Language>,
) -> Result<(), DataError> {
    if !dir.is_dir() {
        return Err(DataError::File {
            file: dir.display().to_string(),
            message: "not a directory".into(),
        });
    }
    let origin = |name: &str| dir.join(name).display().to_string();
    if let Some(t) = read(&dir.join("states.tsv"))? {
        gaz.add_states(&t, &origin("states.tsv"))?;
    }
    if let Some(t) = read(&dir.join("leaders.tsv"))? {
        gaz.add_leaders(&t, &origin("leaders.tsv"))?;
    }
    if let Some(t) = read(&dir.join("actors.toml"))? {
        gaz.add_actors_toml(&t, &origin("actors.toml"))?;
    }
    let lang_dir = dir.join("lang");
    if lang_dir.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(&lang_dir)
            .map_err(|e| DataError::File {
                file: lang_dir.display().to_string(),
                message: e.to_string(),
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        for path in files {
            let origin = path.display().to_string();
            let text = read(&path)?.unwrap_or_default();
            let file = Language::parse(&text, &origin)?;
            let lang = Lang::parse(&file.language).ok_or_else(|| DataError::File {
                file: origin.clone(),
                message: format!("unsupported language '{}'", file.language),
            })?;
            languages
                .entry(lang)
                .or_insert_with(|| Language::empty(lang))
                .extend(file, &origin)?;
        }
    }
    Ok(())
}

fn parse_cameo(text: &str) -> Result<BTreeMap<String, CameoInfo>, DataError> {
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() < 4 {
            continue;
        }
        let bad = |what: &str| DataError::at("data/cameo.tsv", i + 1, format!("bad {what}"));
        out.insert(
            cells[0].to_string(),
            CameoInfo {
                name: cells[1].to_string(),
                quad_class: cells[2].parse().map_err(|_| bad("quad_class"))?,
                goldstein: cells[3].parse().map_err(|_| bad("goldstein"))?,
            },
        );
    }
    Ok(out)
}
