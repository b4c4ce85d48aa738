//! One copy of what many mentions share. A corpus of a million articles
//! names the same few hundred actors in millions of mentions, and each
//! sentence stands in every mention read from it: mentions point at one
//! shared copy instead of carrying their own, so memory grows with the
//! distinct actors and sentences, not with the number of mentions.

use rustc_hash::FxHashSet as HashSet;
use std::sync::Arc;

use crate::events::Mention;
use crate::model::Actor;

#[derive(Default)]
pub struct Interner {
    actors: HashSet<Arc<Actor>>,
    strings: HashSet<Arc<str>>,
}

impl Interner {
    /// Points the mention's actors and evidence strings at the shared copies.
    pub fn mention(&mut self, m: &mut Mention) {
        self.actor(&mut m.source);
        if let Some(t) = &mut m.target {
            self.actor(t);
        }
        for p in &mut m.participants {
            self.actor(p);
        }
        let v = &mut m.evidence;
        for s in [&mut v.article, &mut v.sentence, &mut v.rule] {
            self.string(s);
        }
        for s in [&mut v.url, &mut v.lang].into_iter().flatten() {
            self.string(s);
        }
    }

    /// Forgets the shared strings (sentences, article ids): memory that
    /// would otherwise grow with the corpus.
    pub fn forget_strings(&mut self) {
        self.strings = HashSet::default();
    }

    fn actor(&mut self, a: &mut Arc<Actor>) {
        match self.actors.get(a) {
            Some(shared) => *a = shared.clone(),
            None => {
                self.actors.insert(a.clone());
            }
        }
    }

    fn string(&mut self, s: &mut Arc<str>) {
        match self.strings.get(s) {
            Some(shared) => *s = shared.clone(),
            None => {
                self.strings.insert(s.clone());
            }
        }
    }
}
