// dyad dashboard: a single page over the JSON API at /api/v1.
// No third-party code; every chart is SVG drawn here. Data is only ever put
// into the page with textContent or attributes, never as HTML.
'use strict';

(function () {
  const API = '/api/v1/';
  const SVGNS = 'http://www.w3.org/2000/svg';
  const QUAD = {
    1: 'verbal cooperation', 2: 'material cooperation',
    3: 'verbal conflict', 4: 'material conflict',
  };
  const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  const STATUSES = ['reported', 'planned', 'negated', 'hypothetical'];
  const NAMES = {
    AFG: 'Afghanistan', ARE: 'UAE', ARG: 'Argentina', AUS: 'Australia', BGD: 'Bangladesh', BRA: 'Brazil',
    BRN: 'Brunei', CAN: 'Canada', CHN: 'China', DEU: 'Germany', EGY: 'Egypt', ESP: 'Spain', FRA: 'France',
    GBR: 'United Kingdom', IDN: 'Indonesia', IGO: 'Intergovernmental', IND: 'India', IRN: 'Iran', IRQ: 'Iraq',
    ISR: 'Israel', ITA: 'Italy', JPN: 'Japan', KHM: 'Cambodia', KOR: 'South Korea', LAO: 'Laos', MMR: 'Myanmar',
    MYS: 'Malaysia', NLD: 'Netherlands', NZL: 'New Zealand', PAK: 'Pakistan', PHL: 'Philippines', PNG: 'Papua New Guinea',
    PRK: 'North Korea', PSE: 'Palestine', QAT: 'Qatar', RUS: 'Russia', SAU: 'Saudi Arabia', SGP: 'Singapore',
    THA: 'Thailand', TLS: 'Timor-Leste', TUR: 'Turkey', TWN: 'Taiwan', UKR: 'Ukraine', USA: 'United States',
    VNM: 'Vietnam', ZAF: 'South Africa',
  };

  const view = document.getElementById('view');
  let renderSeq = 0;

  // ---- helpers -----------------------------------------------------------

  function el(tag, attrs, ...kids) {
    const n = document.createElement(tag);
    setAttrs(n, attrs);
    append(n, kids);
    return n;
  }

  function svg(tag, attrs, ...kids) {
    const n = document.createElementNS(SVGNS, tag);
    setAttrs(n, attrs);
    append(n, kids);
    return n;
  }

  function setAttrs(n, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') n.textContent = v;
      else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v === true ? '' : String(v));
    }
  }

  function append(n, kids) {
    for (const k of kids.flat()) {
      if (k === null || k === undefined || k === false) continue;
      n.append(k instanceof Node ? k : document.createTextNode(String(k)));
    }
  }

  function countryName(cc) {
    return cc ? (NAMES[cc] ? cc + ' · ' + NAMES[cc] : cc) : '—';
  }

  function fmt(x, d) {
    return (typeof x === 'number' && isFinite(x)) ? x.toFixed(d === undefined ? 1 : d) : '—';
  }

  function goldColor(g) {
    // red (-10) through grey (0) to green (+10)
    const t = Math.max(-1, Math.min(1, (g || 0) / 10));
    const grey = [152, 162, 179], red = [200, 65, 59], green = [31, 138, 91];
    const to = t < 0 ? red : green, a = Math.abs(t);
    const c = grey.map((v, i) => Math.round(v + (to[i] - v) * a));
    return 'rgb(' + c.join(',') + ')';
  }

  function parseHash() {
    const h = location.hash.replace(/^#/, '') || '/pair';
    const i = h.indexOf('?');
    const path = i < 0 ? h : h.slice(0, i);
    return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), q: new URLSearchParams(i < 0 ? '' : h.slice(i + 1)) };
  }

  function hashFor(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== '' && v !== undefined && v !== null) q.set(k, v);
    const s = q.toString();
    return '#' + path + (s ? '?' + s : '');
  }

  class APIError extends Error {
    constructor(status, code, message) { super(message); this.status = status; this.code = code; }
  }

  async function api(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== '' && v !== undefined && v !== null) q.set(k, v);
    const headers = { Accept: 'application/json' };
    const tok = localStorage.getItem('dyad-token');
    if (tok) headers.Authorization = 'Bearer ' + tok;
    const qs = q.toString();
    const r = await fetch(API + path + (qs ? '?' + qs : ''), { headers });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      const e = body && body.error ? body.error : { code: 'http', message: r.status + ' ' + r.statusText };
      if (r.status === 401) document.getElementById('auth').hidden = false;
      throw new APIError(r.status, e.code, e.message);
    }
    return body;
  }

  function showError(target, err) {
    const msg = err instanceof APIError ? err.message : 'Could not reach the server: ' + err.message;
    target.replaceChildren(el('div', { class: 'error', role: 'alert', text: msg }));
  }

  function quadBadge(q, label) {
    return el('span', { class: 'badge q' + q, title: QUAD[q] || '', text: label || ('Q' + q) });
  }

  function sideText(s) {
    if (!s) return '—';
    const who = s.name || '';
    const cc = s.country || '';
    return who && cc ? who + ' (' + cc + ')' : (who || cc || '—');
  }

  function eventItem(e) {
    const ev = (e.evidence || []).map((x) => x.text).join(' ');
    return el('li', { 'data-event': e.id },
      el('div', {},
        el('span', { class: 'badge q' + e.quad_class, text: e.type }),
        el('span', { class: 'muted', text: (e.date || 'undated') + ' · ' + e.status + ' · ' }),
        sideText(e.source), ' → ', sideText(e.target)),
      ev ? el('div', { class: 'ev-text', text: ev }) : null,
      el('div', { class: 'muted' },
        el('a', { href: hashFor('/doc/' + encodeURIComponent(e.doc_id), { event: e.id }), text: e.title || e.doc_key || 'document' }),
        e.outlet ? ' · ' + e.outlet : ''));
  }

  function countrySelect(name, nodes, value) {
    const s = el('select', { name, id: 'sel-' + name, 'aria-label': 'Country ' + name.toUpperCase() });
    const seen = new Set();
    for (const n of nodes) {
      seen.add(n.country);
      s.append(el('option', { value: n.country, text: countryName(n.country) + ' (' + n.events + ')' }));
    }
    if (value && !seen.has(value)) s.append(el('option', { value, text: countryName(value) }));
    s.value = value || '';
    return s;
  }

  // ---- stats in the header ----------------------------------------------

  async function loadStats() {
    try {
      const s = await api('stats');
      document.getElementById('stats').textContent =
        s.documents + ' documents · ' + s.events + ' events · ' + s.actors + ' actors';
    } catch (e) { /* shown by the views */ }
  }

  // ---- view: country pair -----------------------------------------------

  async function pairView(q, seq) {
    const net = await api('network', {});
    if (seq !== renderSeq) return;
    const nodes = net.nodes.slice().sort((x, y) => y.events - x.events || x.country.localeCompare(y.country));
    let a = (q.get('a') || '').toUpperCase(), b = (q.get('b') || '').toUpperCase();
    if (!a || !b) {
      const top = net.edges.slice().sort((x, y) => y.count - x.count)[0];
      if (top) { a = a || top.a; b = b || (top.a === a ? top.b : top.a); }
    }
    const interval = q.get('interval') === 'week' ? 'week' : 'month';
    const from = q.get('from') || '', to = q.get('to') || '';

    const selA = countrySelect('a', nodes, a), selB = countrySelect('b', nodes, b);
    const selI = el('select', { name: 'interval', 'aria-label': 'Interval' },
      el('option', { value: 'month', text: 'by month' }), el('option', { value: 'week', text: 'by week' }));
    selI.value = interval;
    const inFrom = el('input', { type: 'date', name: 'from', value: from, 'aria-label': 'From' });
    const inTo = el('input', { type: 'date', name: 'to', value: to, 'aria-label': 'To' });
    const form = el('form', { class: 'filters', id: 'pair-form' },
      el('label', {}, 'Country A', selA), el('label', {}, 'Country B', selB),
      el('label', {}, 'Interval', selI), el('label', {}, 'From', inFrom), el('label', {}, 'To', inTo),
      el('button', { type: 'submit', text: 'Show' }));
    const go = (ev) => {
      if (ev) ev.preventDefault();
      location.hash = hashFor('/pair', { a: selA.value, b: selB.value, interval: selI.value, from: inFrom.value, to: inTo.value });
    };
    form.addEventListener('submit', go);
    selA.addEventListener('change', go);
    selB.addEventListener('change', go);
    selI.addEventListener('change', go);

    const body = el('div', { id: 'pair-body' });
    view.replaceChildren(el('h1', { text: 'Country pair' }), el('div', { class: 'card' }, form), body);
    if (!a || !b) {
      body.append(el('p', { class: 'muted', text: 'No events stored yet: post documents to /api/v1/documents.' }));
      return;
    }
    if (a === b) {
      body.append(el('div', { class: 'error', text: 'Pick two different countries.' }));
      return;
    }
    let d;
    try {
      d = await api('dyads/' + a + '/' + b, { interval, from, to, latest: 20 });
    } catch (e) { if (seq === renderSeq) showError(body, e); return; }
    if (seq !== renderSeq) return;

    const chart = el('div', { class: 'chart', id: 'timeline' });
    const ctxList = el('ul', { class: 'ctx', id: 'top-contexts' });
    const maxC = Math.max(1, ...d.top_contexts.map((c) => c.count));
    for (const c of d.top_contexts.slice(0, 8)) {
      const fill = el('div', { class: 'fill' });
      fill.style.width = (100 * c.count / maxC) + '%';
      ctxList.append(el('li', {}, el('span', { text: c.name }), el('div', { class: 'track' }, fill), el('span', { class: 'muted', text: c.count })));
    }
    if (!d.top_contexts.length) ctxList.append(el('li', { class: 'muted', text: 'none' }));
    const latest = el('ul', { class: 'evlist', id: 'pair-events' }, d.latest.map(eventItem));
    if (!d.latest.length) latest.append(el('li', { class: 'muted', text: 'No events between these countries in this period.' }));

    body.append(
      el('div', { class: 'grid' },
        el('div', { class: 'card' },
          el('h2', { text: countryName(a) + ' ↔ ' + countryName(b) }),
          el('div', { class: 'kpis' },
            el('div', { class: 'kpi' }, el('b', { text: d.total }), 'events'),
            el('div', { class: 'kpi' }, el('b', { text: fmt(d.mean_goldstein) }), 'mean Goldstein')),
          chart,
          el('div', { class: 'legend' },
            [1, 2, 3, 4].map((k) => el('span', {}, el('span', { class: 'sw q' + k }), QUAD[k])),
            el('span', {}, el('span', { class: 'sw line' }), 'mean Goldstein (right axis)'))),
        el('div', { class: 'card' }, el('h2', { text: 'Top contexts' }), ctxList)),
      el('div', { class: 'card' },
        el('h2', {}, 'Latest events ',
          el('a', { href: hashFor('/events', { pair: a + ',' + b }), class: 'muted', text: '(all in the table →)' })),
        latest));
    drawTimeline(chart, d);
  }

  function monthsBetween(first, last) {
    const out = [];
    let [y, m] = first.split('-').map(Number);
    const [ly, lm] = last.split('-').map(Number);
    while (y < ly || (y === ly && m <= lm)) {
      out.push(y + '-' + String(m).padStart(2, '0'));
      m++; if (m > 12) { m = 1; y++; }
      if (out.length > 600) break;
    }
    return out;
  }

  function drawTimeline(box, d) {
    const per = new Map();
    for (const bk of d.buckets) {
      if (!per.has(bk.period)) per.set(bk.period, { q: [0, 0, 0, 0, 0], n: 0, g: 0 });
      const p = per.get(bk.period);
      p.q[bk.quad_class] = (p.q[bk.quad_class] || 0) + bk.count;
      p.n += bk.count;
      p.g += bk.mean_goldstein * bk.count;
    }
    let periods = Array.from(per.keys()).sort();
    if (d.interval === 'month' && periods.length > 1 && /^\d{4}-\d{2}$/.test(periods[0])) {
      periods = monthsBetween(periods[0], periods[periods.length - 1]);
    }
    if (!periods.length) {
      box.append(el('p', { class: 'muted', text: 'No events to chart.' }));
      return;
    }
    const W = Math.max(300, Math.round(box.clientWidth || 640)), H = 260;
    const m = { l: 36, r: 36, t: 12, b: 40 };
    const iw = W - m.l - m.r, ih = H - m.t - m.b;
    const maxN = Math.max(1, ...periods.map((p) => (per.get(p) || { n: 0 }).n));
    const step = niceStep(maxN);
    const top = Math.ceil(maxN / step) * step;
    const bw = iw / periods.length;
    const y = (v) => m.t + ih - (v / top) * ih;
    const gy = (g) => m.t + ih / 2 - (g / 10) * (ih / 2);
    const s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img', 'aria-label': 'Events per ' + d.interval + ' by quad class' });
    const axis = svg('g', { class: 'axis' });
    for (let v = 0; v <= top; v += step) {
      s.append(svg('line', { class: 'grid-line', x1: m.l, x2: W - m.r, y1: y(v), y2: y(v) }));
      axis.append(svg('text', { x: m.l - 6, y: y(v) + 4, 'text-anchor': 'end', text: v }));
    }
    for (const g of [-10, -5, 0, 5, 10]) {
      axis.append(svg('text', { x: W - m.r + 6, y: gy(g) + 4, text: g }));
    }
    s.append(svg('line', { class: 'zero', x1: m.l, x2: W - m.r, y1: gy(0), y2: gy(0) }));
    const labelEvery = Math.max(1, Math.ceil(periods.length / Math.max(1, Math.floor(iw / 56))));
    const bars = svg('g', { class: 'bars' });
    const pts = [];
    periods.forEach((p, i) => {
      const x = m.l + i * bw;
      const v = per.get(p);
      if (v) {
        let acc = 0;
        for (const q of [1, 2, 3, 4]) {
          const c = v.q[q] || 0;
          if (!c) continue;
          const y0 = y(acc), y1 = y(acc + c);
          const w = Math.max(1, Math.min(48, bw * 0.7));
          bars.append(svg('rect', {
            class: 'bar q' + q, x: x + (bw - w) / 2, width: w, y: y1, height: Math.max(0.5, y0 - y1),
            'data-period': p, 'data-quad': q, 'data-count': c,
          }, svg('title', { text: p + ': ' + c + ' ' + QUAD[q] })));
          acc += c;
        }
        pts.push([x + bw / 2, gy(v.g / v.n), p, v.g / v.n]);
      }
      if (i % labelEvery === 0) {
        axis.append(svg('text', { x: x + bw / 2, y: H - m.b + 16, 'text-anchor': 'middle', text: p }));
      }
    });
    s.append(bars, axis);
    if (pts.length > 1) {
      s.append(svg('polyline', { class: 'gline', points: pts.map((p) => p[0].toFixed(1) + ',' + p[1].toFixed(1)).join(' ') }));
    }
    for (const p of pts) {
      s.append(svg('circle', { class: 'gdot', cx: p[0], cy: p[1], r: 3.5 }, svg('title', { text: p[2] + ': mean Goldstein ' + fmt(p[3]) })));
    }
    s.append(svg('text', { class: 'label', x: m.l, y: H - 6, text: 'events per ' + d.interval }));
    s.append(svg('text', { class: 'label', x: W - m.r, y: H - 6, 'text-anchor': 'end', text: 'Goldstein' }));
    box.append(s);
  }

  function niceStep(max) {
    const raw = max / 4;
    const p = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
    for (const k of [1, 2, 5, 10]) if (k * p >= raw) return Math.max(1, k * p);
    return Math.max(1, 10 * p);
  }

  // ---- view: network ----------------------------------------------------

  async function networkView(q, seq) {
    const from = q.get('from') || '', to = q.get('to') || '', quad = q.get('quad_class') || '';
    const inFrom = el('input', { type: 'date', name: 'from', value: from, 'aria-label': 'From' });
    const inTo = el('input', { type: 'date', name: 'to', value: to, 'aria-label': 'To' });
    const selQ = el('select', { name: 'quad_class', 'aria-label': 'Quad class' }, el('option', { value: '', text: 'all' }),
      [1, 2, 3, 4].map((k) => el('option', { value: k, text: k + ' · ' + QUAD[k] })));
    selQ.value = quad;
    const form = el('form', { class: 'filters' },
      el('label', {}, 'From', inFrom), el('label', {}, 'To', inTo), el('label', {}, 'Quad class', selQ),
      el('button', { type: 'submit', text: 'Show' }));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      location.hash = hashFor('/network', { from: inFrom.value, to: inTo.value, quad_class: selQ.value });
    });
    const body = el('div');
    view.replaceChildren(el('h1', { text: 'Network of relations' }), el('div', { class: 'card' }, form), body);
    let net;
    try {
      net = await api('network', { from, to, quad_class: quad });
    } catch (e) { if (seq === renderSeq) showError(body, e); return; }
    if (seq !== renderSeq) return;
    if (!net.nodes.length) {
      body.append(el('p', { class: 'muted', text: 'No events between countries in this period.' }));
      return;
    }
    const box = el('div', { class: 'card net', id: 'network' });
    const edges = net.edges.slice().sort((x, y) => y.count - x.count);
    const table = el('table', {}, el('thead', {}, el('tr', {}, ['Pair', 'Events', 'Mean Goldstein'].map((h) => el('th', { text: h })))),
      el('tbody', {}, edges.slice(0, 30).map((e) => el('tr', {},
        el('td', {}, el('a', { href: hashFor('/pair', { a: e.a, b: e.b, from, to }), text: e.a + ' ↔ ' + e.b })),
        el('td', { class: 'num', text: e.count }),
        el('td', { class: 'num', text: fmt(e.mean_goldstein) })))));
    body.append(el('div', { class: 'grid' }, box,
      el('div', { class: 'card' }, el('h2', { text: 'Strongest pairs' }), el('div', { class: 'tablewrap' }, table))));
    drawNetwork(box, net, from, to);
    box.append(el('div', { class: 'legend' }, 'Edge colour: mean Goldstein ', el('span', { class: 'gscale' }), ' −10 … +10; width: number of events. Click an edge for the pair timeline.'));
  }

  function drawNetwork(box, net, from, to) {
    const W = 640, H = 480, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 70;
    const nodes = net.nodes.slice().sort((x, y) => y.events - x.events || x.country.localeCompare(y.country));
    // Force-directed layout (Fruchterman-Reingold) started from a circle,
    // heaviest node first, so the result is the same on every load.
    const pos = new Map();
    nodes.forEach((n, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length;
      pos.set(n.country, { x: cx + R * Math.cos(a), y: cy + R * Math.sin(a) });
    });
    const k = Math.sqrt((W - 140) * (H - 140) / Math.max(1, nodes.length)) * 0.55;
    const links = net.edges.filter((e) => pos.has(e.a) && pos.has(e.b));
    let temp = R / 4;
    for (let it = 0; it < 300 && nodes.length > 2; it++) {
      const disp = new Map(nodes.map((n) => [n.country, { x: 0, y: 0 }]));
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const p = pos.get(nodes[i].country), q = pos.get(nodes[j].country);
          const dx = p.x - q.x, dy = p.y - q.y, d = Math.max(1, Math.hypot(dx, dy));
          const f = (k * k) / d;
          const di = disp.get(nodes[i].country), dj = disp.get(nodes[j].country);
          di.x += (dx / d) * f; di.y += (dy / d) * f;
          dj.x -= (dx / d) * f; dj.y -= (dy / d) * f;
        }
      }
      for (const e of links) {
        const p = pos.get(e.a), q = pos.get(e.b);
        const dx = p.x - q.x, dy = p.y - q.y, d = Math.max(1, Math.hypot(dx, dy));
        const f = ((d * d) / k) * (0.5 + Math.log1p(e.count) / 4);
        const da = disp.get(e.a), db = disp.get(e.b);
        da.x -= (dx / d) * f; da.y -= (dy / d) * f;
        db.x += (dx / d) * f; db.y += (dy / d) * f;
      }
      for (const n of nodes) {
        const p = pos.get(n.country), v = disp.get(n.country);
        // a weak pull to the centre keeps unconnected parts on the page
        v.x += (cx - p.x) * 0.05 * k / R; v.y += (cy - p.y) * 0.05 * k / R;
        const len = Math.max(1e-9, Math.hypot(v.x, v.y)), step = Math.min(len, temp);
        p.x = Math.max(60, Math.min(W - 60, p.x + (v.x / len) * step));
        p.y = Math.max(40, Math.min(H - 40, p.y + (v.y / len) * step));
      }
      temp *= 0.985;
    }
    // centre the drawing
    const xs = nodes.map((n) => pos.get(n.country).x), ys = nodes.map((n) => pos.get(n.country).y);
    const ox = cx - (Math.min(...xs) + Math.max(...xs)) / 2, oy = cy - (Math.min(...ys) + Math.max(...ys)) / 2;
    for (const p of pos.values()) { p.x += ox; p.y += oy; }
    const maxE = Math.max(1, ...nodes.map((n) => n.events));
    const maxC = Math.max(1, ...net.edges.map((e) => e.count));
    const s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'Network of countries' });
    const ge = svg('g');
    for (const e of net.edges.slice().sort((x, y) => x.count - y.count)) {
      const p = pos.get(e.a), r = pos.get(e.b);
      if (!p || !r) continue;
      const line = svg('line', {
        class: 'edge', x1: p.x, y1: p.y, x2: r.x, y2: r.y,
        stroke: goldColor(e.mean_goldstein), 'stroke-width': (1.5 + 8 * e.count / maxC).toFixed(1),
        'data-a': e.a, 'data-b': e.b,
      }, svg('title', { text: e.a + ' ↔ ' + e.b + ': ' + e.count + ' events, mean Goldstein ' + fmt(e.mean_goldstein) }));
      line.addEventListener('click', () => { location.hash = hashFor('/pair', { a: e.a, b: e.b, from, to }); });
      ge.append(line);
    }
    const gn = svg('g');
    for (const n of nodes) {
      const p = pos.get(n.country);
      const r = 6 + 14 * Math.sqrt(n.events / maxE);
      const c = svg('circle', { class: 'node', cx: p.x, cy: p.y, r: r.toFixed(1), 'data-country': n.country },
        svg('title', { text: countryName(n.country) + ': ' + n.events + ' events' }));
      c.addEventListener('click', () => { location.hash = hashFor('/events', { country: n.country, from, to }); });
      const lx = p.x, ly = p.y - r - 6, anchor = 'middle';
      gn.append(c, svg('text', { class: 'nlabel', x: lx.toFixed(1), y: ly.toFixed(1), 'text-anchor': anchor, text: n.country }));
    }
    s.append(ge, gn);
    box.append(s);
  }

  // ---- view: events table -------------------------------------------------

  const EVENT_FILTERS = ['country', 'pair', 'actor', 'type', 'quad_class', 'context', 'status', 'from', 'to', 'text', 'doc_id'];

  async function eventsView(q, seq) {
    const f = {};
    for (const k of EVENT_FILTERS) f[k] = q.get(k) || '';
    const inputs = {
      country: el('input', { type: 'text', class: 'iso', name: 'country', value: f.country, maxlength: 3, placeholder: 'IDN' }),
      pair: el('input', { type: 'text', name: 'pair', value: f.pair, placeholder: 'IDN,KHM' }),
      actor: el('input', { type: 'text', name: 'actor', value: f.actor, placeholder: 'name' }),
      type: el('select', { name: 'type' }, el('option', { value: '', text: 'any' }), TYPES.map((t) => el('option', { value: t, text: t }))),
      quad_class: el('select', { name: 'quad_class' }, el('option', { value: '', text: 'any' }), [1, 2, 3, 4].map((k) => el('option', { value: k, text: k + ' · ' + QUAD[k] }))),
      context: el('input', { type: 'text', name: 'context', value: f.context, placeholder: 'diplomatic' }),
      status: el('select', { name: 'status' }, el('option', { value: '', text: 'any' }), STATUSES.map((t) => el('option', { value: t, text: t }))),
      from: el('input', { type: 'date', name: 'from', value: f.from }),
      to: el('input', { type: 'date', name: 'to', value: f.to }),
      text: el('input', { type: 'search', name: 'text', value: f.text, placeholder: 'words in evidence' }),
    };
    inputs.type.value = f.type.toUpperCase();
    inputs.quad_class.value = f.quad_class;
    inputs.status.value = f.status;
    const labels = { country: 'Country', pair: 'Pair', actor: 'Actor', type: 'Type', quad_class: 'Quad class', context: 'Context', status: 'Status', from: 'From', to: 'To', text: 'Text' };
    const form = el('form', { class: 'filters', id: 'events-form' },
      Object.entries(inputs).map(([k, n]) => el('label', {}, labels[k], n)),
      el('button', { type: 'submit', text: 'Filter' }),
      el('button', { type: 'button', class: 'secondary', text: 'Clear', onclick: () => { location.hash = '#/events'; } }));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const p = {};
      for (const [k, n] of Object.entries(inputs)) p[k] = n.value.trim();
      if (p.country) p.country = p.country.toUpperCase();
      if (p.pair) p.pair = p.pair.toUpperCase().replace(/\s+/g, '');
      if (f.doc_id) p.doc_id = f.doc_id;
      location.hash = hashFor('/events', p);
    });
    const tbody = el('tbody', { id: 'events-body' });
    const status = el('p', { class: 'muted' });
    const more = el('button', { type: 'button', class: 'secondary more', id: 'load-more', text: 'Load more', hidden: true });
    const errBox = el('div');
    const active = EVENT_FILTERS.filter((k) => f[k]).length;
    const details = el('details', { class: 'card filterbox', open: window.innerWidth > 700 || undefined },
      el('summary', { text: 'Filters' + (active ? ' (' + active + ' set)' : '') }), form);
    view.replaceChildren(el('h1', { text: 'Events' }), details, errBox,
      el('div', { class: 'card' },
        el('div', { class: 'tablewrap' }, el('table', { id: 'events-table' },
          el('thead', {}, el('tr', {}, ['Date', 'Type', 'Quad', 'Source', 'Target', 'Status', 'Contexts', 'Goldstein', 'Document'].map((h) => el('th', { text: h })))),
          tbody)),
        status, more));
    let cursor = '', shown = 0;
    const load = async () => {
      more.disabled = true;
      let pg;
      try {
        pg = await api('events', Object.assign({}, f, { limit: 50, cursor }));
      } catch (e) { if (seq === renderSeq) showError(errBox, e); return; }
      if (seq !== renderSeq) return;
      for (const e of pg.events) {
        const tr = el('tr', { class: 'ev-row', 'data-event': e.id },
          el('td', { 'data-label': 'Date', text: e.date || '—' }),
          el('td', { 'data-label': 'Type' }, el('span', { class: 'badge q' + e.quad_class, text: e.type }), e.mode ? el('span', { class: 'muted', text: e.mode }) : null),
          el('td', { 'data-label': 'Quad', class: 'num', text: e.quad_class }),
          el('td', { 'data-label': 'Source', text: sideText(e.source) }),
          el('td', { 'data-label': 'Target', text: sideText(e.target) }),
          el('td', { 'data-label': 'Status', text: e.status }),
          el('td', { 'data-label': 'Contexts', text: (e.contexts || []).join(', ') || '—' }),
          el('td', { 'data-label': 'Goldstein', class: 'num', text: fmt(e.goldstein) }),
          el('td', { 'data-label': 'Document', class: 'doc' }, el('a', { href: hashFor('/doc/' + encodeURIComponent(e.doc_id), { event: e.id }), text: e.title || e.doc_key })));
        tr.addEventListener('click', (ev) => {
          if (ev.target.closest('a')) return;
          location.hash = hashFor('/doc/' + encodeURIComponent(e.doc_id), { event: e.id });
        });
        tbody.append(tr);
      }
      shown += pg.events.length;
      cursor = pg.next_cursor || '';
      more.hidden = !cursor;
      more.disabled = false;
      status.textContent = shown ? shown + ' events shown' + (cursor ? '' : ' (all)') : 'No events match these filters.';
    };
    more.addEventListener('click', load);
    await load();
  }

  // ---- view: documents list ---------------------------------------------

  async function docsView(q, seq) {
    const qs = q.get('q') || '';
    const input = el('input', { type: 'search', name: 'q', value: qs, placeholder: 'search text and titles' });
    const form = el('form', { class: 'filters' }, el('label', {}, 'Search', input), el('button', { type: 'submit', text: 'Search' }));
    form.addEventListener('submit', (ev) => { ev.preventDefault(); location.hash = hashFor('/docs', { q: input.value.trim() }); });
    const list = el('ul', { class: 'evlist doclist', id: 'doc-list' });
    const more = el('button', { type: 'button', class: 'secondary more', text: 'Load more', hidden: true });
    const errBox = el('div');
    view.replaceChildren(el('h1', { text: 'Documents' }), el('div', { class: 'card' }, form), errBox, el('div', { class: 'card' }, list, more));
    let cursor = '';
    const load = async () => {
      let pg;
      try { pg = await api('documents', { q: qs, limit: 50, cursor }); } catch (e) { if (seq === renderSeq) showError(errBox, e); return; }
      if (seq !== renderSeq) return;
      for (const d of pg.documents) {
        list.append(el('li', {},
          el('a', { href: '#/doc/' + d.id, text: d.title || d.doc_id }),
          el('div', { class: 'muted', text: [d.published, d.outlet, d.language, d.events + ' events'].filter(Boolean).join(' · ') }),
          d.snippet ? el('div', { class: 'snippet', text: d.snippet }) : null));
      }
      if (!list.children.length) list.append(el('li', { class: 'muted', text: 'No documents.' }));
      cursor = pg.next_cursor || '';
      more.hidden = !cursor;
    };
    more.addEventListener('click', load);
    await load();
  }

  // ---- view: one document -------------------------------------------------

  // highlight splits text at every evidence boundary (byte offsets into
  // UTF-8) and wraps covered pieces in <mark data-event="ids">.
  function highlight(text, events) {
    const bytes = new TextEncoder().encode(text);
    const dec = new TextDecoder();
    const cuts = new Set([0, bytes.length]);
    const spans = [];
    for (const e of events) {
      for (const ev of e.evidence || []) {
        const [s, t] = ev.span;
        if (s >= 0 && t <= bytes.length && s < t) {
          spans.push([s, t, e]);
          cuts.add(s); cuts.add(t);
        }
      }
    }
    const pts = Array.from(cuts).sort((x, y) => x - y);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < pts.length; i++) {
      const s = pts[i], t = pts[i + 1];
      const piece = dec.decode(bytes.subarray(s, t));
      const cover = spans.filter((x) => x[0] <= s && x[1] >= t).map((x) => x[2]);
      if (!cover.length) { frag.append(piece); continue; }
      const ids = Array.from(new Set(cover.map((e) => String(e.store_id || e.id))));
      frag.append(el('mark', {
        'data-event': ids.join(' '),
        title: cover.map((e) => e.type + ': ' + sideText(e.source) + ' → ' + sideText(e.target)).join('\n'),
        text: piece,
      }));
    }
    return frag;
  }

  async function docView(key, q, seq) {
    let d;
    try { d = await api('documents/' + encodeURIComponent(key)); } catch (e) { if (seq === renderSeq) showError(view, e); return; }
    if (seq !== renderSeq) return;
    const textBox = el('div', { class: 'doctext', id: 'doc-text' });
    textBox.append(highlight(d.text || '', d.events));
    const evList = el('ul', { class: 'evlist evsel', id: 'doc-events' });
    const select = (id, scroll) => {
      for (const m of textBox.querySelectorAll('mark')) {
        m.classList.toggle('active', m.dataset.event.split(' ').includes(id));
      }
      for (const li of evList.children) li.classList.toggle('active', li.dataset.event === id);
      const first = textBox.querySelector('mark.active');
      if (first && scroll) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    };
    for (const e of d.events) {
      const id = String(e.store_id || e.id);
      const li = el('li', { 'data-event': id, tabindex: 0 },
        el('div', {}, el('span', { class: 'badge q' + e.quad_class, text: e.type }),
          el('span', { class: 'muted', text: [e.mode, e.status, e.date].filter(Boolean).join(' · ') })),
        el('div', {}, sideText(e.source), ' → ', sideText(e.target)),
        el('div', { class: 'muted', text: 'Goldstein ' + fmt(e.goldstein) + (e.contexts.length ? ' · ' + e.contexts.join(', ') : '') + (e.cameo ? ' · CAMEO ' + e.cameo : '') }));
      li.addEventListener('click', () => select(id, true));
      li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') select(id, true); });
      evList.append(li);
    }
    if (!d.events.length) evList.append(el('li', { class: 'muted', text: 'No events coded.' }));
    textBox.addEventListener('click', (ev) => {
      const m = ev.target.closest('mark');
      if (m) select(m.dataset.event.split(' ')[0], false);
    });
    const actorName = (id) => { const a = d.actors.find((x) => x.id === id); return a ? a.name : (id || 'unknown'); };
    const actors = el('ul', { class: 'evlist', id: 'doc-actors' }, d.actors.map((a) => el('li', {},
      el('b', { text: a.name }), ' ', el('span', { class: 'muted', text: [a.kind, a.country, a.sector, a.title, a.org].filter(Boolean).join(' · ') }),
      a.aliases.length > 1 ? el('div', { class: 'muted', text: 'also: ' + a.aliases.filter((x) => x !== a.name).join(', ') }) : null)));
    const quotes = el('ul', { class: 'evlist', id: 'doc-quotes' }, d.quotes.map((x) => el('li', {},
      el('div', { text: '“' + x.text + '”' }), el('div', { class: 'muted', text: '— ' + actorName(x.speaker) }))));
    const figures = el('ul', { class: 'evlist', id: 'doc-figures' }, d.figures.map((f) => el('li', {},
      el('b', { text: f.text }), ' ', el('span', { class: 'muted', text: f.kind + ' · ' + f.value.toLocaleString('en') + (f.unit ? ' ' + f.unit : '') }))));
    view.replaceChildren(
      el('h1', { text: d.title || d.doc_id }),
      el('div', { class: 'meta' }, [d.published, d.outlet, d.language, 'doc_id ' + d.doc_id].filter(Boolean).join(' · '),
        d.url ? [' · ', el('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank', text: 'source' })] : null),
      el('div', { class: 'grid' },
        el('div', { class: 'card' }, el('h2', { text: 'Text' }), textBox),
        el('div', {},
          el('div', { class: 'card' }, el('h2', { text: 'Events (' + d.events.length + ')' }), evList),
          el('div', { class: 'card' }, el('h2', { text: 'Actors' }), d.actors.length ? actors : el('p', { class: 'muted', text: 'none' })),
          d.quotes.length ? el('div', { class: 'card' }, el('h2', { text: 'Quotes' }), quotes) : null,
          d.figures.length ? el('div', { class: 'card' }, el('h2', { text: 'Figures' }), figures) : null)));
    const want = q.get('event');
    if (want) select(want, true);
  }

  // ---- router -------------------------------------------------------------

  async function render() {
    const seq = ++renderSeq;
    delete document.body.dataset.ready;
    const { parts, q } = parseHash();
    const name = parts[0] || 'pair';
    for (const a of document.querySelectorAll('#nav a')) {
      a.classList.toggle('active', a.dataset.view === (name === 'doc' ? 'docs' : name));
    }
    view.replaceChildren(el('p', { class: 'muted', text: 'Loading…' }));
    try {
      switch (name) {
        case 'network': await networkView(q, seq); break;
        case 'events': await eventsView(q, seq); break;
        case 'docs': await docsView(q, seq); break;
        case 'doc': await docView(parts[1] || '', q, seq); break;
        default: await pairView(q, seq);
      }
    } catch (e) {
      if (seq === renderSeq) showError(view, e);
    }
    if (seq === renderSeq) document.body.dataset.ready = name;
  }

  document.getElementById('auth-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    localStorage.setItem('dyad-token', document.getElementById('auth-token').value);
    document.getElementById('auth').hidden = true;
    loadStats();
    render();
  });
  window.addEventListener('hashchange', render);
  loadStats();
  render();
})();
