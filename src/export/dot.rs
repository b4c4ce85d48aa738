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
