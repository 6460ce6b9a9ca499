/* frontmap map page: claims drawn client-side from the embedded JSON document.
 *
 * Safety: every string that comes from an article is put into the page with textContent (never
 * innerHTML), and only http(s) URLs become links. The data layout is written by
 * frontmap/render.py (build_payload); keep the two in step.
 */
(function () {
  'use strict';

  var DAY_MS = 86400000;
  var TYPES = ['capture', 'advance', 'withdrawal', 'attack', 'strike'];
  var TYPE_LABELS = ['Capture', 'Advance', 'Withdrawal', 'Attack', 'Strike'];
  var ACTORS = ['UA', 'RU', 'unknown'];
  var ACTOR_LABELS = ['Ukraine (UA)', 'Russia (RU)', 'Unknown side'];
  // Okabe–Ito colour-blind-safe palette.
  var ACTOR_COLORS = ['#0072B2', '#D55E00', '#6E6E6E'];
  var CLAIMANTS = ['UA', 'RU', 'third', 'unknown'];
  var CLAIMANT_LABELS = ['Ukrainian sources', 'Russian sources', 'Third parties', 'Unattributed'];
  var PRECISIONS = ['day', 'week', 'month', null];
  var STATUSES = ['claimed', 'confirmed', 'denied'];
  var REVIEWS = [null, 'accepted', 'corrected'];
  var CONTROL = ['UA', 'RU', 'contested'];
  var CONTROL_COLORS = ['#0072B2', '#D55E00', '#CC79A7'];
  var CONTROL_LABELS = ['Claimed for Ukraine', 'Claimed for Russia', 'Contested (both claimed)'];
  var MODES = ['asof', 'window'];
  var STEPS = ['day', 'week', 'month'];
  // Unit-radius outlines of the marker shapes (null: a circle).
  var SHAPES = {
    capture: [[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]],
    advance: [[0, -1.25], [1.15, 0.85], [-1.15, 0.85]],
    withdrawal: [[0, 1.25], [1.15, -0.85], [-1.15, -0.85]],
    attack: [[0, -1.3], [1.3, 0], [0, 1.3], [-1.3, 0]],
    strike: null
  };

  // ---------------------------------------------------------------- helpers

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function isoDate(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }

  function parseDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text || '')) { return null; }
    var t = Date.parse(text + 'T00:00:00Z');
    return isNaN(t) ? null : Math.round(t / DAY_MS);
  }

  function weekStart(day) { return day - ((day + 3) % 7 + 7) % 7; }  // ISO weeks start on Monday

  function monthIndex(day) { var d = new Date(day * DAY_MS); return d.getUTCFullYear() * 12 + d.getUTCMonth(); }

  function monthStart(index) { return Math.round(Date.UTC(Math.floor(index / 12), index % 12, 1) / DAY_MS); }

  function fmtDay(day) {
    return new Date(day * DAY_MS).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  function fmtMonth(day) {
    return new Date(day * DAY_MS).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  function fmtCount(n) { return n.toLocaleString('en-US'); }

  /** A URL the page may link to: http(s) only, no whitespace, quotes or angle brackets. */
  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\/[^\s"'<>\\]+$/i.test(url) ? url : null;
  }

  var ICONS = {
    back: 'M3 3h2v10H3z M13 3v10L6 8z',
    forward: 'M11 3h2v10h-2z M3 3v10l7-5z',
    play: 'M4 2v12l10-6z',
    pause: 'M4 3h3v10H4z M9 3h3v10H9z'
  };

  function setIcon(button, name) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '14');
    svg.setAttribute('height', '14');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('aria-hidden', 'true');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', ICONS[name]);
    path.setAttribute('fill', '#222');
    svg.appendChild(path);
    button.textContent = '';
    button.appendChild(svg);
  }

  function svgSymbol(type, color, opts) {
    opts = opts || {};
    var ns = 'http://www.w3.org/2000/svg';  // a namespace name, never fetched
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '16');
    svg.setAttribute('viewBox', '-8 -8 16 16');
    svg.setAttribute('aria-hidden', 'true');
    var shape = SHAPES[type], node;
    if (shape) {
      node = document.createElementNS(ns, 'polygon');
      node.setAttribute('points', shape.map(function (p) { return (p[0] * 5).toFixed(2) + ',' + (p[1] * 5).toFixed(2); }).join(' '));
    } else {
      node = document.createElementNS(ns, 'circle');
      node.setAttribute('r', '5');
    }
    node.setAttribute('fill', opts.fill === false ? 'none' : color);
    node.setAttribute('fill-opacity', String(opts.fillOpacity === undefined ? 0.9 : opts.fillOpacity));
    node.setAttribute('stroke', opts.stroke || color);
    node.setAttribute('stroke-width', String(opts.weight || 1.2));
    if (opts.dash) { node.setAttribute('stroke-dasharray', opts.dash); }
    svg.appendChild(node);
    return svg;
  }

  // ---------------------------------------------------------------- marker shapes on canvas

  var ShapeMarker = L.CircleMarker.extend({
    _updateBounds: function () {
      var r = this._radius * 1.35 + (this.options.weight || 0), w = this._clickTolerance();
      var p = [r + w, r + w];
      this._pxBounds = L.bounds(this._point.subtract(p), this._point.add(p));
    },
    _updatePath: function () {
      var renderer = this._renderer, shape = SHAPES[this.options.shape];
      if (!shape || !renderer._ctx) { return L.CircleMarker.prototype._updatePath.call(this); }
      if (!renderer._drawing || this._empty()) { return; }
      var ctx = renderer._ctx, p = this._point, r = this._radius;
      ctx.beginPath();
      for (var i = 0; i < shape.length; i++) {
        var x = p.x + shape[i][0] * r, y = p.y + shape[i][1] * r;
        if (i === 0) { ctx.moveTo(x, y); } else { ctx.lineTo(x, y); }
      }
      ctx.closePath();
      renderer._fillStroke(ctx, this);
    }
  });

  function markerStyle(c) {
    var color = ACTOR_COLORS[c[2]], status = c[6], reviewed = c[7] > 0;
    var style = {
      shape: TYPES[c[1]],
      radius: Math.min(11.5, 5.5 + 1.5 * Math.log2(Math.max(1, c[10].length))),
      color: color, fillColor: color, weight: 1.2, opacity: 1, fillOpacity: 0.4, dashArray: null
    };
    if (status === 1) { style.fillOpacity = 0.95; style.color = '#ffffff'; style.weight = 1.2; }
    if (status === 2) { style.fillOpacity = 0.05; style.dashArray = '3 2'; style.weight = 1.5; }
    if (reviewed) { style.color = '#000000'; style.weight = 2.4; }
    return style;
  }

  // ---------------------------------------------------------------- the app

  function App(map, data, tiles, options) {
    this.map = map;
    this.data = data;
    this.tiles = tiles;
    this.options = options || {};
    var range = data.range;
    this.state = this.defaults();
    this.range = range;
    this.visible = new Uint8Array(data.claims.length);
    // The period each claim may lie in: its day, or the whole week or month the text gives.
    this.first = new Float64Array(data.claims.length);
    this.last = new Float64Array(data.claims.length);
    for (var i = 0; i < data.claims.length; i++) {
      var c = data.claims[i], prec = c[4] === 0 ? PRECISIONS[c[5]] : 'day';
      if (c[3] === null) { this.first[i] = -Infinity; this.last[i] = Infinity; }
      else if (prec === 'week') { this.first[i] = weekStart(c[3]); this.last[i] = this.first[i] + 6; }
      else if (prec === 'month') { this.first[i] = monthStart(monthIndex(c[3])); this.last[i] = monthStart(monthIndex(c[3]) + 1) - 1; }
      else { this.first[i] = this.last[i] = c[3]; }
    }
    this.markers = [];
    this.playing = null;
  }

  App.prototype.defaults = function () {
    var all = function (names) { return names.map(function () { return true; }); };
    return {
      mode: 'asof', step: STEPS.indexOf(this.data.step) >= 0 ? this.data.step : 'day', index: null,
      types: all(TYPES), actors: all(ACTORS), claimants: all(CLAIMANTS),
      control: true, cluster: true, tiles: !!this.tiles
    };
  };

  App.prototype.units = function () {
    // Number of slider positions for the current step, and the first unit's start.
    var r = this.range, step = this.state.step;
    if (!r) { return { count: 1, start: null }; }
    if (step === 'day') { return { count: r[1] - r[0] + 1, start: r[0] }; }
    if (step === 'week') { var w0 = weekStart(r[0]); return { count: Math.floor((weekStart(r[1]) - w0) / 7) + 1, start: w0 }; }
    var m0 = monthIndex(r[0]);
    return { count: monthIndex(r[1]) - m0 + 1, start: m0 };
  };

  App.prototype.interval = function (index) {
    // [first day, last day] of the slider position.
    var u = this.units(), step = this.state.step;
    if (u.start === null) { return null; }
    if (step === 'day') { return [u.start + index, u.start + index]; }
    if (step === 'week') { var s = u.start + 7 * index; return [s, s + 6]; }
    return [monthStart(u.start + index), monthStart(u.start + index + 1) - 1];
  };

  App.prototype.indexOf = function (day) {
    var u = this.units(), step = this.state.step, i;
    if (u.start === null) { return 0; }
    if (step === 'day') { i = day - u.start; } else if (step === 'week') { i = Math.floor((weekStart(day) - u.start) / 7); } else { i = monthIndex(day) - u.start; }
    return Math.max(0, Math.min(u.count - 1, i));
  };

  App.prototype.init = function () {
    var self = this, map = this.map, data = this.data;
    map.createPane('fm-base').style.zIndex = 250;
    map.createPane('fm-control').style.zIndex = 350;
    this.baseRenderer = L.canvas({ pane: 'fm-base', padding: 0.3 });
    this.controlRenderer = L.canvas({ pane: 'fm-control', padding: 0.3 });
    map.attributionControl.setPosition('bottomleft');
    map.attributionControl.addAttribution(this.options.attribution || '');

    this.neighbours = L.geoJSON(data.neighbours, {
      renderer: this.baseRenderer, pane: 'fm-base', interactive: false,
      style: { color: '#9a9a9a', weight: 0.8, fillColor: '#ecebe6', fillOpacity: 1 }
    });
    this.oblasts = L.geoJSON(data.oblasts, {
      renderer: this.baseRenderer, pane: 'fm-base', interactive: false,
      style: { color: '#8c8c8c', weight: 0.8, fillColor: '#fbfaf4', fillOpacity: 1 }
    });
    this.neighbours.addTo(map);
    this.oblasts.addTo(map);
    this.buildControl();
    this.buildMarkers();
    var view = this.readHash();
    this.buildUi();
    this.applyBase();
    if (!view) { this.fitView(); }
    this.update(true);
    window.addEventListener('hashchange', function () {
      if (location.hash === self.lastHash) { return; }
      self.stop();
      self.readHash();
      self.syncUi();
      self.applyBase();
      self.update();
    });
    map.on('moveend', function () { self.writeHash(); });
  };

  App.prototype.fitView = function () {
    // The claims' extent (Ukraine when there are none), clear of the panel and the time bar.
    var places = this.data.places, bounds = L.latLngBounds([]);
    for (var i = 0; i < places.length; i++) { bounds.extend([places[i][3], places[i][2]]); }
    if (!bounds.isValid()) { bounds = this.oblasts.getBounds(); }
    if (!bounds.isValid()) { return; }
    var size = this.map.getSize(), wide = size.x >= 640;
    var panel = document.querySelector('.fm-panel'), bar = document.querySelector('.fm-timebar');
    var right = wide && panel ? panel.offsetWidth + 20 : 10;
    var bottom = bar ? bar.offsetHeight + 30 : 10;
    this.map.fitBounds(bounds.pad(0.05), {
      paddingTopLeft: [wide ? 20 : 10, 70], paddingBottomRight: [right, bottom], maxZoom: 9,
      animate: false
    });
  };

  App.prototype.buildMarkers = function () {
    var self = this, claims = this.data.claims, places = this.data.places;
    for (var i = 0; i < claims.length; i++) {
      var c = claims[i], p = places[c[0]];
      var m = new ShapeMarker([p[3], p[2]], markerStyle(c));
      m.fmIndex = i;
      this.markers.push(m);
    }
    this.cluster = L.markerClusterGroup({
      chunkedLoading: true, chunkInterval: 150, chunkDelay: 30,
      maxClusterRadius: function (zoom) { return zoom >= 12 ? 24 : 44; },
      showCoverageOnHover: false, spiderfyOnMaxZoom: true, removeOutsideVisibleBounds: true,
      iconCreateFunction: function (cluster) { return self.clusterIcon(cluster); },
      chunkProgress: function (done, total) { if (done >= total) { self.markReady(); } }
    });
    this.plain = L.featureGroup();
    var open = function (e) { self.openPopup(e.propagatedFrom || e.layer); };
    this.cluster.on('click', open);
    this.plain.on('click', open);
  };

  App.prototype.clusterIcon = function (cluster) {
    var children = cluster.getAllChildMarkers(), counts = [0, 0, 0], claims = this.data.claims;
    for (var i = 0; i < children.length; i++) { counts[claims[children[i].fmIndex][2]] += 1; }
    var n = children.length, a = 100 * counts[0] / n, b = a + 100 * counts[1] / n;
    var size = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 40 : 46;
    var label = n < 1000 ? String(n) : (n < 10000 ? (n / 1000).toFixed(1) : Math.round(n / 1000)) + 'k';
    var ring = 'conic-gradient(' + ACTOR_COLORS[0] + ' 0 ' + a.toFixed(1) + '%,' + ACTOR_COLORS[1] + ' ' +
      a.toFixed(1) + '% ' + b.toFixed(1) + '%,' + ACTOR_COLORS[2] + ' ' + b.toFixed(1) + '% 100%)';
    return L.divIcon({
      html: '<div class="fm-cluster-ring" style="background:' + ring + '"><span>' + label + '</span></div>',
      className: 'fm-cluster', iconSize: L.point(size, size)
    });
  };

  App.prototype.markReady = function () {
    if (this.ready) { return; }
    this.ready = true;
    var root = document.documentElement;
    requestAnimationFrame(function () {
      root.setAttribute('data-fm-ready', '1');
      if (window.performance && performance.mark) { performance.mark('frontmap-ready'); }
    });
  };

  App.prototype.buildControl = function () {
    this.cells = [];
    var control = this.data.control || [];
    this.controlLayer = L.layerGroup();
    for (var i = 0; i < control.length; i++) {
      var layer = L.GeoJSON.geometryToLayer({ type: 'Feature', geometry: control[i][1], properties: {} }, {
        renderer: this.controlRenderer, pane: 'fm-control', interactive: false
      });
      layer.setStyle({ stroke: false, fillOpacity: 0, fill: true });
      layer.fmState = -1;
      this.cells.push({ layer: layer, changes: control[i][2] });
      this.controlLayer.addLayer(layer);
    }
  };

  // ---------------------------------------------------------------- filtering

  App.prototype.current = function () {
    var count = this.units().count;
    if (this.state.index === null || this.state.index >= count) { this.state.index = count - 1; }
    return this.interval(this.state.index);
  };

  App.prototype.update = function (first) {
    var claims = this.data.claims, st = this.state, span = this.current();
    var lo = span && st.mode === 'window' ? span[0] : -Infinity, hi = span ? span[1] : Infinity;
    var mask = 0;
    for (var k = 0; k < CLAIMANTS.length; k++) { if (st.claimants[k]) { mask |= 1 << k; } }
    var add = [], remove = [], shown = 0, reports = 0;
    for (var i = 0; i < claims.length; i++) {
      var c = claims[i];
      var on = st.types[c[1]] && st.actors[c[2]] && (c[8] & mask) !== 0 &&
        this.first[i] <= hi && this.last[i] >= lo;
      if (on) { shown += 1; reports += c[10].length; }
      if (on && !this.visible[i]) { add.push(this.markers[i]); this.visible[i] = 1; }
      else if (!on && this.visible[i]) { remove.push(this.markers[i]); this.visible[i] = 0; }
    }
    var group = st.cluster ? this.cluster : this.plain;
    if (first || this.groupInUse !== group) {
      if (this.groupInUse) { this.groupInUse.clearLayers(); this.map.removeLayer(this.groupInUse); }
      group.clearLayers();
      group.addTo(this.map);
      var all = [];
      for (var j = 0; j < claims.length; j++) { if (this.visible[j]) { all.push(this.markers[j]); } }
      if (st.cluster) { group.addLayers(all); } else { for (var a = 0; a < all.length; a++) { group.addLayer(all[a]); } }
      this.groupInUse = group;
      if (!st.cluster || !all.length) { this.markReady(); }
    } else if (st.cluster) {
      if (remove.length) { group.removeLayers(remove); }
      if (add.length) { group.addLayers(add); }
    } else {
      for (var r = 0; r < remove.length; r++) { group.removeLayer(remove[r]); }
      for (var s = 0; s < add.length; s++) { group.addLayer(add[s]); }
    }
    this.updateControl(hi);
    this.shown = shown;
    this.showStatus(span, shown, reports);
    this.writeHash();
  };

  App.prototype.updateControl = function (hi) {
    var on = this.state.control && this.cells.length > 0;
    if (on && !this.map.hasLayer(this.controlLayer)) { this.controlLayer.addTo(this.map); }
    if (!on && this.map.hasLayer(this.controlLayer)) { this.map.removeLayer(this.controlLayer); }
    if (!on) { return; }
    for (var i = 0; i < this.cells.length; i++) {
      var cell = this.cells[i], state = -1;
      for (var j = 0; j < cell.changes.length && cell.changes[j][0] <= hi; j++) { state = cell.changes[j][1]; }
      if (state !== cell.layer.fmState) {
        cell.layer.fmState = state;
        cell.layer.setStyle(state < 0 ? { fillOpacity: 0, stroke: false } : {
          fillColor: CONTROL_COLORS[state], fillOpacity: 0.28, stroke: true,
          color: CONTROL_COLORS[state], weight: 0.5, opacity: 0.5
        });
      }
    }
  };

  App.prototype.showStatus = function (span, shown, reports) {
    var st = this.state, label;
    if (!span) { label = 'No dated claims'; }
    else if (st.mode === 'asof') { label = 'As of ' + fmtDay(span[1]); }
    else if (st.step === 'day') { label = fmtDay(span[0]); }
    else if (st.step === 'week') { label = 'Week ' + fmtDay(span[0]) + ' – ' + fmtDay(span[1]); }
    else { label = fmtMonth(span[0]); }
    this.ui.date.textContent = label;
    var total = this.data.claims.length;
    this.ui.count.textContent = fmtCount(shown) + ' of ' + fmtCount(total) + ' claims shown' +
      ' (' + fmtCount(reports) + ' reports)';
    this.ui.count.setAttribute('data-visible', String(shown));
    document.documentElement.setAttribute('data-fm-visible', String(shown));
    this.ui.range.textContent = this.range ? 'Data: ' + fmtDay(this.range[0]) + ' – ' + fmtDay(this.range[1]) : 'Data: undated only';
    this.ui.slider.value = String(st.index);
  };

  // ---------------------------------------------------------------- URL hash

  App.prototype.writeHash = function () {
    var st = this.state, span = this.current(), parts = [];
    if (span) { parts.push('date=' + isoDate(span[0])); }
    parts.push('mode=' + st.mode, 'step=' + st.step);
    var pick = function (names, flags) { return names.filter(function (_, i) { return flags[i]; }).join(','); };
    parts.push('types=' + pick(TYPES, st.types), 'sides=' + pick(ACTORS, st.actors),
      'claimants=' + pick(CLAIMANTS, st.claimants), 'control=' + (st.control ? 1 : 0),
      'cluster=' + (st.cluster ? 1 : 0));
    if (this.tiles) { parts.push('tiles=' + (st.tiles ? 1 : 0)); }
    var c = this.map.getCenter();
    parts.push('view=' + this.map.getZoom() + '/' + c.lat.toFixed(4) + '/' + c.lng.toFixed(4));
    var hash = '#' + parts.join('&');
    if (hash !== location.hash) {
      this.lastHash = hash;
      try { history.replaceState(null, '', hash); } catch (err) { this.lastHash = null; }
    }
  };

  App.prototype.readHash = function () {
    // A parameter left out of the hash takes its default, so a shortened link means what it says.
    var st = this.state, d = this.defaults(), params = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var i = pair.indexOf('=');
      if (i > 0) { try { params[pair.slice(0, i)] = decodeURIComponent(pair.slice(i + 1)); } catch (err) { /* ignore */ } }
    });
    st.mode = MODES.indexOf(params.mode) >= 0 ? params.mode : d.mode;
    st.step = STEPS.indexOf(params.step) >= 0 ? params.step : d.step;
    var flags = function (names, value) {
      if (value === undefined) { return null; }
      var set = value.split(',');
      return names.map(function (n) { return set.indexOf(n) >= 0; });
    };
    st.types = flags(TYPES, params.types) || d.types;
    st.actors = flags(ACTORS, params.sides) || d.actors;
    st.claimants = flags(CLAIMANTS, params.claimants) || d.claimants;
    st.control = params.control === undefined ? d.control : params.control !== '0';
    st.cluster = params.cluster === undefined ? d.cluster : params.cluster !== '0';
    st.tiles = params.tiles === undefined ? d.tiles : this.tiles !== null && params.tiles !== '0';
    var day = parseDay(params.date);
    st.index = day === null ? null : this.indexOf(day);
    var view = (params.view || '').split('/').map(Number);
    if (view.length === 3 && view.every(isFinite)) {
      this.map.setView([view[1], view[2]], view[0], { animate: false });
      return true;
    }
    return false;
  };

  // ---------------------------------------------------------------- popups

  function highlighted(text, surface) {
    var box = el('blockquote', 'fm-evidence');
    var lower = text.toLowerCase(), at = -1;
    if (surface) {
      at = lower.length === text.length ? lower.indexOf(surface.toLowerCase()) : text.indexOf(surface);
    }
    if (at < 0) { box.textContent = text; return box; }
    box.appendChild(document.createTextNode(text.slice(0, at)));
    box.appendChild(el('mark', null, text.slice(at, at + surface.length)));
    box.appendChild(document.createTextNode(text.slice(at + surface.length)));
    return box;
  }

  function row(parent, label, value) {
    var line = el('div', 'fm-row');
    line.appendChild(el('span', 'fm-key', label));
    if (typeof value === 'string') { line.appendChild(el('span', 'fm-val', value)); } else { line.appendChild(value); }
    parent.appendChild(line);
  }

  App.prototype.popupContent = function (i) {
    var c = this.data.claims[i], p = this.data.places[c[0]], data = this.data;
    var root = el('div', 'fm-popup');
    var head = el('div', 'fm-pop-head');
    head.appendChild(svgSymbol(TYPES[c[1]], ACTOR_COLORS[c[2]]));
    head.appendChild(el('strong', 'fm-place', p[0]));
    if (p[1]) { head.appendChild(el('span', 'fm-admin', ' · ' + p[1])); }
    root.appendChild(head);
    row(root, 'Event', TYPE_LABELS[c[1]] + (c[2] < 2 ? ' by ' + ACTOR_LABELS[c[2]] : ' (side unknown)'));
    var date;
    if (c[4] === 0) {
      var prec = PRECISIONS[c[5]];
      date = prec === 'week' ? 'week of ' + isoDate(weekStart(c[3])) : prec === 'month' ? fmtMonth(c[3]) + ' (month)' :
        isoDate(c[3]) + (prec === 'day' ? ' (day)' : '');
    } else if (c[4] === 1) {
      date = 'no event date in the text; published ' + isoDate(c[3]);
    } else {
      date = 'undated (no event or publication date): shown at every date';
    }
    row(root, 'Date', date);
    var statusText = STATUSES[c[6]] + (c[7] ? ' · analyst-' + REVIEWS[c[7]] : '') + ' · confidence ' + (c[9] / 100).toFixed(2);
    row(root, 'Status', statusText);
    var sources = c[10];
    root.appendChild(el('div', 'fm-src-head', sources.length === 1 ? '1 source' : sources.length + ' sources'));
    var list = el('ol', 'fm-sources');
    for (var s = 0; s < sources.length; s++) {
      var src = sources[s], art = data.articles[src[0]] || [];
      var item = el('li');
      var who = el('div', 'fm-claimant');
      var claimant = src[1] ? src[1] : 'unattributed';
      who.textContent = 'Claimed by ' + claimant + (src[2] < 3 ? ' (' + CLAIMANTS[src[2]] + ')' : '') +
        (src[5] >= 0 && src[5] !== c[6] ? ' · ' + STATUSES[src[5]] : '');
      item.appendChild(who);
      if (src[3]) { item.appendChild(highlighted(src[3], src[4])); }
      var cite = el('div', 'fm-cite'), url = safeUrl(art[2]), titleText = art[1] || art[2] || art[0] || 'article';
      if (url) {
        var a = el('a', null, titleText);
        a.href = url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer nofollow';
        cite.appendChild(a);
      } else {
        cite.appendChild(el('span', 'fm-title', titleText));
        if (art[2] && art[1]) { cite.appendChild(el('span', 'fm-url', ' ' + art[2])); }
      }
      var meta = [art[3], art[4]].filter(Boolean).join(' · ');
      if (meta) { cite.appendChild(el('span', 'fm-meta', ' (' + meta + ')')); }
      item.appendChild(cite);
      list.appendChild(item);
    }
    root.appendChild(list);
    return root;
  };

  App.prototype.openPopup = function (marker) {
    if (!marker || marker.fmIndex === undefined) { return; }
    L.popup({
      maxWidth: 340, minWidth: 220, className: 'fm-leaflet-popup',
      autoPanPaddingTopLeft: [20, 100], autoPanPaddingBottomRight: [20, 110]
    })
      .setLatLng(marker.getLatLng())
      .setContent(this.popupContent(marker.fmIndex))
      .openOn(this.map);
  };

  // ---------------------------------------------------------------- UI

  function checkbox(label, checked, symbol, onChange, name) {
    var wrap = el('label', 'fm-check');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = checked;
    if (name) { box.setAttribute('data-fm', name); }
    box.addEventListener('change', function () { onChange(box.checked); });
    wrap.appendChild(box);
    if (symbol) { wrap.appendChild(symbol); }
    wrap.appendChild(el('span', null, label));
    return { wrap: wrap, box: box };
  }

  function swatch(color, opacity) {
    var s = el('span', 'fm-swatch');
    s.style.background = color;
    s.style.opacity = String(opacity);
    return s;
  }

  App.prototype.control = function (position, build) {
    var Ctl = L.Control.extend({ onAdd: function () {
      var div = build();
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    } });
    return new Ctl({ position: position }).addTo(this.map);
  };

  App.prototype.buildUi = function () {
    var self = this, st = this.state, ui = this.ui = { types: [], actors: [], claimants: [] };
    var map = this.map;

    map.zoomControl.remove();
    this.control('topleft', function () {
      var box = el('div', 'fm-title leaflet-bar');
      box.appendChild(el('h1', null, self.data.title));
      box.appendChild(el('div', 'fm-subtitle', 'Events as claimed in news reports — not verified positions'));
      return box;
    });
    map.zoomControl.addTo(map);
    L.control.scale({ position: 'topleft', imperial: false }).addTo(map);

    this.control('topright', function () {
      var panel = el('div', 'fm-panel leaflet-bar');
      var toggle = el('button', 'fm-panel-toggle', 'Layers');
      toggle.appendChild(el('span', 'fm-wide-only', ' & legend'));
      toggle.type = 'button';
      toggle.setAttribute('aria-expanded', 'true');
      var body = el('div', 'fm-panel-body');
      toggle.addEventListener('click', function () {
        var open = panel.classList.toggle('fm-collapsed') === false;
        toggle.setAttribute('aria-expanded', String(open));
      });
      if (window.innerWidth < 640) { panel.classList.add('fm-collapsed'); toggle.setAttribute('aria-expanded', 'false'); }
      panel.appendChild(toggle);
      panel.appendChild(body);

      body.appendChild(el('h2', null, 'Claim type'));
      TYPES.forEach(function (t, i) {
        var cb = checkbox(TYPE_LABELS[i], st.types[i], svgSymbol(t, '#444'), function (v) { st.types[i] = v; self.update(); }, 'type-' + t);
        ui.types.push(cb.box);
        body.appendChild(cb.wrap);
      });
      body.appendChild(el('h2', null, 'Side (actor)'));
      ACTORS.forEach(function (a, i) {
        var cb = checkbox(ACTOR_LABELS[i], st.actors[i], svgSymbol('strike', ACTOR_COLORS[i]), function (v) { st.actors[i] = v; self.update(); }, 'side-' + a);
        ui.actors.push(cb.box);
        body.appendChild(cb.wrap);
      });
      body.appendChild(el('h2', null, 'Claimed by'));
      CLAIMANTS.forEach(function (a, i) {
        var cb = checkbox(CLAIMANT_LABELS[i], st.claimants[i], null, function (v) { st.claimants[i] = v; self.update(); }, 'claimant-' + a);
        ui.claimants.push(cb.box);
        body.appendChild(cb.wrap);
      });

      body.appendChild(el('h2', null, 'Marker style'));
      var legend = el('div', 'fm-legend');
      [['claimed', { fillOpacity: 0.4 }], ['confirmed', { fillOpacity: 0.95, stroke: '#ffffff' }],
        ['denied', { fillOpacity: 0.05, dash: '2 1.5', weight: 1.5 }],
        ['analyst-reviewed', { fillOpacity: 0.4, stroke: '#000000', weight: 2.4 }]].forEach(function (s) {
        var line = el('div', 'fm-legend-row');
        line.appendChild(svgSymbol('strike', '#555', s[1]));
        line.appendChild(el('span', null, s[0]));
        legend.appendChild(line);
      });
      legend.appendChild(el('div', 'fm-note', 'Size grows with the number of sources. Clusters show the share of each side.'));
      body.appendChild(legend);

      body.appendChild(el('h2', null, 'Layers'));
      var ctl = checkbox('Claimed control', st.control, null, function (v) { st.control = v; self.update(); }, 'control');
      ui.control = ctl.box;
      body.appendChild(ctl.wrap);
      var note = el('div', 'fm-note fm-control-note', 'Derived from claims, not an assessment: each settlement area takes the side that most recently claimed it (a capture, or the other side\u2019s withdrawal) up to the slider date.');
      body.appendChild(note);
      CONTROL_LABELS.forEach(function (label, i) {
        var line = el('div', 'fm-legend-row');
        line.appendChild(swatch(CONTROL_COLORS[i], 0.45));
        line.appendChild(el('span', null, label));
        body.appendChild(line);
      });
      var clu = checkbox('Cluster dense markers', st.cluster, null, function (v) { st.cluster = v; self.update(); }, 'cluster');
      ui.cluster = clu.box;
      body.appendChild(clu.wrap);
      if (self.tiles) {
        var tl = checkbox('OpenStreetMap tiles (online)', st.tiles, null, function (v) { st.tiles = v; self.applyBase(); self.writeHash(); }, 'tiles');
        ui.tiles = tl.box;
        body.appendChild(tl.wrap);
      }
      body.appendChild(el('div', 'fm-note', 'Click a marker for its sources. The URL keeps the date and filters: copy it to share this view.'));
      return panel;
    });

    this.control('bottomleft', function () {
      var bar = el('div', 'fm-timebar');
      var top = el('div', 'fm-time-row');
      var mk = function (icon, title, name, handler) {
        var b = el('button', 'fm-btn');
        setIcon(b, icon);
        b.type = 'button';
        b.title = title;
        b.setAttribute('aria-label', title);
        b.setAttribute('data-fm', name);
        b.addEventListener('click', handler);
        top.appendChild(b);
        return b;
      };
      mk('back', 'Step back', 'back', function () { self.stop(); self.move(-1); });
      ui.play = mk('play', 'Play', 'play', function () { self.togglePlay(); });
      mk('forward', 'Step forward', 'forward', function () { self.stop(); self.move(1); });
      var slider = ui.slider = el('input', 'fm-slider');
      slider.type = 'range';
      slider.min = '0';
      slider.step = '1';
      slider.setAttribute('aria-label', 'Date');
      slider.setAttribute('data-fm', 'slider');
      slider.addEventListener('input', function () { self.stop(); st.index = Number(slider.value); self.update(); });
      top.appendChild(slider);
      bar.appendChild(top);

      var bottom = el('div', 'fm-time-row fm-time-info');
      ui.date = el('strong', 'fm-date');
      bottom.appendChild(ui.date);
      var select = function (values, labels, current, name, onChange) {
        var s = el('select', 'fm-select');
        s.setAttribute('data-fm', name);
        s.setAttribute('aria-label', name);
        values.forEach(function (v, i) { var o = el('option', null, labels[i]); o.value = v; s.appendChild(o); });
        s.value = current;
        s.addEventListener('change', function () { onChange(s.value); });
        bottom.appendChild(s);
        return s;
      };
      ui.mode = select(MODES, ['as of date', 'only that period'], st.mode, 'mode', function (v) { st.mode = v; self.update(); });
      ui.step = select(STEPS, ['day', 'week', 'month'], st.step, 'step', function (v) { self.setStep(v); });
      ui.count = el('span', 'fm-count');
      bottom.appendChild(ui.count);
      ui.range = el('span', 'fm-range');
      bottom.appendChild(ui.range);
      bar.appendChild(bottom);
      return bar;
    });
    this.syncUi();
  };

  App.prototype.syncUi = function () {
    var st = this.state, ui = this.ui;
    ui.types.forEach(function (b, i) { b.checked = st.types[i]; });
    ui.actors.forEach(function (b, i) { b.checked = st.actors[i]; });
    ui.claimants.forEach(function (b, i) { b.checked = st.claimants[i]; });
    ui.control.checked = st.control;
    ui.control.disabled = !this.cells.length;
    ui.cluster.checked = st.cluster;
    if (ui.tiles) { ui.tiles.checked = st.tiles; }
    ui.mode.value = st.mode;
    ui.step.value = st.step;
    var count = this.units().count;
    ui.slider.max = String(count - 1);
    ui.slider.disabled = !this.range;
    this.current();
    ui.slider.value = String(st.index);
  };

  App.prototype.applyBase = function () {
    var online = this.tiles && this.state.tiles;
    if (this.tiles) {
      if (online && !this.map.hasLayer(this.tiles)) { this.tiles.addTo(this.map); }
      if (!online && this.map.hasLayer(this.tiles)) { this.map.removeLayer(this.tiles); }
    }
    this.neighbours.setStyle({ fillOpacity: online ? 0 : 1 });
    this.oblasts.setStyle({ fillOpacity: online ? 0 : 1, color: online ? '#555555' : '#8c8c8c' });
  };

  App.prototype.setStep = function (step) {
    var span = this.current();
    this.state.step = step;
    this.state.index = span ? this.indexOf(span[1]) : null;
    this.syncUi();
    this.update();
  };

  App.prototype.move = function (delta) {
    var count = this.units().count, next = Math.max(0, Math.min(count - 1, this.state.index + delta));
    if (next === this.state.index) { return false; }
    this.state.index = next;
    this.update();
    return true;
  };

  App.prototype.togglePlay = function () {
    if (this.playing) { this.stop(); return; }
    var self = this;
    if (this.state.index >= this.units().count - 1) { this.state.index = 0; this.update(); }
    setIcon(this.ui.play, 'pause');
    this.ui.play.title = 'Pause';
    this.ui.play.setAttribute('aria-label', 'Pause');
    this.playing = setInterval(function () { if (!self.move(1)) { self.stop(); } }, 700);
  };

  App.prototype.stop = function () {
    if (!this.playing) { return; }
    clearInterval(this.playing);
    this.playing = null;
    setIcon(this.ui.play, 'play');
    this.ui.play.title = 'Play';
    this.ui.play.setAttribute('aria-label', 'Play');
  };

  window.frontmap = {
    init: function (map, data, tiles, options) {
      var app = new App(map, data, tiles, options);
      app.init();
      window.frontmapApp = app;
      return app;
    },
    safeUrl: safeUrl
  };
}());
