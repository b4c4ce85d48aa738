#!/usr/bin/env python3
"""Fails unless score.py's summary line meets the thresholds.

usage: check_score.py SCORE_OUTPUT [--precision P] [--recall R] [--dates D]
"""
import argparse
import re

ap = argparse.ArgumentParser()
ap.add_argument("file")
ap.add_argument("--precision", type=float, default=0.0)
ap.add_argument("--recall", type=float, default=0.0)
ap.add_argument("--dates", type=float, default=0.0)
a = ap.parse_args()
last = [l for l in open(a.file) if l.startswith("precision")][-1]
m = re.search(r"precision ([\d.]+) recall ([\d.]+) f1 [\d.]+ dates (\d+)/(\d+) must_not (\d+)", last)
p, r, ok, dated, bad = float(m[1]), float(m[2]), int(m[3]), int(m[4]), int(m[5])
d = ok / dated if dated else 1.0
problems = []
if p < a.precision:
    problems.append(f"precision {p} < {a.precision}")
if r < a.recall:
    problems.append(f"recall {r} < {a.recall}")
if d < a.dates:
    problems.append(f"dates {ok}/{dated} < {a.dates}")
if bad:
    problems.append(f"{bad} must_not violations")
if problems:
    raise SystemExit("score below threshold: " + "; ".join(problems))
print(f"score ok: precision {p} recall {r} dates {ok}/{dated} must_not {bad}")
