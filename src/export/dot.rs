//! DOT through graphviz-rust, and rendering with Graphviz's `dot`.
//!
//! Actors are nodes coloured by kind; events are edges coloured by quad
//! class (cooperation green and blue, conflict orange and red),
//! hypothetical dashed, negated dotted, alleged grey, labelled with type
//! and date.

use graphviz_rust::cmd::{CommandArg, Format};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use super::wire::GraphJson;
use crate::model::{ActorKind, Modality};

/// A DOT string literal: quotes and backslashes escaped, newlines as `\n`.
fn quoted(s: &str) -> Id {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    Id::Escaped(out)
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), quoted(v))
}

fn node_colour(kind: ActorKind) -> (&'static str, &'static str) {
    match kind {
        ActorKind::State => ("box", "#dbe9f6"),
        ActorKind::Person => ("ellipse", "#fdf2d0"),
        ActorKind::Organization => ("component", "#e6e6e6"),
        ActorKind::Group => ("hexagon", "#e3f4dc"),
    }
}

fn edge_colour(quad: u8) -> &'static str {
    match quad {
        1 => "#2e7d32",
        2 => "#1565c0",
        3 => "#ef6c00",
        _ => "#c62828",
    }
}

/// The graph as a graphviz-rust structure.
pub fn to_graph(g: &GraphJson) -> Graph {
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", "LR"),
            attr("fontname", "Helvetica"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("style", "filled"),
            attr("fontname", "Helvetica"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "10"),
        ])),
    ];
    for n in &g.nodes {
        let (shape, fill) = node_colour(n.kind);
        stmts.push(Stmt::Node(Node {
            id: NodeId(quoted(&n.id), None),
            attributes: vec![
                attr("label", &n.name),
                attr("shape", shape),
                attr("fillcolor", fill),
            ],
        }));
    }
    for l in &g.links {
        let style = match l.modality {
            Modality::Asserted => "solid",
            Modality::Hypothetical => "dashed",
            Modality::Negated => "dotted",
            Modality::Alleged => "dashed",
        };
        let colour = if l.modality == Modality::Alleged {
            "#888888"
        } else {
            edge_colour(l.quad_class)
        };
        let label = match &l.date {
            Some(d) => format!("{}\n{}", l.event_type, d),
            None => l.event_type.clone(),
        };
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(quoted(&l.source), None)),
                Vertex::N(NodeId(quoted(&l.target), None)),
            ),
            attributes: vec![
                attr("label", &label),
                attr("color", colour),
                attr("fontcolor", colour),
                attr("style", style),
                attr("id", &l.key),
            ],
        }));
    }
    Graph::DiGraph {
        id: Id::Plain("geokg".into()),
        strict: false,
        stmts,
    }
}

/// DOT text.
pub fn to_dot(g: &GraphJson) -> String {
    let mut ctx = PrinterContext::default();
    let mut s = to_graph(g).print(&mut ctx);
    s.push('\n');
    s
}

/// Whether Graphviz's `dot` is on PATH.
pub fn dot_available() -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("dot").is_file()))
}

/// Renders DOT text to SVG or PNG with `dot`.
pub fn render(dot: &str, format: &str) -> Result<Vec<u8>, String> {
    if !dot_available() {
        return Err(
            "graphviz `dot` not found on PATH (install it: apt-get install graphviz)".into(),
        );
    }
    let f = match format {
        "svg" => Format::Svg,
        "png" => Format::Png,
        other => return Err(format!("cannot render '{other}': use svg or png")),
    };
    graphviz_rust::exec_dot(dot.to_string(), vec![CommandArg::Format(f)])
        .map_err(|e| format!("graphviz `dot` failed: {e}"))
}

/// The colour a relation state is drawn in.
fn state_colour(state: &str) -> &'static str {
    match state {
        "allied" => "#1b5e20",
        "cooperative" => "#43a047",
        "tense" => "#ef6c00",
        "hostile" => "#c62828",
        "at_war" => "#4a0000",
        _ => "#9e9e9e",
    }
}

/// The state of the relation `r` on `date`: the last change on or before it.
fn state_on(r: &super::wire::RelationJson, date: &str) -> String {
    r.states
        .iter()
        .rev()
        .find(|c| c.since.as_deref().is_some_and(|s| s <= date))
        .map(|c| c.state.clone())
        .unwrap_or_else(|| "neutral".into())
}

