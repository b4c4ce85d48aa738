"""The HTML explorer in a real browser (Debian's chromium, headless).

usage: check_html.py OUTPUT_DIR HOSTILE_DIR SCREENSHOT.png

From the examples' graph: the page loads offline, the number of actors on
screen equals the graph's, the pact between Russia and North Korea is hidden
as of 2024-06-18 and shown as of 2024-06-20 in the pair's panel (the view a
click on the Russia-North Korea edge opens), and a screenshot is written.
From the hostile article: markup in titles, names and sentences shows as
text, no script from the data runs, and a javascript: URL is not a link.
"""
import html
from html.parser import HTMLParser
import json
import os
import re
import subprocess
import sys
import tempfile

out_dir, hostile_dir, shot = sys.argv[1], sys.argv[2], sys.argv[3]
CHROMIUM = next(
    c for c in ["chromium", "chromium-browser", "google-chrome"]
    if subprocess.run(["which", c], capture_output=True).returncode == 0
)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--no-first-run", "--user-data-dir=" + tempfile.mkdtemp()]


def dom(page, fragment):
    url = "file://" + os.path.abspath(page) + fragment
    r = subprocess.run([CHROMIUM, *FLAGS, "--virtual-time-budget=5000", "--dump-dom", url],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "</html>" in r.stdout, r.stderr[-2000:]
    return r.stdout


def panel(page_dom):
    m = re.search(r'<aside id="side">(.*?)</aside>', page_dom, re.S)
    assert m, "no side panel"
    return m.group(1)


def status(page_dom):
    m = re.search(r'<span id="status"([^>]*)>', page_dom)
    assert m, "no status"
    return dict(re.findall(r'data-([a-z]+)="([^"]*)"', m.group(1)))


graph = json.load(open(os.path.join(out_dir, "graph.json")))
page = os.path.join(out_dir, "graph.html")
code = {n["id"]: n["country"] or n["id"] for n in graph["nodes"]}
pact = next(
    l for l in graph["links"]
    if l["type"] == "sign_agreement" and l["date"] == "2024-06-19"
    and {code[l["source"]], code[l["target"]]} == {"RUS", "PRK"}
)
sentence = html.escape(pact["evidence"][0]["sentence"], quote=False)

before = dom(page, "#asof=2024-06-18&pair=RUS,PRK")
assert status(before)["nodes"] == str(len(graph["nodes"])), (status(before), len(graph["nodes"]))
assert sentence not in panel(before), "the pact shows before it was signed"
after = dom(page, "#asof=2024-06-20&pair=RUS,PRK")
assert sentence in panel(after), "the pact's evidence is missing on 2024-06-20"
assert "allied" in panel(after)
every = dom(page, "")
assert status(every)["events"] == str(len(graph["links"])), status(every)

r = subprocess.run([CHROMIUM, *FLAGS, "--window-size=1400,900", "--virtual-time-budget=5000",
                    "--screenshot=" + os.path.abspath(shot),
                    "file://" + os.path.abspath(page) + "#pair=RUS,PRK"],
                   capture_output=True, text=True, timeout=120)
assert r.returncode == 0 and os.path.getsize(shot) > 10000, r.stderr[-2000:]

hostile = dom(os.path.join(hostile_dir, "graph.html"), "#pair=RUS,UKR")
assert "<title>geokg explorer</title>" in hostile, "the title changed: a script ran"


class Elements(HTMLParser):
    """Every element and attribute of the rendered page."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


parsed = Elements()
parsed.feed(hostile)
assert not [t for t, _ in parsed.tags if t in ("img", "b", "iframe")], "markup from data became elements"
handlers = [(t, k) for t, a in parsed.tags for k in a if k.lower().startswith("on")]
assert not handlers, f"inline event handlers in the page: {handlers}"
assert "&lt;img src=x onerror=" in panel(hostile), "the hostile sentence is not shown as text"
hostile_graph = json.load(open(os.path.join(hostile_dir, "graph.json")))
for link in hostile_graph["links"]:
    if {link["source"], link["target"]} == {"RUS", "UKR"}:
        for v in link["evidence"]:
            assert html.escape(v["sentence"], quote=False) in panel(hostile), v["sentence"]
assert 'href="javascript:' not in hostile.lower(), "a javascript: URL became a link"
scripts = re.findall(r"<script\b", hostile)
assert len(scripts) == 3, f"{len(scripts)} script elements: data, library, ours expected"
print(f"ok: explorer in {CHROMIUM}: {status(every)['nodes']} actors, pact hidden 2024-06-18, shown 2024-06-20; "
      f"hostile page inert; screenshot {shot}")
