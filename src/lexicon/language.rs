//! Per-language word lists: event triggers, modality cues, date words and the
//! function words the role rules lean on. One TOML file a language
//! (`data/lang/id.toml`, `data/lang/en.toml`); users add files with `--data`.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::error::DataError;
use crate::model::{EventType, Lang};

use super::morph::{Frame, indonesian_forms};

/// Where a trigger looks for its target.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum TargetRule {
    /// The actor right after the trigger (after its object noun), or one
    /// marked by a target preposition.
    #[default]
    ObjectOrPrep,
    /// Only an actor marked by a target preposition (`ke Y`, `to Y`).
    Prep,
    /// Only the actor right after the trigger: "ordered Israel to halt"
    /// (not "ordered troops to the border").
    Object,
    /// The object, else the first actor later in the sentence (`X warned
    /// that if Y ...`, `X mempertimbangkan mengirim senjata ke Y`).
    ObjectOrLater,
    /// No target: statements are made, not addressed.
    None,
    /// The accuser of the accusation the sentence refers back to
    /// (`membantah tudingan tersebut`), else the object.
    Accuser,
    /// The parties a go-between acts between: those named with "between",
    /// else those the sentence's first act is by ("A and B agreed ... in
    /// talks mediated by X"), else a passive's subject; each is a target,
    /// and the go-betweens never pair with each other.
    Parties,
    /// Whoever grants the request the phrase names: the subject of the
    /// clause it hangs on ("Atas permintaan Kamboja, DK PBB menggelar
    /// rapat", "NATO held consultations at the request of Warsaw").
    Granter,
}

