// kg serve: the actor page's graph panel (vis-network). It starts from the actor's network
// (/api/network?iri=…) and adds a node's neighbours when the node is clicked; clicking an edge lists
// its events. Labels, tooltips and lists are built with textContent: vis-network would render a
// string title as HTML, so titles are DOM elements.
(function () {
  "use strict";
  var box = document.getElementById("kg-graph");
  var focusData = document.getElementById("kg-focus");
  var status = document.getElementById("kg-graph-status");
  if (!box || !focusData || typeof vis === "undefined") { return; }
  var focus = JSON.parse(focusData.textContent);
  var nodes = new vis.DataSet(), edges = new vis.DataSet(), expanded = {};

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function tooltip(tip) {
    var root = el("div", "kg-tip");
    if (!tip) { return root; }
    root.appendChild(el("div", "kg-tip-label", tip.label));
    if (tip.type) { root.appendChild(el("div", "kg-tip-type", tip.type)); }
    if (tip.aliases && tip.aliases.length) { root.appendChild(el("div", "kg-tip-row", "also: " + tip.aliases.join(", "))); }
    (tip.rows || []).forEach(function (row) { if (row[1]) { root.appendChild(el("div", "kg-tip-row", row[0] + ": " + row[1])); } });
    (tip.sources || []).forEach(function (source) { root.appendChild(el("div", "kg-tip-row", source[0] + " — " + source[1])); });
    return root;
  }

  function say(text, href, linkText) {
    status.replaceChildren(el("span", null, text));
    if (href) {
      status.appendChild(document.createTextNode(" · "));
      var a = el("a", null, linkText);
      a.href = href;
      status.appendChild(a);
    }
  }

  function add(data) {
    var fresh = 0;
    data.nodes.forEach(function (n) {
      if (nodes.get(n.id)) { return; }
      fresh += 1;
      nodes.add({
        id: n.id, label: n.label, shape: n.shape, size: n.size, borderWidth: n.borderWidth,
        color: n.color, title: tooltip(n.tip), kgName: n.name, kgKind: n.kind
      });
    });
    data.edges.forEach(function (e) {
      if (edges.get(e.id) || edges.get(e.to + " " + e.from)) { return; }
      edges.add({ id: e.id, from: e.from, to: e.to, label: e.label, width: e.width, title: tooltip(e.tip), kgEvents: e.events });
    });
    return fresh;
  }

  function expand(iri) {
    if (expanded[iri]) { return Promise.resolve(0); }
    expanded[iri] = true;
    document.body.dataset.graphBusy = "true";
    return fetch("/api/network?iri=" + encodeURIComponent(iri), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
      .then(function (data) {
        var fresh = add(data);
        document.body.dataset.graphNodes = String(nodes.length);
        delete document.body.dataset.graphBusy;
        return fresh;
      })
      .catch(function (error) {
        delete document.body.dataset.graphBusy;
        say("Could not load the neighbours: " + error.message);
        return 0;
      });
  }

  var network = new vis.Network(box, { nodes: nodes, edges: edges }, {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: true },
    physics: { solver: "forceAtlas2Based", forceAtlas2Based: { gravitationalConstant: -60, springLength: 110 },
               stabilization: { iterations: 300 } },
    interaction: { hover: true, tooltipDelay: 120 },
    nodes: { font: { size: 13, strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { font: { size: 10, align: "middle", color: "#555555", strokeWidth: 3 }, smooth: { type: "continuous" }, color: { color: "#9aa3ab", highlight: "#333333" } }
  });
  window.kgGraph = { network: network, nodes: nodes, edges: edges, expand: expand };

  network.on("click", function (params) {
    if (params.nodes.length) {
      var id = params.nodes[0], node = nodes.get(id);
      var page = "/actor?iri=" + encodeURIComponent(id);
      if (expanded[id]) { say(node.kgName + " is expanded.", page, "open its page"); return; }
      expand(id).then(function (fresh) {
        say(node.kgName + ": " + fresh + " new node" + (fresh === 1 ? "" : "s") + ".", page, "open its page");
      });
    } else if (params.edges.length) {
      var edge = edges.get(params.edges[0]);
      var list = el("ol", "kg-edge-events");
      (edge.kgEvents || []).forEach(function (item) {
        var li = el("li", null, (item.date || "undated") + " · " + item.cls + " · " + item.label);
        if (item.sentence) { li.appendChild(el("div", "kg-muted", item.sentence)); }
        list.appendChild(li);
      });
      say((edge.kgEvents || []).length + " event(s) on this edge:");
      status.appendChild(list);
    }
  });
  network.once("stabilized", function () { document.body.dataset.graphReady = "true"; });
  expand(focus.iri).then(function () {
    if (nodes.length <= 1) { document.body.dataset.graphReady = "true"; }
    say(nodes.length + " node(s). Click one to add its neighbours, an edge to list its events.");
  });
})();
