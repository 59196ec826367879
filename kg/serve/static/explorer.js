// kg serve: search with autocompletion (every page). Suggestions come from /api/actors as JSON and
// are put into the page with textContent only: a name from an article never becomes markup.
(function () {
  "use strict";
  var input = document.getElementById("kg-q");
  var list = document.getElementById("kg-suggest");
  if (!input || !list) { return; }
  var timer = null, items = [], active = -1, asked = "";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function close() { list.hidden = true; list.replaceChildren(); items = []; active = -1; }

  function select(i) {
    active = i;
    Array.prototype.forEach.call(list.children, function (li, j) {
      li.setAttribute("aria-selected", j === i ? "true" : "false");
    });
  }

  function show(found) {
    list.replaceChildren();
    items = found;
    found.forEach(function (actor, i) {
      var li = el("li");
      li.setAttribute("role", "option");
      li.dataset.index = String(i);
      li.appendChild(el("span", "kg-suggest-label", actor.label));
      var cls = el("span", "kg-class", actor.cls);
      cls.dataset.cls = actor.cls;
      li.appendChild(cls);
      li.appendChild(el("span", "kg-muted", actor.articles + (actor.articles === 1 ? " article" : " articles")));
      li.addEventListener("mousedown", function (event) { event.preventDefault(); window.location.href = actor.url; });
      list.appendChild(li);
    });
    list.hidden = found.length === 0;
    active = -1;
  }

  function ask() {
    var q = input.value.trim();
    if (q === asked) { return; }
    asked = q;
    if (!q) { close(); return; }
    fetch("/api/actors?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (found) { if (q === asked) { show(found); } })
      .catch(function () { close(); });
  }

  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(ask, 120); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && items.length) { event.preventDefault(); select((active + 1) % items.length); }
    else if (event.key === "ArrowUp" && items.length) { event.preventDefault(); select((active - 1 + items.length) % items.length); }
    else if (event.key === "Enter" && active >= 0) { event.preventDefault(); window.location.href = items[active].url; }
    else if (event.key === "Escape") { close(); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 150); });
})();
