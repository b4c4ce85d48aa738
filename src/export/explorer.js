// geokg explorer: the graph of a geokg build, in the browser, offline.
// Everything shown comes from articles and is untrusted: it is only ever
// put into the page as text (textContent), links only with http(s) URLs,
// and no handler is built from data.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('geokg-data').textContent);
  var $ = function (id) { return document.getElementById(id); };
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  function code(id) { var n = byId[id]; return (n && n.country) || id; }
  function name(id) { var n = byId[id]; return n ? n.name : id; }

  var dates = [];
  data.links.forEach(function (l) { if (l.date && dates.indexOf(l.date) < 0) { dates.push(l.date); } });
  dates.sort();
  var languages = [];
  data.links.forEach(function (l) {
    l.evidence.forEach(function (v) { if (v.lang && languages.indexOf(v.lang) < 0) { languages.push(v.lang); } });
  });
  languages.sort();

  var elements = [];
  // Start on a circle in node order, so the layout is the same on every load.
  var radius = 60 * Math.max(3, Math.sqrt(data.nodes.length) * 3);
  data.nodes.forEach(function (n, i) {
    var a = 2 * Math.PI * i / Math.max(1, data.nodes.length);
    elements.push({ group: 'nodes', data: { id: 'n:' + n.id, label: n.name, kind: n.kind, actor: n.id },
      position: { x: radius * Math.cos(a), y: radius * Math.sin(a) } });
  });
  data.links.forEach(function (l, i) {
    elements.push({
      group: 'edges',
      data: {
        id: 'e:' + i, source: 'n:' + l.source, target: 'n:' + l.target, index: i,
        quad: l.quad_class, modality: l.modality, label: l.type + (l.date ? ' ' + l.date : ''),
        sources: l.articles.length
      },
      classes: 'event'
    });
  });
  // One edge per ordered pair of states with a relation, coloured by its
  // state as of the chosen date.
  data.relations.forEach(function (r, i) {
    if (byId[r.source] && byId[r.target]) {
      elements.push({
        group: 'edges',
        data: { id: 'r:' + i, source: 'n:' + r.source, target: 'n:' + r.target, relation: i, state: 'neutral' },
        classes: 'relation'
      });
    }
  });

  var stateColour = {
    allied: '#1b5e20', cooperative: '#43a047', neutral: '#bdbdbd',
    tense: '#ef6c00', hostile: '#c62828', at_war: '#4a0000'
  };
  var quadColour = { 1: '#2e7d32', 2: '#1565c0', 3: '#ef6c00', 4: '#c62828' };
  var style = [
    { selector: 'node', style: {
      'label': 'data(label)', 'font-size': 11, 'text-valign': 'center', 'text-wrap': 'wrap',
      'text-max-width': 90, 'background-color': '#dbe9f6', 'border-width': 1, 'border-color': '#555',
      'width': 'label', 'height': 'label', 'padding': 8, 'shape': 'round-rectangle' } },
    { selector: 'node[kind = "person"]', style: { 'shape': 'ellipse', 'background-color': '#fdf2d0' } },
    { selector: 'node[kind = "organization"]', style: { 'shape': 'rectangle', 'background-color': '#e6e6e6' } },
    { selector: 'node[kind = "group"]', style: { 'shape': 'hexagon', 'background-color': '#e3f4dc' } },
    { selector: 'node.idle', style: { 'opacity': 0.35 } },
    { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#6a1b9a' } },
    { selector: 'edge.event', style: {
      'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
      'width': 'mapData(sources, 1, 5, 1.5, 6)', 'label': 'data(label)', 'font-size': 8,
      'text-rotation': 'autorotate', 'color': '#333', 'text-opacity': 0 } },
    { selector: 'edge.event:selected, edge.event.near', style: { 'text-opacity': 1 } },
    { selector: 'edge.relation', style: {
      'curve-style': 'straight', 'width': 10, 'opacity': 0.25, 'target-arrow-shape': 'none',
      'line-color': 'data(colour)' } },
    { selector: 'edge.relation[state = "neutral"]', style: { 'opacity': 0 } },
    { selector: 'edge[modality = "hypothetical"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[modality = "alleged"]', style: { 'line-style': 'dashed', 'opacity': 0.7 } },
    { selector: 'edge[modality = "negated"]', style: { 'line-style': 'dotted' } },
    { selector: '.hidden', style: { 'display': 'none' } },
    { selector: ':selected', style: { 'overlay-opacity': 0.2 } }
  ];
  [1, 2, 3, 4].forEach(function (q) {
    style.push({ selector: 'edge.event[quad = ' + q + ']', style: {
      'line-color': quadColour[q], 'target-arrow-color': quadColour[q] } });
  });

  var cy = cytoscape({
    container: $('graph'), elements: elements, style: style,
    layout: { name: 'cose', animate: false, randomize: false, fit: true, padding: 30,
      nodeRepulsion: function () { return 400000; }, nodeOverlap: 40, idealEdgeLength: function () { return 140; },
      edgeElasticity: function () { return 100; }, gravity: 0.2, numIter: 2000, componentSpacing: 120 },
    wheelSensitivity: 0.3
  });

  // Controls.
  var slider = $('slider');
  slider.max = String(dates.length);
  slider.value = String(dates.length);
  var asOf = null;
  function sliderDate() {
    var v = Number(slider.value);
    return v >= dates.length ? null : dates[v];
  }
  function checked(name) {
    var out = [];
    document.querySelectorAll('input[name="' + name + '"]').forEach(function (b) { if (b.checked) { out.push(b.value); } });
    return out;
  }
  var langBox = $('languages');
  languages.forEach(function (lang) {
    var label = el('label');
    var box = el('input');
    box.type = 'checkbox'; box.name = 'lang'; box.value = lang; box.checked = true;
    label.appendChild(box);
    label.appendChild(document.createTextNode(' ' + lang));
    langBox.appendChild(label);
  });

  function known(l) { return !asOf || !l.date || l.date <= asOf; }
  var quads = [], mods = [], langs = [], min = 1;
  function readFilters() {
    quads = checked('quad'); mods = checked('modality'); langs = checked('lang');
    min = Number($('minsources').value) || 1;
  }
  function visible(l) {
    var langOk = languages.length === 0 || l.evidence.some(function (v) { return !v.lang || langs.indexOf(v.lang) >= 0; });
    return known(l) && quads.indexOf(String(l.quad_class)) >= 0 && mods.indexOf(l.modality) >= 0 &&
      l.articles.length >= min && langOk;
  }
  function stateOn(r) {
    var s = 'neutral';
    r.states.forEach(function (c) { if (!asOf || (c.since && c.since <= asOf)) { s = c.state; } });
    return s;
  }

  var selected = null;
  function apply() {
    var began = performance.now();
    readFilters();
    var shown = 0;
    cy.batch(function () {
      var live = {};
      cy.edges('.event').forEach(function (e) {
        var l = data.links[e.data('index')];
        var on = visible(l);
        e.toggleClass('hidden', !on);
        if (on) { shown += 1; live[l.source] = true; live[l.target] = true; }
      });
      var relationsOn = $('relations').checked;
      cy.edges('.relation').forEach(function (e) {
        var s = stateOn(data.relations[e.data('relation')]);
        e.data('state', s);
        e.data('colour', stateColour[s] || '#bdbdbd');
        e.toggleClass('hidden', !relationsOn);
      });
      cy.nodes().forEach(function (n) {
        n.toggleClass('idle', !live[n.data('actor')] && n.degree(false) > 0);
      });
    });
    $('asof').textContent = asOf ? 'as of ' + asOf : 'all dates';
    var status = $('status');
    status.setAttribute('data-nodes', String(cy.nodes().length));
    status.setAttribute('data-events', String(shown));
    status.setAttribute('data-asof', asOf || '');
    status.setAttribute('data-ms', String(Math.round(performance.now() - began)));
    status.textContent = cy.nodes().length + ' actors, ' + shown + ' of ' + data.links.length + ' events shown';
    if (selected) { selected(); }
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function link(url, label) {
    if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
      var a = el('a', label);
      a.href = url; a.rel = 'noopener noreferrer'; a.target = '_blank';
      return a;
    }
    return el('span', label);
  }
  function showPair(a, b) {
    selected = function () { showPair(a, b); };
    var panel = $('panel');
    clear(panel);
    panel.appendChild(el('h2', name(a) + ' \u2194 ' + name(b)));
    data.relations.forEach(function (r) {
      if ((r.source === a && r.target === b) || (r.source === b && r.target === a)) {
        var p = el('p', r.source + ' \u2192 ' + r.target + ': ' + stateOn(r), 'state state-' + stateOn(r));
        panel.appendChild(p);
      }
    });
    var list = el('ol', null, 'events');
    data.links.forEach(function (l) {
      var s = code(l.source), t = code(l.target);
      if (!((s === a && t === b) || (s === b && t === a)) || !visible(l)) { return; }
      var item = el('li');
      item.appendChild(el('div', (l.date || 'undated') + ' \u00b7 ' + l.type + ' \u00b7 ' + name(l.source) +
        ' \u2192 ' + name(l.target) + ' \u00b7 ' + l.modality, 'head'));
      l.evidence.forEach(function (v) {
        var q = el('blockquote', v.sentence, 'evidence');
        var cite = el('div', null, 'cite');
        cite.appendChild(link(v.url, v.article));
        q.appendChild(cite);
        item.appendChild(q);
      });
      list.appendChild(item);
    });
    if (!list.firstChild) { panel.appendChild(el('p', 'No event between them as of this date.')); }
    panel.appendChild(list);
  }
  function showActor(id) {
    selected = function () { showActor(id); };
    var panel = $('panel');
    clear(panel);
    var n = byId[id];
    panel.appendChild(el('h2', n.name));
    panel.appendChild(el('p', n.kind + (n.country ? ' \u00b7 ' + n.country : '') + ' \u00b7 ' + n.id));
    var c = n.country || n.id;
    var list = el('ul', null, 'relations');
    data.relations.forEach(function (r) {
      if (r.source !== c && r.target !== c) { return; }
      var item = el('li', r.source + ' \u2192 ' + r.target + ': ' + stateOn(r));
      var steps = el('ol');
      r.states.forEach(function (s) {
        if (!asOf || (s.since && s.since <= asOf)) { steps.appendChild(el('li', s.state + ' since ' + (s.since || '?'))); }
      });
      item.appendChild(steps);
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  cy.on('tap', 'node', function (evt) {
    cy.edges().removeClass('near');
    evt.target.connectedEdges('.event').addClass('near');
    showActor(evt.target.data('actor'));
  });
  cy.on('tap', 'edge', function (evt) {
    var e = evt.target;
    showPair(code(e.source().data('actor')), code(e.target().data('actor')));
  });
  slider.addEventListener('input', function () { asOf = sliderDate(); apply(); });
  document.querySelectorAll('#filters input').forEach(function (i) { i.addEventListener('change', apply); });
  $('minsources').addEventListener('input', apply);
  $('relations').addEventListener('change', apply);
  $('search').addEventListener('input', function () {
    var q = $('search').value.trim().toLowerCase();
    cy.nodes().forEach(function (n) {
      var hit = q.length > 0 && (n.data('label').toLowerCase().indexOf(q) >= 0 || n.data('actor').toLowerCase().indexOf(q) >= 0);
      n.toggleClass('match', hit);
    });
  });
  var timer = null;
  $('play').addEventListener('click', function () {
    if (timer) { clearInterval(timer); timer = null; $('play').textContent = 'Play'; return; }
    slider.value = '0';
    $('play').textContent = 'Stop';
    timer = setInterval(function () {
      var v = Number(slider.value) + 1;
      slider.value = String(v);
      asOf = sliderDate(); apply();
      if (v >= dates.length) { clearInterval(timer); timer = null; $('play').textContent = 'Play'; }
    }, 900);
  });

  // State from the address: #asof=YYYY-MM-DD&pair=RUS,PRK&actor=ID, so a
  // view can be linked to (and checked by a headless browser).
  var params = {};
  location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
    var i = kv.indexOf('=');
    if (i > 0) { params[decodeURIComponent(kv.slice(0, i))] = decodeURIComponent(kv.slice(i + 1)); }
  });
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(params.asof || '')) {
    asOf = params.asof;
    var v = 0;
    while (v < dates.length && dates[v] <= asOf) { v += 1; }
    slider.value = String(Math.max(0, v - 1));
  }
  apply();
  if (params.pair) {
    var ab = params.pair.split(',');
    if (ab.length === 2) { showPair(ab[0], ab[1]); }
  } else if (params.actor && byId[params.actor]) {
    showActor(params.actor);
  }
})();
