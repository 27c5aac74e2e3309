// On a phone a table becomes one short block per row (site.css): each cell after the first then
// shows its column's name before its value ("As of: 4 December 2024"), as the columns' headings
// no longer stand above it. The labels are the tables' own headings, in the page's language.
(function () {
  document.querySelectorAll(".md-typeset table:not([class])").forEach(function (table) {
    var headings = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
      return th.textContent.trim();
    });
    if (headings.length < 2) return;
    table.querySelectorAll("tbody tr").forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (i > 0 && headings[i]) cell.setAttribute("data-label", headings[i]);
      });
    });
  });
})();
