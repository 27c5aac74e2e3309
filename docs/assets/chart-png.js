// A figure's chart as a PNG (loaded by cite.js on a page that offers a chart). The page offers
// its chart as an SVG file; this draws that same file on a canvas at the file's own size (twice
// the page's) and saves it as a PNG, so the picture is the SVG's drawing, title, source line and
// address included. The link stays hidden without JavaScript, and in the offline copy opened
// from disk, where a page may not read its files.
(function () {
  if (location.protocol === "file:" || !window.fetch || !HTMLCanvasElement.prototype.toBlob) return;
  document.querySelectorAll("a.chart-png").forEach(function (link) {
    var svgAddress = link.href;
    var parts = new URL(svgAddress).pathname.split("/");
    var name = parts[parts.length - 2] + "-" + parts[parts.length - 1].replace(/\.svg$/, ".png");
    link.parentNode.insertBefore(document.createTextNode(" · "), link);
    link.classList.add("chart-png--ready");
    link.addEventListener("click", function (event) {
      event.preventDefault();
      fetch(svgAddress)
        .then(function (response) { return response.ok ? response.blob() : Promise.reject(response.status); })
        .then(function (svg) {
          var picture = new Image();
          var svgUrl = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
          picture.onload = function () {
            var canvas = document.createElement("canvas");
            canvas.width = picture.naturalWidth;
            canvas.height = picture.naturalHeight;
            var context = canvas.getContext("2d");
            context.fillStyle = "#ffffff";
            context.fillRect(0, 0, canvas.width, canvas.height);
            context.drawImage(picture, 0, 0);
            URL.revokeObjectURL(svgUrl);
            canvas.toBlob(function (png) {
              var save = document.createElement("a");
              save.href = URL.createObjectURL(png);
              save.download = name;
              document.body.appendChild(save);
              save.click();
              save.remove();
              setTimeout(function () { URL.revokeObjectURL(save.href); }, 1000);
            }, "image/png");
          };
          picture.src = svgUrl;
        })
        .catch(function () { location.href = svgAddress; });  // no picture: the SVG itself
    });
  });
})();
