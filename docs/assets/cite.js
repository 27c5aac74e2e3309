// What readers take away. A citation's access date is the day of the build (citations without
// JavaScript still give one). The reader's citation should give the day they looked: write
// today's date in the citation's language in its place, so that the copy button copies it.
(function () {
  var now = new Date();
  document.querySelectorAll("time.citation__accessed").forEach(function (span) {
    var lang = span.getAttribute("lang") || document.documentElement.lang || "en";
    try {
      var format = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, { day: "numeric", month: "long", year: "numeric" });
      span.textContent = format.format(now);
    } catch (e) {
      // An unknown language: the day of the build stays.
    }
  });
})();

// A chart as PNG (chart-png.js, beside this file): fetched only by a page that offers a chart.
(function () {
  var self = document.currentScript;
  if (!self || location.protocol === "file:" || !document.querySelector("a.chart-png")) return;
  var script = document.createElement("script");
  script.src = new URL("chart-png.js", self.src).href;
  document.body.appendChild(script);
})();
