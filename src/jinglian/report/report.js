// jinglian report: open/close the document viewer, sort tables.  No network, no libraries.
// Everything on the page is rendered (and escaped) in Python; this script only toggles classes
// and reorders rows, and never turns text into markup.
(function () {
  "use strict";
  var open = null;
  function show(id) {
    var el = document.getElementById(id);
    if (!el || !el.classList.contains("viewer")) return false;
    if (open) open.classList.remove("open");
    el.classList.add("open");
    open = el;
    return true;
  }
  function hide() {
    if (open) open.classList.remove("open");
    open = null;
    if (location.hash.indexOf("#doc-") === 0) history.replaceState(null, "", location.pathname + location.search);
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a") : null;
    if (a && a.classList.contains("view")) {
      var id = a.getAttribute("href").slice(1);
      if (show(id)) { ev.preventDefault(); history.replaceState(null, "", "#" + id); }
    } else if (a && a.classList.contains("close")) {
      ev.preventDefault(); hide();
    } else if (open && ev.target === open) {
      hide();
    }
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") hide(); });
  if (location.hash.indexOf("#doc-") === 0) show(location.hash.slice(1));

  function cellValue(td) {
    var v = td.getAttribute("data-v");
    if (v !== null) return parseFloat(v);
    return td.textContent.trim();
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(heads, function (th, col) {
      th.classList.add("sortable");
      th.title = "sort";
      th.addEventListener("click", function () {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var desc = th.getAttribute("data-dir") !== "desc";
        rows.sort(function (r1, r2) {
          var a = cellValue(r1.cells[col]), b = cellValue(r2.cells[col]);
          var c = (typeof a === "number" && typeof b === "number") ? a - b : String(a).localeCompare(String(b));
          return desc ? -c : c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        th.setAttribute("data-dir", desc ? "desc" : "asc");
      });
    });
  });
  document.documentElement.setAttribute("data-ready", "1");
})();
