// The ActorGraph explorer. Every figure on the page comes from a prepared query over HTTP
// (/actorgraph/prepared/NAME), the same ones `actorgraph query` runs; the server aggregates and caps them, so the page
// only draws. window.explorer exposes the state for the browser test.
'use strict';
(function () {
  const PREPARED = '/actorgraph/prepared/';
  const LINK_CAP = 300;        // links drawn; the heaviest come first from actor-network
  const TIMELINE_CAP = 500;    // newest items of an actor's timeline
  const EVIDENCE_CAP = 50;     // positions and events listed for one link
  const $ = (id) => document.getElementById(id);
  const explorer = window.explorer = { ready: false, loads: 0, cy: null, error: null, capped: false };
  let stancesStale = true;
  let searchTimer = null;

  // ---- data ---------------------------------------------------------------------------------------------------

  async function prepared(name, params, limit) {
    const query = new URLSearchParams(params || {});
    query.set('format', 'json');
    if (limit) query.set('limit', String(limit));
    const response = await fetch(PREPARED + name + '?' + query.toString());
    if (!response.ok) throw new Error(name + ': ' + (await response.text()).trim());
    const json = await response.json();
    return json.results.bindings.map((b) => {
      const row = {};
      for (const k of Object.keys(b)) row[k] = b[k].value;
      return row;
    });
  }

  function filters() {
    return {
      topic: $('f-topic').value, stance: $('f-stance').value, since: $('f-since').value, until: $('f-until').value,
      type: $('f-type').value, minWeight: String(Math.max(1, parseInt($('f-weight').value, 10) || 1)),
    };
  }

  // ---- small DOM helpers; text always goes in as text, never as markup ------------------------------------------

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (v !== undefined && v !== null) e.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === '') continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function show(id, ...children) {
    const box = $(id);
    box.replaceChildren(...children);
    box.hidden = false;
    return box;
  }

  function status(text, isError) {
    $('status').textContent = text;
    $('status').classList.toggle('error', Boolean(isError));
    if (isError) explorer.error = text;
  }

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function dayText(date) {
    if (!date) return '';
    let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
    if (m) return `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
    m = /^--(\d{2})-(\d{2})/.exec(date);
    if (m) return `${+m[2]} ${MONTHS[+m[1] - 1]} (year not given)`;
    return date;
  }

  function articleText(row) {
    return 'article ' + (row.articleId || '?') + (row.title ? ' · ' + row.title : '');
  }

  // ---- the network ----------------------------------------------------------------------------------------------

  const SHAPES = { Person: 'ellipse', Organization: 'round-rectangle', Country: 'diamond', Group: 'triangle', Actor: 'ellipse' };
  const COLOURS = { Person: '#4e79a7', Organization: '#f28e2b', Country: '#59a14f', Group: '#b07aa1', Actor: '#8a8f98' };
  const LINKS = { met: '#9aa5b1', addressed: '#1f9bb4', targeted: '#d64545' };

  function startGraph() {
    const cy = explorer.cy = cytoscape({
      container: $('network'),
      wheelSensitivity: 0.3,
      minZoom: 0.15,
      maxZoom: 4,
      style: [
        { selector: 'node', style: {
          'shape': (n) => SHAPES[n.data('type')] || 'ellipse',
          'background-color': (n) => COLOURS[n.data('type')] || COLOURS.Actor,
          'width': 'data(size)', 'height': 'data(size)',
          'label': 'data(label)', 'font-size': (n) => (n.data('size') >= 34 ? 13 : 10), 'color': '#1d2430',
          'font-weight': (n) => (n.data('size') >= 34 ? 600 : 400),
          'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 120,
          'text-outline-color': '#fff', 'text-outline-width': 2, 'min-zoomed-font-size': 5,
          'border-width': 1, 'border-color': '#fff',
        } },
        { selector: 'edge', style: {
          'width': 'data(width)', 'line-color': (e) => LINKS[e.data('relation')], 'curve-style': 'bezier',
          'opacity': 0.75, 'target-arrow-shape': (e) => e.data('relation') === 'met' ? 'none' : 'triangle',
          'target-arrow-color': (e) => LINKS[e.data('relation')], 'arrow-scale': 0.9,
          'line-style': (e) => e.data('relation') === 'targeted' ? 'dashed' : 'solid',
        } },
        { selector: '.faded', style: { 'opacity': 0.12, 'text-opacity': 0.2 } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb000' } },
        { selector: 'edge:selected', style: { 'opacity': 1, 'line-color': '#ffb000', 'target-arrow-color': '#ffb000' } },
        { selector: '.hidden', style: { 'display': 'none' } },
      ],
    });
    cy.on('tap', 'node', (evt) => {
      focus(evt.target);
      showActor(evt.target.id(), evt.target.data('label'));
    });
    cy.on('tap', 'edge', (evt) => {
      focus(evt.target);
      showLink(evt.target.data());
    });
    cy.on('tap', (evt) => { if (evt.target === cy) cy.elements().removeClass('faded'); });
  }

  function focus(element) {
    const cy = explorer.cy;
    const near = element.isNode() ? element.closedNeighborhood() : element.union(element.connectedNodes());
    cy.elements().addClass('faded');
    near.removeClass('faded');
  }

  async function loadNetwork() {
    const f = filters();
    status('Loading the network…');
    try {
      const rows = await prepared('actor-network', f, LINK_CAP + 1);
      explorer.capped = rows.length > LINK_CAP;
      drawNetwork(rows.slice(0, LINK_CAP));
    } catch (e) {
      status('Could not load the network: ' + e.message, true);
    }
    explorer.loads++;
    explorer.ready = true;
  }

  function drawNetwork(rows) {
    const nodes = new Map();
    const edges = [];
    const node = (id, label, type, positions) => {
      if (!nodes.has(id)) nodes.set(id, { data: { id, label, type, positions: +positions, linked: 0 } });
    };
    for (const r of rows) {
      node(r.source, r.sourceName, r.sourceType, r.sourcePositions);
      node(r.target, r.targetName, r.targetType, r.targetPositions);
      nodes.get(r.source).data.linked += +r.weight;
      nodes.get(r.target).data.linked += +r.weight;
      edges.push({ data: { id: r.relation + ' ' + r.source + ' ' + r.target, source: r.source, target: r.target,
        relation: r.relation, weight: +r.weight, items: +r.items, stances: r.stances || '',
        width: 1.5 + 2 * Math.log2(+r.weight) } });
    }
    // Size: positions stated, plus the articles behind the actor's links drawn (a country that only met has none).
    for (const n of nodes.values()) n.data.size = Math.round(16 + 7 * Math.sqrt(n.data.positions + n.data.linked));
    const cy = explorer.cy;
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...nodes.values(), ...edges]);
    });
    applyRelations();
    cy.resize();
    cy.layout({ name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 70,
      edgeElasticity: () => 80, gravity: 0.6, numIter: 1500, componentSpacing: 60, padding: 24 }).run();
    const what = `${nodes.size} actors, ${edges.length} links`;
    status(rows.length === 0 ? 'No links match these filters.'
      : explorer.capped ? `${what}: the ${LINK_CAP} heaviest links shown; raise the minimum to see others.` : what);
  }

  // The relation boxes only hide what is drawn; an actor left without a visible link is hidden with it.
  function applyRelations() {
    const cy = explorer.cy;
    const on = new Set([...document.querySelectorAll('#f-relations input:checked')].map((i) => i.value));
    cy.batch(() => {
      cy.edges().forEach((e) => e.toggleClass('hidden', !on.has(e.data('relation'))));
      cy.nodes().forEach((n) => n.toggleClass('hidden', n.connectedEdges().not('.hidden').length === 0));
    });
  }

  // ---- an actor: profile and timeline ---------------------------------------------------------------------------

  async function showActor(id, label) {
    $('intro').hidden = true;
    $('link').hidden = true;
    show('profile', el('p', { class: 'hint' }, 'Loading ' + label + '…'));
    $('timeline').hidden = true;
    try {
      const [profiles, items] = await Promise.all([
        prepared('actor-profile', { actor: label }, 50),
        prepared('actor-timeline', { entity: id }, TIMELINE_CAP),
      ]);
      const p = profiles.find((r) => r.entity === id) || { entity: id, name: label, type: 'Actor' };
      renderProfile(p, items);
      renderTimeline(items, null);
      explorer.actor = id;
    } catch (e) {
      show('profile', el('p', { class: 'error' }, 'Could not load ' + label + ': ' + e.message));
    }
  }

  function renderProfile(p, items) {
    const positions = items.filter((i) => i.kind === 'Position');
    const events = items.filter((i) => i.kind !== 'Position');
    const facts = el('dl', { class: 'facts' });
    const fact = (name, value) => { if (value) facts.append(el('dt', {}, name), el('dd', {}, value)); };
    fact('Also named', p.names);
    fact('Titles', p.titles);
    fact('Country', p.country);
    fact('Member of', p.memberships);
    fact('Articles', (p.articleTotal || '0') + (p.articles ? ' (' + shorten(p.articles, 80) + ')' : ''));
    fact('Positions', String(p.positionTotal || positions.length));
    fact('Events', String(events.length));
    const links = (p.sameAs || '').split(' ').filter(Boolean).map((iri) => el('a', { href: iri, target: '_blank',
      rel: 'noopener' }, iri.includes('wikidata.org') ? 'Wikidata' : iri.includes('dbpedia.org') ? 'DBpedia' : iri));
    show('profile',
      el('h3', {}, p.name || p.entity, el('span', { class: 'kind ' + (p.type || 'Actor') }, p.type || 'Actor')),
      facts,
      links.length ? el('p', { class: 'external' }, links) : null,
      el('h2', {}, 'Positions by topic and stance'),
      topicTable(positions, items));
  }

  function shorten(text, n) {
    return text.length > n ? text.slice(0, n - 1) + '…' : text;
  }

  function topicTable(positions, items) {
    if (positions.length === 0) return el('p', { class: 'hint' }, 'No positions stated.');
    const byTopic = new Map();
    for (const p of positions) {
      for (const t of (p.topics ? p.topics.split(', ') : ['(no topic)'])) {
        const c = byTopic.get(t) || { Support: 0, Oppose: 0, Neutral: 0, total: 0 };
        c[p.stance] = (c[p.stance] || 0) + 1;
        c.total++;
        byTopic.set(t, c);
      }
    }
    const table = el('table', { class: 'topics', id: 'topic-table' });
    const all = el('tr', { class: 'on' }, el('td', {}, 'All positions'), el('td', {}, stanceBar(countStances(positions))),
      el('td', {}, String(positions.length)));
    table.append(all);
    for (const [topic, c] of [...byTopic.entries()].sort((a, b) => b[1].total - a[1].total)) {
      table.append(el('tr', { 'data-topic': topic }, el('td', {}, topic), el('td', {}, stanceBar(c)),
        el('td', {}, `${c.Support}+ ${c.Oppose}− ${c.Neutral}·`)));
    }
    // A topic row narrows the timeline to that topic's positions.
    table.addEventListener('click', (evt) => {
      const row = evt.target.closest('tr');
      if (!row) return;
      table.querySelectorAll('tr').forEach((r) => r.classList.toggle('on', r === row));
      renderTimeline(items, row.dataset.topic || null);
    });
    return table;
  }

  function countStances(positions) {
    const c = { Support: 0, Oppose: 0, Neutral: 0, total: positions.length };
    positions.forEach((p) => { c[p.stance] = (c[p.stance] || 0) + 1; });
    return c;
  }

  function stanceBar(c) {
    const bar = el('span', { class: 'bar', title: `${c.Support} support, ${c.Oppose} oppose, ${c.Neutral} neutral` });
    for (const s of ['Support', 'Oppose', 'Neutral']) {
      if (c[s]) bar.append(el('i', { class: s, style: `width:${(100 * c[s]) / c.total}%` }));
    }
    return bar;
  }

  // Full dates newest first, then days without a year, then undated items by article.
  function timelineKey(item) {
    const d = item.date || '';
    if (/^\d{4}-/.test(d)) return '3' + d;
    if (/^--/.test(d)) return '2' + d;
    return '1';
  }

  function renderTimeline(items, topic) {
    const shown = topic === null ? items
      : items.filter((i) => i.kind === 'Position' && (i.topics ? i.topics.split(', ') : ['(no topic)']).includes(topic));
    const sorted = [...shown].sort((a, b) => timelineKey(b).localeCompare(timelineKey(a))
      || (a.articleId || '').localeCompare(b.articleId || ''));
    const list = el('ol', { class: 'timeline' });
    let group = null;
    for (const item of sorted) {
      const g = item.date ? dayText(item.date) : 'Undated · article ' + (item.articleId || '?');
      if (g !== group) {
        list.append(el('li', { class: 'day' }, g));
        group = g;
      }
      const position = item.kind === 'Position';
      list.append(el('li', { class: 'item ' + (position ? item.stance : 'event'), 'data-item': item.item,
        onclick: () => showEvidence(item.item) },
        position ? el('span', { class: 'chip ' + item.stance }, item.stance) : el('span', { class: 'chip event' }, item.kind),
        ' ', el('b', {}, item.label || ''), ' ',
        el('span', { class: 'text' }, shorten(item.text || [item.others, item.place].filter(Boolean).join(' · '), 180)),
        el('div', { class: 'src' }, (position && item.others ? 'to/about ' + item.others + ' · ' : '')
          + (item.topics ? item.topics + ' · ' : '') + articleText(item))));
    }
    const capped = items.length >= TIMELINE_CAP ? ` (the newest ${TIMELINE_CAP})` : '';
    show('timeline', el('h2', {}, 'Timeline' + (topic ? ': ' + topic : '') + capped),
      sorted.length ? list : el('p', { class: 'hint' }, 'Nothing to show.'));
  }

  // ---- a link: the positions and events behind it ---------------------------------------------------------------

  async function showLink(d) {
    $('intro').hidden = true;
    $('profile').hidden = true;
    $('timeline').hidden = true;
    const cy = explorer.cy;
    const name = (id) => cy.getElementById(id).data('label');
    const verb = { met: 'met', addressed: 'addressed', targeted: 'targeted' }[d.relation];
    show('link', el('p', { class: 'hint' }, 'Loading…'));
    try {
      const f = filters();
      const rows = await prepared('link-evidence', { source: d.source, target: d.target, relation: d.relation,
        topic: f.topic, stance: f.stance, since: f.since, until: f.until }, EVIDENCE_CAP);
      const list = el('ul', { class: 'items' }, rows.map((r) => el('li', { 'data-item': r.item,
        onclick: () => showEvidence(r.item) },
        r.stanceName ? el('span', { class: 'chip ' + r.stanceName }, r.stanceName) : el('span', { class: 'chip event' }, r.kind),
        ' ', el('b', {}, r.cue || ''), ' ', shorten(r.sentence || r.text || '', 220),
        el('div', { class: 'src' }, (r.date ? dayText(r.date) + ' · ' : '') + articleText(r)))));
      show('link',
        el('h3', {}, `${name(d.source)} ${verb} ${name(d.target)}`),
        el('p', { class: 'hint' }, `${d.weight} article(s), ${d.items} ${d.relation === 'met' ? 'event(s)' : 'position(s)'}`
          + (d.stances ? ' · ' + d.stances : '') + (rows.length >= EVIDENCE_CAP ? ` · the newest ${EVIDENCE_CAP} listed` : '')),
        list);
      if (rows.length) showEvidence(rows[0].item);
    } catch (e) {
      show('link', el('p', { class: 'error' }, 'Could not load the link: ' + e.message));
    }
  }

  // ---- evidence: the sentence in its article, highlighted at its offsets ----------------------------------------

  async function showEvidence(item) {
    const box = show('evidence', el('p', { class: 'hint' }, 'Loading the evidence…'));
    document.querySelectorAll('[data-item]').forEach((e) => e.classList.toggle('on', e.dataset.item === item));
    try {
      const rows = await prepared('evidence-context', { item });
      if (!rows.length) {
        show('evidence', el('p', { class: 'hint' }, 'No evidence sentence is stored for ' + item));
        return;
      }
      const r = rows[0];
      // The context runs to the paragraph's edges, within the window the query cut out.
      const beforeAll = r.before || '';
      const paragraphStart = beforeAll.lastIndexOf('\n') + 1;
      const before = (paragraphStart === 0 && +r.begin > beforeAll.length ? '…' : '') + beforeAll.slice(paragraphStart);
      const afterAll = r.after || '';
      const paragraphEnd = afterAll.indexOf('\n');
      const after = paragraphEnd >= 0 ? afterAll.slice(0, paragraphEnd) : afterAll + (afterAll.length >= 400 ? '…' : '');
      const sentence = el('mark', { class: 'sentence', id: 'evidence-sentence' });
      const at = r.text ? r.sentence.indexOf(r.text) : -1;
      if (at >= 0) {
        sentence.append(r.sentence.slice(0, at), el('mark', { class: 'stated' }, r.text),
          r.sentence.slice(at + r.text.length));
      } else {
        sentence.append(r.sentence);
      }
      const parts = [articleText(r), r.date ? dayText(r.date) : '', `characters ${r.begin}–${r.end}`];
      const meta = el('div', { class: 'meta' });
      if (r.speaker) meta.append(el('b', {}, r.speaker), ' ', r.cue || '', ' ');
      if (r.stance) meta.append(el('span', { class: 'chip ' + r.stance }, r.stance), ' · ');
      meta.append(parts.filter(Boolean).join(' · '));
      if (r.url) meta.append(' · ', el('a', { href: r.url, target: '_blank', rel: 'noopener' }, 'source'));
      show('evidence',
        el('button', { class: 'close', title: 'Close', onclick: () => { box.hidden = true; } }, '×'),
        meta,
        el('div', { class: 'passage' }, el('span', { class: 'context' }, before), sentence,
          el('span', { class: 'context' }, after)));
      explorer.evidence = item;
    } catch (e) {
      show('evidence', el('p', { class: 'error' }, 'Could not load the evidence: ' + e.message));
    }
  }

  // ---- the stance view ------------------------------------------------------------------------------------------

  async function loadStances() {
    stancesStale = false;
    const f = filters();
    show('stances', el('p', { class: 'hint' }, 'Loading the stances…'));
    try {
      const rows = await prepared('stance-overview', { topic: f.topic, since: f.since, until: f.until, type: f.type });
      drawStances(rows);
    } catch (e) {
      show('stances', el('p', { class: 'error' }, 'Could not load the stances: ' + e.message));
    }
  }

  function drawStances(rows) {
    const actors = new Map();
    const topicTotals = new Map();
    for (const r of rows) {
      if (!actors.has(r.entity)) actors.set(r.entity, { name: r.speaker, cells: new Map() });
      actors.get(r.entity).cells.set(r.topicLabel, r);
      topicTotals.set(r.topicLabel, (topicTotals.get(r.topicLabel) || 0) + Number(r.total));
    }
    const topics = [...topicTotals.keys()].sort((a, b) => topicTotals.get(b) - topicTotals.get(a));
    const table = el('table', { class: 'matrix', id: 'stance-matrix' },
      el('thead', {}, el('tr', {}, el('th', {}), topics.map((t) => el('th', {}, t)))));
    const body = el('tbody');
    for (const [id, a] of actors) {
      const tr = el('tr', {}, el('th', { class: 'actor', onclick: () => showActor(id, a.name) }, a.name));
      for (const t of topics) {
        const c = a.cells.get(t);
        if (!c) { tr.append(el('td', { class: 'empty' })); continue; }
        const s = +c.support; const o = +c.oppose; const n = +c.neutral;
        tr.append(el('td', { style: 'background:' + cellColour(s, o, n),
          title: `${a.name} on ${t}: ${s} support, ${o} oppose, ${n} neutral` }, String(c.total)));
      }
      body.append(tr);
    }
    table.append(body);
    show('stances', el('p', { class: 'matrix-key' }, 'The actors with the most positions (at most 40) by topic: ',
      el('b', { class: 'Support' }, 'green'), ' supports, ', el('b', { class: 'Oppose' }, 'red'), ' opposes, ',
      el('b', { class: 'Neutral' }, 'grey'), ' neutral; the number is the positions, the shade how one-sided they are. ',
      'Click an actor for its profile.'),
      actors.size ? table : el('p', { class: 'hint' }, 'No positions match these filters.'));
  }

  // Support minus oppose over all positions: from red through grey to green.
  function cellColour(s, o, n) {
    const lean = (s - o) / Math.max(1, s + o + n);
    const from = [154, 160, 166];
    const to = lean >= 0 ? [46, 157, 91] : [214, 69, 69];
    const k = Math.min(1, Math.abs(lean) * 1.4);
    const mix = from.map((v, i) => Math.round(v + (to[i] - v) * k));
    return `rgb(${mix.join(',')})`;
  }

  // ---- search ---------------------------------------------------------------------------------------------------

  async function search(text) {
    const list = $('search-results');
    if (text.trim().length < 2) { list.hidden = true; return; }
    try {
      const rows = await prepared('actor-profile', { actor: text.trim() }, 15);
      if ($('search-input').value !== text) return;
      list.replaceChildren(...(rows.length ? rows.map((r) => el('li', { onmousedown: () => pick(r) },
        r.name, ' ', el('small', {}, `${r.type} · ${r.positionTotal} positions · ${r.articleTotal} articles`)))
        : [el('li', {}, el('small', {}, 'No actor has a name containing “' + text.trim() + '”'))]));
      list.hidden = false;
    } catch (e) {
      status('Search failed: ' + e.message, true);
    }
  }

  function pick(row) {
    $('search-results').hidden = true;
    $('search-input').value = row.name;
    const cy = explorer.cy;
    const n = cy.getElementById(row.entity);
    if (n.length) {
      cy.elements().unselect();
      n.select();
      focus(n);
      cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
    }
    showActor(row.entity, row.name);
  }

  // ---- wiring ---------------------------------------------------------------------------------------------------

  function tab(which) {
    const network = which === 'network';
    $('tab-network').classList.toggle('on', network);
    $('tab-stances').classList.toggle('on', !network);
    $('network').hidden = !network;
    $('stances').hidden = network;
    if (network) explorer.cy.resize();
    else if (stancesStale) loadStances();
  }

  async function loadTopics() {
    try {
      const topics = await prepared('topics');
      $('f-topic').append(...topics.filter((t) => +t.positions > 0)
        .map((t) => el('option', { value: t.label }, `${t.label} (${t.positions})`)));
    } catch (e) {
      status('Could not load the topics: ' + e.message, true);
    }
  }

  function filtersChanged() {
    stancesStale = true;
    loadNetwork();
    if (!$('stances').hidden) loadStances();
  }

  function start() {
    startGraph();
    for (const id of ['f-topic', 'f-stance', 'f-since', 'f-until', 'f-type', 'f-weight']) {
      $(id).addEventListener('change', filtersChanged);
    }
    $('f-relations').addEventListener('change', applyRelations);
    $('tab-network').addEventListener('click', () => tab('network'));
    $('tab-stances').addEventListener('click', () => tab('stances'));
    $('search-input').addEventListener('input', (evt) => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => search(evt.target.value), 200);
    });
    $('search-input').addEventListener('blur', () => setTimeout(() => { $('search-results').hidden = true; }, 150));
    loadTopics();
    loadNetwork();
  }

  start();
})();
