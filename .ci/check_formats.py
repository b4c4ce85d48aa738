#!/usr/bin/env python3
"""Loads every export format with the program that reads it, and checks
that each event's sentence comes back unchanged as data.

usage: check_formats.py OUTPUT_DIR SCHEMA_DIR
"""
import csv
import json
import sys

import jsonschema
import networkx as nx

out, schemas = sys.argv[1], sys.argv[2]
events = {}
for line in open(f"{out}/events.jsonl", encoding="utf-8"):
    e = json.loads(line)
    events[e["id"]] = e
linked = {k: e for k, e in events.items() if e["target"] is not None}
sentence = {k: e["evidence"][0]["sentence"] for k, e in events.items()}

gm = nx.read_graphml(f"{out}/graph.graphml")
assert gm.is_directed() and gm.is_multigraph()
assert gm.number_of_edges() == len(linked), (gm.number_of_edges(), len(linked))
for u, v, k, d in gm.edges(keys=True, data=True):
    assert isinstance(d["quad_class"], int) and isinstance(d["goldstein"], float) and isinstance(d["confidence"], float)
    assert d["sentence"] == sentence[k], (k, d["sentence"], sentence[k])
    assert d["type"] == linked[k]["type"]

gx = nx.read_gexf(f"{out}/graph.gexf", version="1.3")
assert gx.number_of_edges() == len(linked)
for u, v, k, d in gx.edges(keys=True, data=True):
    assert d["sentence"] == sentence[d["id"]], d["id"]

cy = json.load(open(f"{out}/graph.cytoscape.json", encoding="utf-8"))
jsonschema.validate(cy, json.load(open(f"{schemas}/cytoscape.schema.json")))
assert {e["data"]["id"] for e in cy["elements"]["edges"]} == set(linked)
for e in cy["elements"]["edges"]:
    assert e["data"]["sentence"] == sentence[e["data"]["id"]]

rows = list(csv.DictReader(open(f"{out}/events.csv", encoding="utf-8", newline="")))
assert {r["id"] for r in rows} == set(events)
for r in rows:
    s = r["sentence"]
    if s.startswith("'") and s[1:2] in "=+-@\t\r":
        s = s[1:]
    assert s == sentence[r["id"]], (s, sentence[r["id"]])
actors = list(csv.DictReader(open(f"{out}/actors.csv", encoding="utf-8", newline="")))
assert len(actors) == len(json.load(open(f"{out}/graph.json", encoding="utf-8"))["nodes"])
try:
    import pandas
    assert len(pandas.read_csv(f"{out}/events.csv")) == len(events)
except ImportError:
    pass
try:
    import igraph
    ig = igraph.Graph.Read_GraphML(f"{out}/graph.graphml")
    assert ig.ecount() == len(linked)
except ImportError:
    pass
print(f"ok: graphml, gexf, cytoscape, csv load; {len(events)} events round-trip their sentences")
