/* Search on demand: the theme fetches its search index as each page loads; this holds that
   request until the reader first uses search (focuses the search box or opens the search),
   and points it at the page's own language's index (data-index, set by hooks/theme/main.html).
   Loaded before the theme's bundle, which makes the request. */
(function () {
  "use strict";
  var index = document.currentScript && document.currentScript.getAttribute("data-index");
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = [];
  var used = false;

  function use() {
    if (used) return;
    used = true;
    held.splice(0).forEach(function (go) { go(); });
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    var args = Array.prototype.slice.call(arguments);
    if (/(^|\/)search\/search_index\.json$/.test(String(url))) {
      this.searchIndex = true;
      if (index) args[1] = new URL(index, document.baseURI).href;
    }
    return open.apply(this, args);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (request.searchIndex && !used) {
      held.push(function () { send.apply(request, args); });
      return undefined;
    }
    return send.apply(request, args);
  };

  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest(".md-search")) use();
  }, true);
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) use();
  }, true);
  document.addEventListener("pointerdown", function (event) {
    if (event.target.closest && event.target.closest("label[for='__search'], .md-search")) use();
  }, true);
})();
