#!/usr/bin/env python3
"""Loads geokg's outputs with the programs users read them with.

usage: check_outputs.py OUTPUT_DIR SCHEMA_DIR
"""
import json
import sys

import jsonschema
import networkx as nx

out, schemas = sys.argv[1], sys.argv[2]
event_schema = json.load(open(f"{schemas}/event.schema.json"))
graph_schema = json.load(open(f"{schemas}/graph.schema.json"))

events = [json.loads(line) for line in open(f"{out}/events.jsonl", encoding="utf-8")]
for e in events:
    jsonschema.validate(e, event_schema)
data = json.load(open(f"{out}/graph.json", encoding="utf-8"))
jsonschema.validate(data, graph_schema)

g = nx.node_link_graph(data, edges="links")
assert g.is_directed() and g.is_multigraph(), "graph must load as a MultiDiGraph"
assert g.number_of_nodes() == len(data["nodes"]), "every node loads"
assert g.number_of_edges() == len(data["links"]), "every link loads"
for u, v, k, attrs in g.edges(keys=True, data=True):
    assert k.startswith("ev_") and attrs["type"] and attrs["modality"], (u, v, k)
linked = {l["key"] for l in data["links"]} | {e["id"] for e in data["graph"]["unary_events"]}
assert linked == {e["id"] for e in events}, "graph and events.jsonl hold the same events"
print(f"ok: {len(events)} events valid; networkx loaded {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
