//! Domain types that cross stage boundaries: articles, spans, actors, events.

mod actor;
mod article;
mod event;
mod span;

pub use actor::{Actor, ActorKind};
pub use article::{Article, Lang};
pub use event::{DatePrecision, EventDate, EventType, Evidence, Modality};
pub use span::Span;