/// An act named only as the one told before ("Bahrain took the same
/// step", "Sudan responded in kind"): of that act's type.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Repeats {
    /// The same act at the same target ("mengambil langkah serupa",
    /// "followed suit").
    Same,
    /// The same act back at its doer ("responded in kind", "membalas
    /// dengan langkah serupa"): only by one the act was aimed at.
    InKind,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleSpec {
    pub text: String,
    /// Events the text must yield, as `type SRC->TGT modality` (TGT may be `-`).
    #[serde(default)]
    pub expect: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriggerSpec {
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: String,
    #[serde(default)]
    pub cameo: Option<String>,
    /// Indonesian roots whose affixed forms are generated.
    #[serde(default)]
    pub roots: Vec<String>,
    #[serde(default)]
    pub verbs: Vec<String>,
    #[serde(default)]
    pub passives: Vec<String>,
    #[serde(default)]
    pub nouns: Vec<String>,
    #[serde(default)]
    pub headline: Vec<String>,
    /// Nouns one of which must follow the trigger closely (`senjata`, `arms`).
    #[serde(default)]
    pub objects: Vec<String>,
    /// Words that, right after the trigger, mean it is not this event.
    #[serde(default)]
    pub not_before: Vec<String>,
    /// Words one of which must open the object right after the trigger:
    /// the subject's own ("ordered its ambassadors ... to return home").
    #[serde(default)]
    pub object_openers: Vec<String>,
    /// Words that, right after the object (a modifier or two on), mean it
    /// is aimed at no one ("fired missiles into the sea").
    #[serde(default)]
    pub not_into: Vec<String>,
    /// What an act aimed at no one that way is instead ("mobilize":
    /// missiles fired into the sea show force); none when it is no act.
    #[serde(default)]
    pub nowhere_type: Option<String>,
    /// Words that, up to three words before the trigger, mean it is not
    /// this event ("what he called aggression" names, it does not call).
    #[serde(default)]
    pub not_after: Vec<String>,
    #[serde(default)]
    pub target: TargetRule,
    /// Prepositions that introduce this trigger's target; the language's
    /// defaults when empty.
    #[serde(default)]
    pub target_preps: Vec<String>,
    #[serde(default = "yes")]
    pub needs_target: bool,
    /// A defence pact, a military alliance: moves a relation to `allied`.
    #[serde(default)]
    pub defence: bool,
    /// Of a speech type, but a formal act done rather than a thing said:
    /// cues of possibility apply to it as to any act ("siap mengakui
    /// Israel apabila ..." recognises no one yet).
    #[serde(default)]
    pub deed: bool,
    /// A retort ("hit back"): with no target named, aimed at whoever last
    /// acted on its source, or at no one.
    #[serde(default)]
    pub answers: bool,
    /// Joining a body: a wish or bid to join is an intent to cooperate,
    /// said now, not an accession that may come ("menyampaikan keinginan
    /// Indonesia bergabung dengan BRICS").
    #[serde(default)]
    pub membership: bool,
    /// Being somewhere, not going there ("was in Moscow", "berada di
    /// China"): a visit only by someone still in office, not a leader
    /// abroad after losing it.
    #[serde(default)]
    pub presence: bool,
    /// Its object does the act of the clause after it, as after an
    /// appeal ("mengundang MBS untuk berkunjung": MBS would visit).
    #[serde(default)]
    pub object_control: bool,
    /// A modal said of a party ("Borrell said Kosovo must take steps",
    /// "Kyiv harus menarik pasukannya, kata Putin"): the party right
    /// before it is the target, the one who said so the source.
    #[serde(default)]
    pub addressed: bool,
    /// A consequence its subject says it would bring about on a condition
    /// ("we will respond if ...", "akan mengambil langkah apabila ..."):
    /// a warning, made now, to the party the condition names; with no
    /// condition in its sentence it is none.
    #[serde(default)]
    pub conditional: bool,
    /// The phrase itself tells a plan ("is due in", "is expected in"): what
    /// it tells is hypothetical unless a cue says otherwise.
    #[serde(default)]
    pub planned: bool,
    /// Without a target, the state of the place it happens in is the
    /// target ("serangan ke sejumlah kota di Ukraina").
    #[serde(default)]
    pub place_target: bool,
    /// The subject receives: "Australia plans to buy U.S. submarines" is
    /// supply_arms USA -> AUS.
    #[serde(default)]
    pub reverse: bool,
    /// The noun names the doer ("arms supplier", "pemasok senjata"): its
    /// possessor or a target preposition's object receives, and the doer
    /// is what the noun is said of ("Russia has long been Vietnam's main
    /// supplier of weapons", "China and Russia, the junta's main arms
    /// suppliers").
    #[serde(default)]
    pub agent_noun: bool,
    /// The act is a standing state, not a deed of a day ("troops stationed
    /// in the Maldives"): it borrows no date.
    #[serde(default)]
    pub standing: bool,
    /// The verb tells what an attack cost ("struck the building ...,
    /// killing three journalists"): after a force act in its sentence it
    /// tells no act of its own.
    #[serde(default)]
    pub toll: bool,
    /// Reciprocal: "X dan Y berperang" is X acting on Y and Y on X.
    #[serde(default)]
    pub mutual: bool,
    /// Evaluations one of which must follow in the clause: "called the
    /// strike 'state terrorism'" criticises, "called the visit historic"
    /// does not.
    #[serde(default)]
    pub evaluations: Vec<String>,
    /// Words one of which must follow in the clause, and no more than
    /// that: "mengingatkan bahwa ... akan ..." warns, "mengingatkan
    /// bahwa belum ada kontrak baru" only reminds.
    #[serde(default)]
    pub consequences: Vec<String>,
    /// Words one of which must follow the verb's object, past names,
    /// titles and determiners only: "told Qatar to expel" demands, "told
    /// reporters that ..." does not.
    #[serde(default)]
    pub complements: Vec<String>,
    /// Kinds of actor that can be its target (`state`, `person`,
    /// `organization`, `group`); any when empty. "joined NATO" is an
    /// accession, "joined Germany in condemning" is not.
    #[serde(default)]
    pub target_kinds: Vec<String>,
    /// The entry names no act of its own but the act told last, again
    /// (its `type` is then `"*"`): it stands for an entry of each type.
    #[serde(default)]
    pub repeats: Option<Repeats>,
    /// The types of act an entry with `repeats` may name ("took a
    /// similar step" is a measure, not a condemnation); any when empty.
    #[serde(default)]
    pub repeatable: Vec<String>,
    #[serde(default)]
    pub examples: Vec<ExampleSpec>,
}

fn yes() -> bool {
    true
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cues {
    /// Words or phrases after which, in the same clause, an act is only possible.
    #[serde(default)]
    pub hypothetical: Vec<String>,
    /// Like `hypothetical`, but reaching across commas to the sentence end
    /// (`berharap bahwa`, `hopes that`).
    #[serde(default)]
    pub hypothetical_wide: Vec<String>,
    /// Like `hypothetical`, but reaching over every verb of its clause,
    /// not only the nearest ("kelak memungkinkan X beroperasi ... serta
    /// memperluas latihan bersama": both only enabled).
    #[serde(default)]
    pub hypothetical_clause: Vec<String>,
    /// Predicates that make a noun trigger before them only possible
    /// ("... masih sebatas kemungkinan", "... is planned").
    #[serde(default)]
    pub hypothetical_predicate: Vec<String>,
    /// Predicates that say a noun trigger before them did not happen
    /// ("A planned visit to New Delhi ... was called off", "rencana
    /// kunjungannya ke Thailand dibatalkan").
    #[serde(default)]
    pub negated_predicate: Vec<String>,
    #[serde(default)]
    pub negation: Vec<String>,
    /// Negations over every verb of the clause they open, past its
    /// "that" ("This does not mean that we are breaking off relations").
    #[serde(default)]
    pub negation_clause: Vec<String>,
    /// Negations of being ("tidak ada", "belum ada"): they deny the
    /// relative clause on their noun too ("belum ada kontrak yang
    /// diteken": none was signed).
    #[serde(default)]
    pub negation_existential: Vec<String>,
    /// Phrases that start with a negation word but do not negate.
    #[serde(default)]
    pub not_negation: Vec<String>,
    #[serde(default)]
    pub alleged: Vec<String>,
    /// The sentence tells background: it takes no date from the discourse.
    #[serde(default)]
    pub background: Vec<String>,
    /// Verbs of saying that attribute a quote (`ujar`, `said`).
    #[serde(default)]
    pub report_verbs: Vec<String>,
    /// Verbs that tell someone something: "that" a few words after one
    /// opens what was told ("told lawmakers that ..."), not a relative
    /// clause on the one told.
    #[serde(default)]
    pub telling_verbs: Vec<String>,
    /// How or when something was said, between a report verb and "that"
    /// ("said afterwards that", "said in a statement that"): "that" still
    /// opens what was said, no relative clause.
    #[serde(default)]
    pub report_manners: Vec<String>,
    /// Refusing to say something, right before a speech act: the refusal
    /// is told, a negated act event data keep ("has refused to condemn
    /// Russia's invasion"), unlike one merely not done ("did not
    /// criticise").
    #[serde(default)]
    pub refusals: Vec<String>,
    /// Report verbs whose noun object is the speaker's own act
    /// ("mengumumkan pemutusan hubungan", "announced the suspension").
    #[serde(default)]
    pub announcing: Vec<String>,
    #[serde(default)]
    pub first_person: Vec<String>,
    /// "the two countries": the last two states named.
    #[serde(default)]
    pub the_two: Vec<String>,
    /// "ketiga negara itu", "the three countries": the states named
    /// together last, when they are that many.
    #[serde(default)]
    pub the_several: BTreeMap<String, usize>,
    /// Those of `the_two` that name two countries ("kedua negara"): a
    /// bloc is not one of them ("the two sides" may be).
    #[serde(default)]
    pub the_two_states: Vec<String>,
    /// A state's neighbour named by its relation ("its northern
    /// neighbour", "tetangganya"): the other of the two the article is
    /// about, the possessor being the one.
    #[serde(default)]
    pub neighbour_anaphora: Vec<String>,
    #[serde(default)]
    pub relative: Vec<String>,
    /// Phrases that start with a relative word but open no clause
    /// ("pada hari yang sama": on the same day).
    #[serde(default)]
    pub not_relative: Vec<String>,
    #[serde(default)]
    pub prepositions: Vec<String>,
    #[serde(default)]
    pub locative: Vec<String>,
    #[serde(default)]
    pub target_preps: Vec<String>,
    #[serde(default)]
    pub source_preps: Vec<String>,
    #[serde(default)]
    pub agent_preps: Vec<String>,
    /// "the visit of a Japanese delegation to Taiwan": after a travel
    /// noun, the preposition that names the traveller.
    #[serde(default)]
    pub traveller_preps: Vec<String>,
    /// "talks hosted by Malaysia", "perundingan yang dipimpin oleh": a
    /// participle before the agent preposition makes the agent its own
    /// (the host, the chair), not the author of the noun before.
    #[serde(default)]
    pub agent_participles: Vec<String>,
    /// "Iranian officials", "para pejabat Iran": people of a state in the
    /// plural, whom "they" / "mereka" may go on with.
    #[serde(default)]
    pub plural_bodies: Vec<String>,
    /// "welcomed", "menyambut": a host's verb that, with an act as its
    /// object ("welcomed the pause"), praises the act instead.
    #[serde(default)]
    pub welcome_verbs: Vec<String>,
    /// "Pakistan could face fresh sanctions", "Rusia menghadapi sanksi
    /// baru": before an act's noun, a verb whose subject undergoes the act.
    #[serde(default)]
    pub undergo_verbs: Vec<String>,
    /// "a militant attack", "serangan teroris": doers no state is named
    /// for.
    #[serde(default)]
    pub non_state_doers: Vec<String>,
    /// "with": after a comma it opens a circumstance ("held talks in Rome,
    /// with Oman's minister shuttling messages"), no partner of the act.
    #[serde(default)]
    pub comitative: Vec<String>,
    #[serde(default)]
    pub between: Vec<String>,
    #[serde(default)]
    pub coordinators: Vec<String>,
    /// `terutama X`, `especially X`: narrows a group, adds no member.
    #[serde(default)]
    pub specifiers: Vec<String>,
    /// `X membutuhkan bantuan Y`: Y's aid goes to X.
    #[serde(default)]
    pub need_verbs: Vec<String>,
    /// Clause openers that end a subject search (`bahwa`, `that`).
    #[serde(default)]
    pub clause_openers: Vec<String>,
    /// Clause openers that modify the word right before them ("perjanjian
    /// sementara", an interim agreement); after a comma they open a
    /// clause (", sementara Thailand ...").
    #[serde(default)]
    pub modifier_openers: Vec<String>,
    /// Wars: a sentence that names one tells that war's story ("Perang
    /// Korea berakhir dengan perjanjian gencatan senjata"), whose parties
    /// need not be the article's.
    #[serde(default)]
    pub war_nouns: Vec<String>,
    /// Prepositions that name the owner of an object noun ("struck the port
    /// of Hodeidah": Yemen's port is struck).
    #[serde(default)]
    pub owner_preps: Vec<String>,
    /// Nouns that name whatever act was told last ("sehari setelah
    /// kejadian", "a day after the incident"): it is counted from its day.
    #[serde(default)]
    pub incident_nouns: Vec<String>,
    /// Titles and role nouns that may stand between a state and its person.
    #[serde(default)]
    pub titles: Vec<String>,
    /// Function words that, capitalised right after a title word, are part
    /// of the title ("Menteri Dalam Negeri Inggris"), not a preposition.
    #[serde(default)]
    pub title_inner_words: Vec<String>,
    /// Words that refer back to a thing just named (`ini`, `tersebut`, `this`).
    #[serde(default)]
    pub demonstratives: Vec<String>,
    #[serde(default)]
    pub accusation_nouns: Vec<String>,
    #[serde(default)]
    pub stopwords: Vec<String>,
    /// "he", "she", "ia", "beliau": the last person named.
    #[serde(default)]
    pub person_pronouns: Vec<String>,
    /// Person pronouns that stand as objects ("thanked him"): another
    /// person named before in the sentence than its subject.
    #[serde(default)]
    pub object_pronouns: Vec<String>,
    /// Words after a neuter pronoun that make it a verb's object with
    /// its complement ("accused it of", "urged it to"): a state.
    #[serde(default)]
    pub object_complements: Vec<String>,
    /// Words right after a verb that open what it says or aims at instead
    /// of an object ("warned that ...", "threatened to ..."): a verb joined
    /// to another with them acts on that verb's object.
    #[serde(default)]
    pub clause_objects: Vec<String>,
    /// Verbs of impact an attack noun may be the subject of ("air strikes
    /// hit eastern Afghanistan"): their object is the attack's target.
    #[serde(default)]
    pub impact_verbs: Vec<String>,
    /// Compass words, titles only in that they join the place after them
    /// ("southern Israel"): a name after one is a place, not a person.
    #[serde(default)]
    pub compass_words: Vec<String>,
    /// Prefixes of passive verbs ("harus diratifikasi"): a modal before
    /// one is said of what is done, not of a party that must do it.
    #[serde(default)]
    pub passive_prefixes: Vec<String>,
    /// Who governs from a place: "the junta in Niamey", "pemerintah di
    /// Kabul" name the state, not where something happened.
    #[serde(default)]
    pub seated: Vec<String>,
    /// "no longer", "tidak lagi": an act that stops (aid no longer sent
    /// is aid halted).
    #[serde(default)]
    pub cessation: Vec<String>,
    /// "they", "mereka": the last two or more actors named together.
    #[serde(default)]
    pub plural_pronouns: Vec<String>,
    /// Of those, the ones that say two ("both"): when the last plural is no
    /// pair, the two states the sentence named before, else the two the
    /// article is about, never a longer list.
    #[serde(default)]
    pub dual_pronouns: Vec<String>,
    /// "the bloc": the last group named.
    #[serde(default)]
    pub bloc_anaphora: Vec<String>,
    /// "the court", "mahkamah tersebut": the last court named.
    #[serde(default)]
    pub court_anaphora: Vec<String>,
    /// "the envoy", "dubes tersebut": the state of the envoy named before
    /// in the sentence ("its ambassador ... declared the envoy unwelcome").
    #[serde(default)]
    pub envoy_anaphora: Vec<String>,
    /// Verbs after which an infinitive tells a fact, not a purpose
    /// ("decided to expel", "prompting Germany to expel", "memutuskan
    /// untuk menarik").
    #[serde(default)]
    pub factive_before: Vec<String>,
    /// Future auxiliaries that, right after "said it", announce a
    /// measure decided ("said it would expel two diplomats").
    #[serde(default)]
    pub announced_future: Vec<String>,
    /// Before a noun, what makes it the aim of the verb before ("due to fly
    /// to Washington for his first meeting with Trump"): under a plan, the
    /// aim is planned too, however far the verb.
    #[serde(default)]
    pub purpose_preps: Vec<String>,
    /// Before the day a measure takes effect ("from midnight on Thursday",
    /// "mulai Kamis"): announced to start on a day not past, it is a plan.
    #[serde(default)]
    pub effective_from: Vec<String>,
    /// Before those an agreement is signed in front of ("di hadapan",
    /// "in the presence of"): a passive signing with no agent is theirs.
    #[serde(default)]
    pub witnesses: Vec<String>,
    /// A determiner and a title ("the president", "sang presiden"): the
    /// last person the article named with that title.
    #[serde(default)]
    pub title_anaphora: Vec<String>,
    /// Nouns for a state's unelected rulers ("junta"): with a state next to
    /// them ("junta Niger", "Niger's junta", "the junta in Niamey") they make
    /// that state the one the article's regime is.
    #[serde(default)]
    pub regime_nouns: Vec<String>,
    /// "the junta", "para pemimpin kudeta" alone: that state.
    #[serde(default)]
    pub regime_anaphora: Vec<String>,
    /// "the ministry", "negara tersebut": the last state named.
    #[serde(default)]
    pub state_anaphora: Vec<String>,
    /// State anaphors only a monarchy answers ("the kingdom").
    #[serde(default)]
    pub monarchy_anaphora: Vec<String>,
    /// "the foreign ministry" with no state named: as a sentence subject,
    /// the state of the last sentence's subject; elsewhere no one.
    #[serde(default)]
    pub ministry_anaphora: Vec<String>,
    /// Participles that, joined to a name by a hyphen, make the compound
    /// that actor's ("Pakistan-backed", "Saudi-led").
    #[serde(default)]
    pub agentive_suffixes: Vec<String>,
    /// Participles that, joined to a name by a hyphen, make a thing that
    /// actor's flag flies over ("a British-flagged tanker"): it may suffer
    /// an act aimed at that state, but acts for no one.
    #[serde(default)]
    pub flag_suffixes: Vec<String>,
    /// "as", "sebagai" after a reported act: it is being labelled ("called
    /// the recall Australia's right"), not done.
    #[serde(default)]
    pub label_links: Vec<String>,
    /// "a", "an": they open the word a label verb gives its object
    /// ("calling the remarks an attack"), and make a form after a modifier
    /// a noun ("an unprecedented attack").
    #[serde(default)]
    pub indefinite_articles: Vec<String>,
    /// Verbs that label what follows ("called", "menyebut").
    #[serde(default)]
    pub label_verbs: Vec<String>,
    /// Demonstratives that point an act noun back at an act told before
    /// ("those sanctions", "sanksi tersebut").
    #[serde(default)]
    pub act_pointers: Vec<String>,
    /// Private people named by their state ("Tajik nationals", "warga
    /// Niger"): the state's people, not its agents.
    #[serde(default)]
    pub private_nouns: Vec<String>,
    /// Words that mark a person as out of the office named ("former
    /// President Jair Bolsonaro", "mantan Presiden"): such a person acts
    /// for no state.
    #[serde(default)]
    pub former_words: Vec<String>,
    /// Nouns that name one member of a body after its name ("an EU head
    /// of government", "the first NATO member"): with `one_of_openers`
    /// before the body, the body itself takes no role.
    #[serde(default)]
    pub member_nouns: Vec<String>,
    /// Words before a body's name that pick one of its members ("an",
    /// "another", "the first").
    #[serde(default)]
    pub one_of_openers: Vec<String>,
    /// A time named by the act in a relative clause ("the day when",
    /// "hari ketika"): a cue of possibility later in the sentence makes
    /// the act only possible.
    #[serde(default)]
    pub time_relatives: Vec<String>,
    /// Exports named by the good ("exports of nickel ore"): a ban on them
    /// is aimed at no buyer unless one is named.
    #[serde(default)]
    pub export_goods: Vec<String>,
    /// Object pronouns a verb takes as a suffix ("menyambutnya"): a verb
    /// with one and no object named is aimed at the person last told of.
    #[serde(default)]
    pub object_enclitics: Vec<String>,
    /// Verbs of claiming ("mengklaim", "claimed"): a denial of "the claim"
    /// after one answers its subject.
    #[serde(default)]
    pub claim_verbs: Vec<String>,
    /// Bodies whose findings are claims ("U.N. experts have said Turkey
    /// supplied ...", "para penyelidik PBB mengatakan"): what they say
    /// another did is alleged, as after a verb of claiming.
    #[serde(default)]
    pub finding_bodies: Vec<String>,
    /// "according to", "menurut": whose word an act is told on. Set off
    /// between commas, what follows it is told on the word of that party,
    /// and an act aimed at that party is only alleged ("Serangan itu,
    /// menurut Kabul, merupakan balasan atas serangan udara Pakistan").
    #[serde(default)]
    pub according_to: Vec<String>,
    /// Words that offer acts as alternatives ("or", "atau"): "a blockade
    /// or an attack on Taiwan" is a scenario, neither act done.
    #[serde(default)]
    pub alternatives: Vec<String>,
    /// A determiner right after a verb that denies its object: "He met no
    /// Danish officials" met no one.
    #[serde(default)]
    pub object_negations: Vec<String>,
    /// Documents that say what their authors say: "adopted a resolution
    /// that condemned" is the adopter's condemnation.
    #[serde(default)]
    pub authored_documents: Vec<String>,
    /// Words that name, after a thing put forward, who put it forward:
    /// "vetoed a draft drafted by the US", "rancangan yang diajukan AS".
    /// What is rejected is rejected of its author.
    #[serde(default)]
    pub authored_by: Vec<String>,
    /// After a comma, nouns that rename the clause before them as an act
    /// ("Britain granted visas, a step China condemned as interference",
    /// "langkah yang dikecam Beijing"): a judgement in the relative clause
    /// they head is aimed at whoever did the act.
    #[serde(default)]
    pub clause_renamers: Vec<String>,
    /// Before the head noun of a relative clause, words that make the
    /// subject before them one of its kind ("Rusia, China, dan Iran
    /// termasuk negara yang paling awal memberi selamat", "were among the
    /// countries that"): the clause's act is theirs.
    #[serde(default)]
    pub membership_copulas: Vec<String>,
    /// "It is not the first time": the act told after it is one told
    /// before, seen again; it tells no new act.
    #[serde(default)]
    pub repeated_acts: Vec<String>,
    /// Right after an act, a count of them ("fought two wars", "berperang
    /// dua kali"): a summary of the past, on no day of its own.
    #[serde(default)]
    pub counted_acts: Vec<String>,
    /// "what it called", "apa yang disebutnya": the act named after it
    /// is what a judgement is aimed at, and its actor the judgement's
    /// target.
    #[serde(default)]
    pub label_phrases: Vec<String>,
    /// What opens a label a named speaker gives an object ("what" in
    /// "struck what New Delhi called a training camp").
    #[serde(default)]
    pub label_openers: Vec<String>,
    /// Verbs of proposing or offering ("proposed", "mengusulkan"): their
    /// subject is who a rejection of "the proposal" answers.
    #[serde(default)]
    pub proposal_verbs: Vec<String>,
    /// Nouns of a proposal ("offer", "gagasan"): rejected with a
    /// demonstrative, the last proposer's.
    #[serde(default)]
    pub proposal_nouns: Vec<String>,
    /// Words that tell one more act of a kind ("also", "juga"): with no
    /// date of its own, it was done with the last one told.
    #[serde(default)]
    pub additive: Vec<String>,
    /// After a comma, a clause set against the one before ("..., but their
    /// talks ended"): it is told in its own right, outside what a verb
    /// before it governs.
    #[serde(default)]
    pub contrasts: Vec<String>,
    /// Phrases that open an attribution set off by commas ("according to
    /// officials", "menurut pejabat"): an apposition after it still
    /// speaks of the clause before.
    #[serde(default)]
    pub attributions: Vec<String>,
    /// Nouns for what someone said ("the remarks", "pernyataan itu"): right
    /// after a judgement, the last speaker's words.
    #[serde(default)]
    pub speech_nouns: Vec<String>,
    /// Articles that make an act noun definite: after a judgement, "the
    /// recognition" is the recognition told before, when one was.
    #[serde(default)]
    pub definite_articles: Vec<String>,
    /// Endings of participles that, right after a noun phrase, open a
    /// clause on it ("a Chinese vessel chasing the Philippine ship slammed
    /// into"): the participle's object is not the verb's subject.
    #[serde(default)]
    pub participle_endings: Vec<String>,
    /// Words with such an ending that are no participle opening a clause
    /// ("including", "during", "according").
    #[serde(default)]
    pub not_participles: Vec<String>,
    /// Prefixes a verb starts with ("me", "di", "ber", "ter"): "Lima
    /// menarik duta besarnya" is Peru's capital acting, "Lima Pemimpin Asia
    /// Tengah" the number five.
    #[serde(default)]
    pub verb_prefixes: Vec<String>,
    /// Words that tie an accused to an act named after them ("blamed
    /// Pakistan for the attack", "di balik serangan tersebut"): force so
    /// alleged, aimed at no one named, was aimed at the accuser.
    #[serde(default)]
    pub blame_links: Vec<String>,
    /// Verbs of doing an act named after them ("carrying out the attack",
    /// "organising the attack"): an accused said to do one is its author.
    #[serde(default)]
    pub deed_verbs: Vec<String>,
    /// Verbs of backing another's act ("backed", "mendukung"): the act
    /// noun after them is not the backer's own.
    #[serde(default)]
    pub support_verbs: Vec<String>,
    /// Verbs whose subject, named right after an act noun, is its author:
    /// "the embargo Moscow imposed on Georgian wine", "the strikes Israel
    /// carried out".
    #[serde(default)]
    pub authoring_verbs: Vec<String>,
    /// What asks an act to stop ("an end to", "a halt to", "penghentian"):
    /// force a demand or an appeal asks to end is another's, not the
    /// asker's.
    #[serde(default)]
    pub halt_phrases: Vec<String>,
    /// Nouns for those who use an actor's force, after its name ("Hamas
    /// gunmen", "Russian troops"): the name acts through them.
    #[serde(default)]
    pub force_nouns: Vec<String>,
    /// Head nouns of bodies ("Department", "Guards", "Council"): a run of
    /// names ending in one names an organisation, not a person ("the U.S.
    /// Justice Department").
    #[serde(default)]
    pub body_heads: Vec<String>,
    /// Those of `the_two` that name two leaders ("the two leaders",
    /// "kedua pemimpin"): the two people the last sentence named.
    #[serde(default)]
    pub the_two_leaders: Vec<String>,
    /// "the two" alone: the two people named before only as the subject
    /// of a clause a clause opener starts ("raised it with Wang Yi when
    /// the two met"); elsewhere it counts things ("the two ships").
    #[serde(default)]
    pub the_two_bare: Vec<String>,
    /// Words that, after a comma, open a relative clause on a place (",
    /// where he met Albanese", ", tempat ia bertemu").
    #[serde(default)]
    pub place_relative: Vec<String>,
    /// Nouns for a state that, with a word or two and a demonstrative,
    /// refer back to it ("negara Baltik itu", "the Baltic state").
    #[serde(default)]
    pub state_nouns: Vec<String>,
    /// Nouns that, capitalised next to a place, make it a document's name
    /// ("the Vienna Convention", "Konvensi Wina"): no actor.
    #[serde(default)]
    pub document_nouns: Vec<String>,
    /// Words inside a title before a name ("Secretary of State").
    #[serde(default)]
    pub name_links: Vec<String>,
    /// Titles that serve someone: "an adviser to Khamenei" is Iran's.
    #[serde(default)]
    pub serving_titles: Vec<String>,
    /// Titles of people posted abroad: an ambassador named without a state
    /// is not the state the story was just about.
    #[serde(default)]
    pub envoy_titles: Vec<String>,
    /// Numbers and quantifiers that may open a noun phrase ("dua", "several").
    #[serde(default)]
    pub quantifiers: Vec<String>,
    /// Phrases that refer back to the last event ("langkah tersebut", "the move").
    #[serde(default)]
    pub event_anaphora: Vec<String>,
    /// The types of act a referring phrase's head names when the head is
    /// no trigger form ("the drills": a mobilisation or joint exercise;
    /// "the pact": an agreement). Heads not listed refer to any act.
    #[serde(default, deserialize_with = "type_lists")]
    pub anaphora_types: BTreeMap<String, Vec<EventType>>,
    /// Nouns of what a party said or did to another that the other may
    /// reject ("brushed off the criticism", "menepis desakan"), and the
    /// types of act each names: the rejection is aimed at whoever last did
    /// such an act to the rejecter, or at no one.
    #[serde(default, deserialize_with = "type_lists")]
    pub rebuffed_acts: BTreeMap<String, Vec<EventType>>,
    /// Words that make the verb after them a purpose, not a fact ("untuk", "to").
    #[serde(default)]
    pub purpose: Vec<String>,
    /// Verbs that presuppose the act after them ("menghentikan serangan",
    /// "halt its strikes"): the act is going on, so it is asserted.
    #[serde(default)]
    pub presupposing: Vec<String>,
    /// The prepositions a negation reaches a noun through ("tidak terlibat
    /// dalam serangan", "took no part in the strikes"); behind any other
    /// the noun is not what is denied ("tidak dapat dilepaskan dari serangan").
    #[serde(default)]
    pub negation_through: Vec<String>,
    /// Prepositions a modal cue does not reach a noun through ("tidak
    /// dapat dilepaskan dari serangan Israel": the attack happened).
    #[serde(default)]
    pub modal_barriers: Vec<String>,
    /// Auxiliaries and adverbs that may stand between a joiner and its verb
    /// ("and has sent", "dan juga telah mengirim").
    #[serde(default)]
    pub auxiliaries: Vec<String>,
    /// Words that open an adjunct ("after a strike", "sebagai protes"):
    /// a noun inside one is not the clause subject's act.
    #[serde(default)]
    pub adjunct_openers: Vec<String>,
    /// Subordinators whose clause tells what happened: an act after one is
    /// not inside an earlier warning or accusation ("warned Kyiv after its
    /// drones struck tankers": the strike happened).
    #[serde(default)]
    pub factual_openers: Vec<String>,
    /// Verbs of admitting ("mengakui", "admitted"): an act admitted after
    /// a denial is no longer inside it ("Setelah tiga hari membantah, Iran
    /// akhirnya mengakui militernya menembak jatuh pesawat itu").
    #[serde(default)]
    pub admissions: Vec<String>,
    /// Prepositions of the occasion a pledge was made at, right after it
    /// ("agreed in a video call to restore ties", "agreed at direct talks"):
    /// the meeting or call named is no part of the pledge.
    #[serde(default)]
    pub occasion_preps: Vec<String>,
    /// A party that has not confirmed an account ("Moscow did not confirm
    /// that account"): what another said it did is only alleged.
    #[serde(default)]
    pub unconfirmed: Vec<String>,
    /// After a comma, a saying that goes on with an accusation, warning or
    /// demand ("accused U.S. officials of murder, saying a fisherman was
    /// killed when American forces struck his boat"): what it says is still
    /// the accusation's, subject of its own or not.
    #[serde(default)]
    pub saying_on: Vec<String>,
    /// Where people stand in a photo ("(kiri)", "(right)"): the sentence is
    /// a caption, and the date that closes it dates all it tells.
    #[serde(default)]
    pub caption_markers: Vec<String>,
    /// Verbs of looking on ("menyaksikan", "witnessed"): who witnesses an
    /// act named after one takes no part in it.
    #[serde(default)]
    pub witnessing: Vec<String>,
    /// A territory named for a state that once ruled it ("bekas jajahan
    /// Portugal", "a former colony of France"): the state is not where the
    /// act is aimed.
    #[serde(default)]
    pub colony_nouns: Vec<String>,
    /// A state's missions abroad ("consulate", "kedutaan"): a place named
    /// after one says where it stands, not whose it is.
    #[serde(default)]
    pub missions: Vec<String>,
    /// Taking back an act just told ("but called them off",
    /// "namun membatalkannya"): the act did not happen.
    #[serde(default)]
    pub retractions: Vec<String>,
    /// Phrases that begin like a background cue but are none ("meski
    /// demikian": nevertheless).
    #[serde(default)]
    pub not_background: Vec<String>,
    /// "terus", "continue to": after a modal, an act that goes on, not one
    /// still to come ("akan terus mendesak").
    #[serde(default)]
    pub continuation: Vec<String>,
    /// Reciprocal words: the parties act on each other ("saling tuding",
    /// "accused each other").
    #[serde(default)]
    pub reciprocal: Vec<String>,
    /// "menyuarakan penolakan serupa", "took similar steps": an act aimed
    /// where the last one of its type was.
    #[serde(default)]
    pub similar: Vec<String>,
    /// "berencana", "plans to": right before a speech act, it is not said
    /// yet.
    #[serde(default)]
    pub planning: Vec<String>,
    /// Adverbs that tell an act as past fact right before it ("when they
    /// last met", "saat terakhir bertemu"): no earlier intention or warning
    /// makes it only possible.
    #[serde(default)]
    pub past_markers: Vec<String>,
    /// Possessive pronouns that stand for the clause's subject before a
    /// noun trigger ("the EU blacklisted Chinese banks in its round of
    /// sanctions": the EU's sanctions, not the banks').
    #[serde(default)]
    pub subject_possessives: Vec<String>,
    /// Prepositions of a reason: a possessive right after one, behind a
    /// verb's object, is that object's ("punishing Moscow for its
    /// invasion").
    #[serde(default)]
    pub reason_preps: Vec<String>,
    /// Words after which a one-word verb form is a noun the entry does not
    /// list, and no act ("the latest sign of warming ties").
    #[serde(default)]
    pub noun_markers: Vec<String>,
    /// The occasion an act was done at ("pledged support during a summit"):
    /// what follows happened; it is no part of the pledge.
    #[serde(default)]
    pub occasion_openers: Vec<String>,
    /// Words that end like the possessive clitic but own nothing
    /// ("negara lainnya", "sehari sebelumnya").
    #[serde(default)]
    pub not_possessive: Vec<String>,
    /// Pronouns for a state or body ("it"): as a clause subject, the
    /// subject of the sentence before when that was no person.
    #[serde(default)]
    pub neuter_pronouns: Vec<String>,
    /// The neuter pronouns' possessives ("its"): opening a sentence before
    /// a title ("Its spokesperson accused ..."), the one the last sentence
    /// was about.
    #[serde(default)]
    pub neuter_possessives: Vec<String>,
    /// After a court anaphor, a word that makes it something else: "the
    /// ruling party" is no court's ruling.
    #[serde(default)]
    pub not_court_after: Vec<String>,
    /// What a state owns that no force reaches: "an attack on its
    /// sovereignty" names, it aims at no one.
    #[serde(default)]
    pub abstract_objects: Vec<String>,
    /// The state whose press writes this language by default (Indonesian:
    /// IDN): a minister named without a state in Indonesian news is
    /// Indonesia's ("Menko Perekonomian Airlangga Hartarto").
    #[serde(default)]
    pub home_state: Option<String>,
    /// Titles that, with no state named, make a person the home state's.
    #[serde(default)]
    pub home_titles: Vec<String>,
    /// Offices of a province or federated state ("Ketua Menteri"): the
    /// home title they end with names no national official.
    #[serde(default)]
    pub local_titles: Vec<String>,
    /// Bodies that, with no state named, are the home state's: phrase ->
    /// actor id ("Kementerian Luar Negeri" -> IDN_MFA, "Pemerintah" -> IDN).
    #[serde(default)]
    pub home_bodies: BTreeMap<String, String>,
    /// Portfolio words between such a title and the name ("Menteri
    /// Ketenagakerjaan", "Menko Polhukam").
    #[serde(default)]
    pub portfolios: Vec<String>,
    /// Plural pronouns that often stand for things ("them"): read as a
    /// pair of actors only when the sentence named one before them.
    #[serde(default)]
    pub near_plural_pronouns: Vec<String>,
    /// Phrases before the state whose goods a trade measure hits: "tariffs
    /// on imports from Canada", "bea masuk atas impor dari China" aim at
    /// Canada and China (elsewhere "from" names a source).
    #[serde(default)]
    pub trade_origins: Vec<String>,
    /// Phrases naming partners after a coordinator: "Mali and its allies
    /// Burkina Faso and Niger" is one group of three.
    #[serde(default)]
    pub partners: Vec<String>,
    /// Nouns that name an agreement ("perjanjian", "agreement"): a
    /// cooperation next to one is the agreement's name.
    #[serde(default)]
    pub agreement_nouns: Vec<String>,
    /// Words that join two verbs sharing a subject ("dan", "and then").
    #[serde(default)]
    pub verb_joiners: Vec<String>,
    /// Cues of intent: cooperation governed by one is an expressed intent
    /// to cooperate ("siap memperdalam kerja sama", "agreed to deepen ties").
    #[serde(default)]
    pub intent: Vec<String>,
    /// Cues of speculation that overrule an intent ("mungkin akan meningkatkan").
    #[serde(default)]
    pub speculative: Vec<String>,
    /// Words that open a condition ("if", "unless", "jika"): an act of no
    /// named author inside one, up to the next comma, is the one a warning
    /// is conditioned on, not the force it threatens ("warned of serious
    /// consequences unless it freed a tanker seized in the strait").
    #[serde(default)]
    pub conditions: Vec<String>,
    /// Prepositions that name whose people a subject noun phrase is
    /// ("delegations from", "pasukan dari"): with no actor before it, the
    /// states after it act.
    #[serde(default)]
    pub member_preps: Vec<String>,
    /// Words that open the content of an agreement or plan ("yakni",
    /// "namely"): acts named after them are only agreed, not done.
    #[serde(default)]
    pub content_markers: Vec<String>,
    /// Documents that enact what they contain ("dekrit", "decree"): a
    /// content marker right after one opens what is done, not agreed
    /// ("menandatangani dekrit berisi sanksi").
    #[serde(default)]
    pub enactments: Vec<String>,
    /// Nouns of deciding ("decision", "keputusan"): what one was taken
    /// to do ("Trump's decision to recognize") was done, on a day before
    /// the clause's own. Referring back ("the decision"), never an attack
    /// or invasion.
    #[serde(default)]
    pub decision_nouns: Vec<String>,
    /// Verbs by which a trip takes its traveller somewhere ("a tour that
    /// took him to China", "lawatan yang membawanya ke Jepang"): the place
    /// after them is the trip's destination.
    #[serde(default)]
    pub carrying_verbs: Vec<String>,
    /// "and again", "dan kembali": before a date after an act, the act
    /// told once more, on that date ("pushed into Armenian territory in May
    /// 2021 and again in September 2022").
    #[serde(default)]
    pub repeat_markers: Vec<String>,
    /// Verbs of taking up a measure another made ("joined", "applied",
    /// "menerapkan"): right before its owner and the measure ("joined EU
    /// sanctions against Moscow"), the subject takes the measure too.
    #[serde(default)]
    pub adopting_verbs: Vec<String>,
    /// "about", "sekitar": right before a number they round the count
    /// ("about 80 Indian soldiers"); no preposition of what is counted.
    #[serde(default)]
    pub approximators: Vec<String>,
    /// "housing", "yang menampung": after a place struck, what follows
    /// lives there ("bases in Iraq housing U.S. troops"); force against the
    /// place is aimed at them.
    #[serde(default)]
    pub housing: Vec<String>,
    /// "fired from", "ditembakkan dari": the state named right after (past
    /// "territory", "wilayah") is where force with no doer named came
    /// from, and its doer ("a ballistic missile fired from Yemen").
    #[serde(default)]
    pub launch_origins: Vec<String>,
    /// "territory", "wilayah": between a launch origin and its state.
    #[serde(default)]
    pub territory_words: Vec<String>,
    /// Requests and pledges ("asked", "meminta", "agar"): made at an
    /// occasion named after them ("during a phone call", "saat keduanya
    /// bertemu"), which is when they were made, no part of what they ask.
    #[serde(default)]
    pub occasion_requests: Vec<String>,
    /// Addressees that are nobody in particular ("semua pihak", "all sides").
    #[serde(default)]
    pub all_parties: Vec<String>,
    /// Auxiliaries that make a participle passive (`was visited`).
    #[serde(default)]
    pub passive_aux: Vec<String>,
    /// Words before a form that make it a noun (`the visit`, `Russia's attack`).
    #[serde(default)]
    pub determiners: Vec<String>,
    /// Acronyms that name an occasion, not an actor ("KTT"): a day may be
    /// counted from them ("sehari sebelum KTT").
    #[serde(default)]
    pub occasion_acronyms: Vec<String>,
    /// Words after a signing that make the agreement a defence pact.
    #[serde(default)]
    pub defence_words: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateWords {
    #[serde(default)]
    pub months: BTreeMap<String, u32>,
    /// Season names with their last month ("summer" = 8): "last summer"
    /// is the year of the last one over.
    #[serde(default)]
    pub seasons: BTreeMap<String, u32>,
    /// Weekday names, Monday = 1.
    #[serde(default)]
    pub weekdays: BTreeMap<String, u32>,
    /// Words that are a day relative to the reference date (`kemarin` = -1).
    #[serde(default)]
    pub relative_days: BTreeMap<String, i64>,
    /// Number words (`dua` = 2) for "dua hari lalu".
    #[serde(default)]
    pub numbers: BTreeMap<String, i64>,
    /// "the same" / "yang sama" with a unit: the date named last.
    #[serde(default)]
    pub same: Vec<String>,
    /// "that" before a month name ("That July, ..."): the month of the
    /// year the discourse named last.
    #[serde(default)]
    pub month_anaphors: Vec<String>,
    /// "by Saturday" / "paling lambat Sabtu": a deadline, which dates nothing.
    #[serde(default)]
    pub deadline: Vec<String>,
    /// "shortly afterwards" / "tak lama kemudian": soon after the date
    /// named last, to its month.
    #[serde(default)]
    pub soon_after: Vec<String>,
    /// "mulai 1 Agustus", "starting Aug. 1": when a measure takes effect,
    /// which dates no act still only planned or threatened.
    #[serde(default)]
    pub takes_effect: Vec<String>,
    /// "lalu", "then": an act told after the date named last, some time
    /// later; when that date was no day, the act has no day either.
    #[serde(default)]
    pub sequels: Vec<String>,
    /// "as soon as", "begitu": after them, the occasion that set the act
    /// off; with no date of its own, the act is on the date named last.
    #[serde(default)]
    pub prompted_by: Vec<String>,
    /// Acts that last ("occupation", "pendudukan"): named as a noun with
    /// no date of its own, they are no act of the discourse's day.
    #[serde(default)]
    pub lasting: Vec<String>,
    /// Right before an act, a habit: "has repeatedly protested" has no day.
    #[serde(default)]
    pub habitual: Vec<String>,
    /// Right before an act noun, what the news answers ("in retaliation
    /// for", "sebagai balasan atas"): an older act, with no day of the
    /// discourse's.
    #[serde(default)]
    pub answers: Vec<String>,
    /// Before an act noun, a remembrance ("the anniversary of", "peringatan"):
    /// the act is not of the day it is remembered.
    #[serde(default)]
    pub anniversaries: Vec<String>,
    /// "sejak", "since": a span starts at the date after it, which dates
    /// the act it follows ("sanctions in force since 2020") or a sentence it
    /// opens, not an act told in a later clause.
    #[serde(default)]
    pub since: Vec<String>,
    /// "first", "pertama": an act that is the first since a date is
    /// counted from it ("Putin's first visit since 2015"), not begun then.
    #[serde(default)]
    pub span_firsts: Vec<String>,
    /// "while", "sambil": a verb right behind one happens when the clause
    /// it hangs on does ("met Tusk on Tuesday while visiting Beijing").
    #[serde(default)]
    pub simultaneous: Vec<String>,
    /// Right after a date, what opens a clause it dates: "since March 2012,
    /// when Turkey cut ties" tells when the ties were cut.
    #[serde(default)]
    pub date_relatives: Vec<String>,
    /// Words that make a bare month name a date ("pada Maret", "in April");
    /// `since` words do too.
    #[serde(default)]
    pub month_openers: Vec<String>,
    /// Words that make a bare year a date ("pada 2022", "in 2022"); `since`
    /// words do too.
    #[serde(default)]
    pub year_openers: Vec<String>,
    /// "saat itu" / "at the time": the date named last, as precise as it
    /// was named.
    #[serde(default)]
    pub then: Vec<String>,
    #[serde(default)]
    pub hour_units: Vec<String>,
    #[serde(default)]
    pub day_units: Vec<String>,
    #[serde(default)]
    pub week_units: Vec<String>,
    #[serde(default)]
    pub month_units: Vec<String>,
    #[serde(default)]
    pub year_units: Vec<String>,
    /// "... ago" / "lalu" after a count.
    #[serde(default)]
    pub ago: Vec<String>,
    /// "after" / "setelah": the event came N units before its anchor.
    #[serde(default)]
    pub after: Vec<String>,
    /// "the next", "keesokan harinya": the day (or the unit named next)
    /// after the one told last.
    #[serde(default)]
    pub next_day: Vec<String>,
    /// "the day" (ending on the unit word): "the day after X" is one day
    /// from X.
    #[serde(default)]
    pub definite_day: Vec<String>,
    /// "selama sebulan setelah ...": a count after one of these is how long
    /// something lasts, no date.
    #[serde(default)]
    pub durations: Vec<String>,
    #[serde(default)]
    pub before: Vec<String>,
    /// "last" / "lalu" with week/month/year units.
    #[serde(default)]
    pub last: Vec<String>,
    #[serde(default)]
    pub this: Vec<String>,
    #[serde(default)]
    pub next: Vec<String>,
    /// The words a date expression can open with (besides digits and
    /// "("), so that most tokens are passed over at one lookup.
    #[serde(skip)]
    pub openers: rustc_hash::FxHashSet<String>,
}

impl DateWords {
    /// Fills `openers` from the lists; called whenever they change.
    fn seal(&mut self) {
        let first = |p: &String| p.split_whitespace().next().map(str::to_string);
        let units = self
            .hour_units
            .iter()
            .chain(&self.day_units)
            .chain(&self.week_units)
            .chain(&self.month_units)
            .chain(&self.year_units);
        let mut set: rustc_hash::FxHashSet<String> = units
            .clone()
            .flat_map(|u| [u.clone(), format!("se{u}")])
            .collect();
        set.extend(
            self.soon_after
                .iter()
                .chain(&self.then)
                .chain(&self.same)
                .chain(&self.next_day)
                .chain(self.relative_days.keys())
                .chain(self.seasons.keys())
                .filter_map(first),
        );
        set.extend(
            self.weekdays
                .keys()
                .chain(self.months.keys())
                .chain(self.numbers.keys())
                .chain(&self.last)
                .chain(&self.this)
                .chain(&self.next)
                .cloned(),
        );
        // Words the rules in `dates` name themselves.
        set.extend(["earlier", "later"].map(String::from));
        self.openers = set;
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageFile {
    pub language: String,
    #[serde(default)]
    pub cues: Cues,
    #[serde(default)]
    pub dates: DateWords,
    #[serde(default, rename = "trigger")]
    pub triggers: Vec<TriggerSpec>,
    /// Ids of trigger entries (of this or an earlier file) to switch off.
    #[serde(default)]
    pub disable: Vec<String>,
}

/// A compiled trigger entry.
#[derive(Clone, Debug)]
pub struct Trigger {
    pub id: String,
    pub event_type: EventType,
    pub cameo: String,
    pub objects: Vec<String>,
    pub not_before: Vec<String>,
    pub object_openers: Vec<String>,
    pub not_into: Vec<String>,
    pub nowhere_type: Option<EventType>,
    pub not_after: Vec<String>,
    pub target: TargetRule,
    pub target_preps: Vec<String>,
    pub needs_target: bool,
    pub defence: bool,
    pub deed: bool,
    pub answers: bool,
    pub membership: bool,
    pub presence: bool,
    pub object_control: bool,
    pub addressed: bool,
    pub conditional: bool,
    pub planned: bool,
    pub place_target: bool,
    pub reverse: bool,
    pub agent_noun: bool,
    pub standing: bool,
    pub toll: bool,
    pub mutual: bool,
    pub target_kinds: Vec<crate::model::ActorKind>,
    pub evaluations: Vec<String>,
    pub consequences: Vec<String>,
    pub complements: Vec<String>,
    pub examples: Vec<ExampleSpec>,
    /// An entry of `type = "*"` is compiled once per type, all under its
    /// id; a sentence keeps the one of the act told last.
    pub repeats: Option<Repeats>,
    /// The types its copies are of (`repeatable`, else every type): the
    /// act told last of one of them is the one it names.
    pub repeatable: Vec<EventType>,
    /// The file that defined it.
    pub origin: String,
    /// Switched off by a user's `disable`: its forms match nothing.
    pub disabled: bool,
}

/// Everything geokg knows about one language.
#[derive(Clone, Debug)]
pub struct Language {
    pub lang: Lang,
    pub cues: Cues,
    pub dates: DateWords,
    pub triggers: Vec<Trigger>,
    /// Word form (lowercase, possibly several words) -> (trigger index, frame).
    pub forms: BTreeMap<String, Vec<(usize, Frame)>>,
}

impl Language {
    pub fn parse(text: &str, origin: &str) -> Result<LanguageFile, DataError> {
        toml::from_str(text).map_err(|e| DataError::toml(origin, text, &e))
    }

    pub fn empty(lang: Lang) -> Language {
        Language {
            lang,
            cues: Cues::default(),
            dates: DateWords::default(),
            triggers: Vec::new(),
            forms: BTreeMap::new(),
        }
    }

    /// Adds a parsed file; entries with an id already present replace it.
    pub fn extend(&mut self, file: LanguageFile, origin: &str) -> Result<(), DataError> {
        let c = file.cues;
        let mine = &mut self.cues;
        if c.home_state.is_some() {
            mine.home_state = c.home_state.clone();
        }
        mine.home_bodies.extend(c.home_bodies.clone());
        mine.anaphora_types.extend(c.anaphora_types);
        mine.rebuffed_acts.extend(c.rebuffed_acts);
        macro_rules! append {
            ($($f:ident),*) => { $( mine.$f.extend(c.$f); )* };
        }
        append!(
            hypothetical,
            hypothetical_wide,
            hypothetical_clause,
            hypothetical_predicate,
            negated_predicate,
            negation,
            negation_clause,
            negation_existential,
            not_negation,
            alleged,
            background,
            report_verbs,
            telling_verbs,
            report_manners,
            refusals,
            announcing,
            first_person,
            the_two,
            ministry_anaphora,
            agentive_suffixes,
            flag_suffixes,
            label_links,
            indefinite_articles,
            label_verbs,
            act_pointers,
            definite_articles,
            participle_endings,
            not_participles,
            verb_prefixes,
            blame_links,
            deed_verbs,
            private_nouns,
            former_words,
            member_nouns,
            one_of_openers,
            export_goods,
            object_enclitics,
            claim_verbs,
            finding_bodies,
            according_to,
            alternatives,
            object_negations,
            authored_documents,
            authored_by,
            clause_renamers,
            membership_copulas,
            repeated_acts,
            counted_acts,
            label_phrases,
            label_openers,
            proposal_verbs,
            proposal_nouns,
            time_relatives,
            additive,
            contrasts,
            attributions,
            speech_nouns,
            support_verbs,
            authoring_verbs,
            halt_phrases,
            force_nouns,
            body_heads,
            place_relative,
            the_two_leaders,
            the_two_bare,
            the_several,
            the_two_states,
            neighbour_anaphora,
            relative,
            not_relative,
            prepositions,
            locative,
            target_preps,
            source_preps,
            agent_preps,
            traveller_preps,
            agent_participles,
            plural_bodies,
            welcome_verbs,
            undergo_verbs,
            non_state_doers,
            comitative,
            between,
            coordinators,
            specifiers,
            need_verbs,
            clause_openers,
            modifier_openers,
            war_nouns,
            owner_preps,
            incident_nouns,
            titles,
            title_inner_words,
            demonstratives,
            accusation_nouns,
            stopwords,
            passive_aux,
            determiners,
            occasion_acronyms,
            defence_words,
            person_pronouns,
            object_pronouns,
            object_complements,
            clause_objects,
            impact_verbs,
            compass_words,
            passive_prefixes,
            seated,
            cessation,
            plural_pronouns,
            dual_pronouns,
            bloc_anaphora,
            court_anaphora,
            envoy_anaphora,
            title_anaphora,
            witnesses,
            announced_future,
            effective_from,
            purpose_preps,
            factive_before,
            regime_nouns,
            regime_anaphora,
            state_anaphora,
            monarchy_anaphora,
            state_nouns,
            document_nouns,
            name_links,
            serving_titles,
            envoy_titles,
            quantifiers,
            event_anaphora,
            purpose,
            presupposing,
            negation_through,
            modal_barriers,
            all_parties,
            verb_joiners,
            agreement_nouns,
            adjunct_openers,
            factual_openers,
            admissions,
            occasion_preps,
            unconfirmed,
            saying_on,
            caption_markers,
            witnessing,
            colony_nouns,
            missions,
            retractions,
            not_background,
            continuation,
            reciprocal,
            similar,
            planning,
            subject_possessives,
            reason_preps,
            noun_markers,
            occasion_openers,
            not_possessive,
            neuter_pronouns,
            neuter_possessives,
            not_court_after,
            abstract_objects,
            near_plural_pronouns,
            past_markers,
            home_titles,
            local_titles,
            portfolios,
            trade_origins,
            partners,
            auxiliaries,
            intent,
            speculative,
            conditions,
            member_preps,
            content_markers,
            enactments,
            decision_nouns,
            carrying_verbs,
            repeat_markers,
            adopting_verbs,
            approximators,
            housing,
            launch_origins,
            territory_words,
            occasion_requests
        );
        let d = file.dates;
        self.dates.months.extend(d.months);
        self.dates.seasons.extend(d.seasons);
        self.dates.weekdays.extend(d.weekdays);
        self.dates.relative_days.extend(d.relative_days);
        self.dates.numbers.extend(d.numbers);
        let mine = &mut self.dates;
        macro_rules! append_dates {
            ($($f:ident),*) => { $( mine.$f.extend(d.$f); )* };
        }
        append_dates!(
            same,
            month_anaphors,
            deadline,
            soon_after,
            takes_effect,
            sequels,
            prompted_by,
            lasting,
            habitual,
            answers,
            anniversaries,
            since,
            span_firsts,
            simultaneous,
            date_relatives,
            month_openers,
            year_openers,
            then,
            hour_units,
            day_units,
            week_units,
            month_units,
            year_units,
            ago,
            after,
            next_day,
            definite_day,
            durations,
            before,
            last,
            this,
            next
        );
        self.dates.seal();
        for spec in file.triggers {
            if spec.repeats.is_some() {
                self.add_repeating(&spec, origin)?;
                continue;
            }
            let trigger = self.compile(&spec, origin, None)?;
            if self
                .triggers
                .iter()
                .any(|t| t.id == trigger.id && t.repeats.is_some())
            {
                return Err(DataError::entry(
                    origin,
                    &spec.id,
                    "this id is an entry that repeats the act told before (one copy a type): give the new entry an id of its own and `disable` that one",
                ));
            }
            match self.triggers.iter().position(|t| t.id == trigger.id) {
                // A later entry with the same id replaces the earlier one,
                // forms and all.
                Some(i) => {
                    self.triggers[i] = trigger;
                    for list in self.forms.values_mut() {
                        list.retain(|(t, _)| *t != i);
                    }
                    self.forms.retain(|_, list| !list.is_empty());
                }
                None => self.triggers.push(trigger),
            }
            let index = self
                .triggers
                .iter()
                .position(|t| t.id == spec.id)
                .unwrap_or_default();
            self.add_forms(index, &spec);
        }
        for id in &file.disable {
            // (Every copy of an entry that repeats an act shares its id.)
            let mut found = false;
            for t in self.triggers.iter_mut().filter(|t| &t.id == id) {
                t.disabled = true;
                found = true;
            }
            if !found {
                return Err(DataError::entry(
                    origin,
                    id,
                    "disable: no trigger entry has this id (see `geokg data test` for the ids)",
                ));
            }
        }
        Ok(())
    }

    /// An entry that repeats the act told last: one copy a type, under
    /// one id. The examples go with the first copy only, so each runs once.
    fn add_repeating(&mut self, spec: &TriggerSpec, origin: &str) -> Result<(), DataError> {
        if spec.event_type != "*" {
            return Err(DataError::entry(
                origin,
                &spec.id,
                format!(
                    "an entry with `repeats` takes the type of the act told before: its type is \"*\", not '{}'",
                    spec.event_type
                ),
            ));
        }
        if self.triggers.iter().any(|t| t.id == spec.id) {
            return Err(DataError::entry(
                origin,
                &spec.id,
                "an entry with `repeats` cannot replace one of an earlier file: give it an id of its own and `disable` the other",
            ));
        }
        let mut types = Vec::new();
        for name in &spec.repeatable {
            types.push(EventType::parse(name).ok_or_else(|| {
                DataError::entry(
                    origin,
                    &spec.id,
                    format!("repeatable: unknown event type '{name}'"),
                )
            })?);
        }
        if types.is_empty() {
            types = EventType::ALL.to_vec();
        }
        for (n, &event_type) in types.iter().enumerate() {
            let mut trigger = self.compile(spec, origin, Some(event_type))?;
            trigger.repeatable = types.clone();
            if n > 0 {
                trigger.examples.clear();
            }
            // Doing again what another said is a deed ("Portugal siap
            // menempuh langkah serupa" recognises no one yet).
            trigger.deed = event_type.is_speech();
            self.triggers.push(trigger);
            self.add_forms(self.triggers.len() - 1, spec);
        }
        Ok(())
    }

    fn compile(
        &self,
        spec: &TriggerSpec,
        origin: &str,
        as_type: Option<EventType>,
    ) -> Result<Trigger, DataError> {
        let event_type = as_type
            .or_else(|| EventType::parse(&spec.event_type))
            .ok_or_else(|| {
                DataError::entry(
                    origin,
                    &spec.id,
                    format!("unknown event type '{}'", spec.event_type),
                )
            })?;
        let nowhere_type = spec
            .nowhere_type
            .as_deref()
            .map(|t| {
                EventType::parse(t).ok_or_else(|| {
                    DataError::entry(
                        origin,
                        &spec.id,
                        format!("nowhere_type: unknown event type '{t}'"),
                    )
                })
            })
            .transpose()?;
        let target_kinds = spec
            .target_kinds
            .iter()
            .map(|k| {
                crate::model::ActorKind::parse(k).ok_or_else(|| {
                    DataError::entry(
                        origin,
                        &spec.id,
                        format!(
                            "unknown actor kind '{k}' in target_kinds (state, person, organization, group)"
                        ),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Trigger {
            id: spec.id.clone(),
            event_type,
            cameo: spec
                .cameo
                .clone()
                .unwrap_or_else(|| event_type.cameo().to_string()),
            objects: lower_all(&spec.objects),
            not_before: lower_all(&spec.not_before),
            object_openers: lower_all(&spec.object_openers),
            not_into: lower_all(&spec.not_into),
            nowhere_type,
            not_after: lower_all(&spec.not_after),
            target: spec.target,
            target_preps: lower_all(&spec.target_preps),
            needs_target: spec.needs_target,
            defence: spec.defence,
            deed: spec.deed,
            answers: spec.answers,
            membership: spec.membership,
            presence: spec.presence,
            object_control: spec.object_control,
            addressed: spec.addressed,
            conditional: spec.conditional,
            planned: spec.planned,
            place_target: spec.place_target,
            reverse: spec.reverse,
            agent_noun: spec.agent_noun,
            standing: spec.standing,
            toll: spec.toll,
            mutual: spec.mutual,
            target_kinds,
            evaluations: lower_all(&spec.evaluations),
            consequences: lower_all(&spec.consequences),
            complements: lower_all(&spec.complements),
            examples: spec.examples.clone(),
            repeats: spec.repeats,
            repeatable: Vec::new(),
            origin: origin.to_string(),
            disabled: false,
        })
    }

    fn add_forms(&mut self, index: usize, spec: &TriggerSpec) {
        let mut add = |form: String, frame: Frame| {
            let entry = self.forms.entry(form).or_default();
            if !entry.contains(&(index, frame)) {
                entry.push((index, frame));
            }
        };
        for root in &spec.roots {
            for (form, frame) in indonesian_forms(root) {
                add(form, frame);
            }
        }
        for (list, frame) in [
            (&spec.verbs, Frame::Active),
            (&spec.passives, Frame::Passive),
            (&spec.nouns, Frame::Nominal),
            (&spec.headline, Frame::Headline),
        ] {
            for form in list {
                add(form.trim().to_lowercase(), frame);
            }
        }
    }
}

fn lower_all(words: &[String]) -> Vec<String> {
    words.iter().map(|w| w.trim().to_lowercase()).collect()
}

/// A map of words to the types of act each names, read from their names
/// (`drills = ["mobilize", "military_cooperation"]`); an unknown name is an
/// error of the file, with its line.
fn type_lists<'de, D>(d: D) -> Result<BTreeMap<String, Vec<EventType>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let names = BTreeMap::<String, Vec<String>>::deserialize(d)?;
    names
        .into_iter()
        .map(|(word, types)| {
            let parsed = types.iter().map(|t| {
                EventType::parse(t).ok_or_else(|| {
                    serde::de::Error::custom(format!("{word}: unknown event type '{t}'"))
                })
            });
            let parsed = parsed.collect::<Result<_, _>>()?;
            Ok((word, parsed))
        })
        .collect()
}