/// Small multiples of the relations among `actors` (state codes or group
/// ids): one panel per date a relation among them changed state (at most
/// `max_panels`, the last always kept), side by side, plus a first panel
/// for the time before, so a reader sees an alliance form. Pairs still
/// neutral have no arrow; arrows carry the state's name. Invisible edges
/// from every node of a panel to every node of the next keep the panels
/// in date order, left to right.
pub fn small_multiples(
    g: &GraphJson,
    actors: &[String],
    max_panels: usize,
) -> Result<String, String> {
    let codes: Vec<String> = actors.iter().map(|a| a.trim().to_uppercase()).collect();
    let unknown: Vec<&String> = codes
        .iter()
        .filter(|c| !g.nodes.iter().any(|n| n.id.to_uppercase() == **c))
        .collect();
    if !unknown.is_empty() || codes.len() < 2 {
        return Err(format!(
            "--timeline needs at least two actors of the graph (unknown: {})",
            unknown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let relations: Vec<&super::wire::RelationJson> = g
        .graph
        .relations
        .iter()
        .filter(|r| codes.contains(&r.source) && codes.contains(&r.target))
        .collect();
    let mut dates: Vec<String> = relations
        .iter()
        .flat_map(|r| r.states.iter().filter_map(|c| c.since.clone()))
        .collect();
    dates.sort();
    dates.dedup();
    if dates.len() > max_panels.max(1) {
        // Evenly spaced, the last kept: the state the story ends in.
        let n = max_panels.max(1);
        let last = dates.len() - 1;
        dates = (0..n)
            .map(|i| dates[i * last / (n - 1).max(1)].clone())
            .collect();
        dates.dedup();
    }
    let mut panels: Vec<(String, String)> = Vec::new();
    if let Some(first) = dates.first() {
        panels.push((format!("before {first}"), String::new()));
    }
    panels.extend(dates.iter().map(|d| (d.clone(), d.clone())));
    if panels.is_empty() {
        panels.push(("no state changes".into(), String::new()));
    }
    let name = |code: &str| {
        g.nodes
            .iter()
            .find(|n| n.id.to_uppercase() == code)
            .map(|n| n.name.clone())
            .unwrap_or_else(|| code.to_string())
    };
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", "LR"),
            attr("fontname", "Helvetica"),
            attr("labelloc", "t"),
            attr("label", &format!("Relations among {}", codes.join(", "))),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("shape", "box"),
            attr("style", "filled,rounded"),
            attr("fillcolor", "#dbe9f6"),
            attr("fontname", "Helvetica"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "10"),
        ])),
    ];
    for (i, (label, date)) in panels.iter().enumerate() {
        let node_id = |code: &str| NodeId(quoted(&format!("p{i}_{code}")), None);
        let mut inner = vec![Stmt::Attribute(attr("label", label))];
        for c in &codes {
            inner.push(Stmt::Node(Node {
                id: node_id(c),
                attributes: vec![attr("label", &name(c))],
            }));
        }
        for r in &relations {
            let state = if date.is_empty() {
                "neutral".to_string()
            } else {
                state_on(r, date)
            };
            if state == "neutral" {
                continue;
            }
            let colour = state_colour(&state);
            inner.push(Stmt::Edge(Edge {
                ty: EdgeTy::Pair(Vertex::N(node_id(&r.source)), Vertex::N(node_id(&r.target))),
                attributes: vec![
                    attr("label", &state),
                    attr("color", colour),
                    attr("fontcolor", colour),
                    attr("penwidth", "2"),
                ],
            }));
        }
        stmts.push(Stmt::Subgraph(graphviz_rust::dot_structures::Subgraph {
            id: Id::Plain(format!("cluster_{i}")),
            stmts: inner,
        }));
        if i > 0 {
            for a in &codes {
                for b in &codes {
                    stmts.push(Stmt::Edge(Edge {
                        ty: EdgeTy::Pair(
                            Vertex::N(NodeId(quoted(&format!("p{}_{a}", i - 1)), None)),
                            Vertex::N(node_id(b)),
                        ),
                        attributes: vec![attr("style", "invis")],
                    }));
                }
            }
        }
    }
    let graph = Graph::DiGraph {
        id: Id::Plain("geokg_timeline".into()),
        strict: false,
        stmts,
    };
    let mut ctx = PrinterContext::default();
    let mut s = graph.print(&mut ctx);
    s.push('\n');
    Ok(s)
}
