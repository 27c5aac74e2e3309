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
    if (request.searchIndex) request.addEventListener("load", askAgain);
    if (request.searchIndex && !used) {
      held.push(function () { send.apply(request, args); });
      return undefined;
    }
    return send.apply(request, args);
  };

  /* What the reader typed while the index was on its way can be lost on a slow device (the box
     keeps the words, the results say "start typing"): once the index is in, while the results
     still show what they showed before the index came, the theme is asked again for the words in
     the box, the caret left where it was. */
  function askAgain() {
    var placeholder = null;
    try {  // the theme's own words for "type to start searching", in the page's language
      placeholder = JSON.parse(document.getElementById("__config").textContent).translations["search.result.placeholder"];
    } catch (error) { return; }
    var tries = 0;
    var timer = setInterval(function () {
      var box = document.querySelector(".md-search__input");
      var meta = document.querySelector(".md-search-result__meta");
      tries += 1;
      if (!box || !meta || !placeholder || tries > 40) { clearInterval(timer); return; }
      if (!box.value.trim()) return;  // nothing typed yet: the theme asks when the reader types
      if (meta.textContent !== placeholder) { clearInterval(timer); return; }  // results, or none found
      var typed = box.value, start = box.selectionStart, end = box.selectionEnd;
      box.value = typed + " ";
      box.dispatchEvent(new KeyboardEvent("keyup"));
      box.value = typed;
      box.setSelectionRange(start, end);
      box.dispatchEvent(new KeyboardEvent("keyup"));
    }, 500);
  }


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
