// The header's menu and search buttons are <label>s for hidden checkboxes: a mouse can use
// them, a keyboard cannot. Make them buttons a keyboard reaches and presses, and tell
// screen readers whether each is open. (site.css hides the closed menu and search at narrow
// widths, so the keyboard no longer passes through links nobody can see.)
(function () {
  var names = { __drawer: "Menu", __search: "Search" };
  document.querySelectorAll("label.md-header__button[for]").forEach(function (label) {
    var toggle = document.getElementById(label.htmlFor);
    if (!toggle || !names[toggle.id]) return;
    label.setAttribute("role", "button");
    label.setAttribute("tabindex", "0");
    label.setAttribute("aria-label", names[toggle.id]);
    var sync = function () { label.setAttribute("aria-expanded", toggle.checked ? "true" : "false"); };
    sync();
    // Opening moves the focus into what opened: the menu's first link, or the search box.
    toggle.addEventListener("change", function () {
      sync();
      if (toggle.id === "__drawer") document.documentElement.classList.add("drawer-used");
      // Only when the button opened it: Material also opens the search when Tab reaches the
      // search box, and pulling the focus back there would trap the keyboard.
      if (!toggle.checked || document.activeElement !== label) return;
      var target = document.querySelector(toggle.id === "__drawer" ? ".md-sidebar--primary a" : ".md-search__input");
      if (target) setTimeout(function () { target.focus(); }, 50);
    });
    // Material's own script clicks a focused label with tabindex on Enter; Space as well here.
    label.addEventListener("keydown", function (event) {
      if (event.key !== " ") return;
      event.preventDefault();
      label.click();
    });
  });
  // "Back to top" appears and hides as the page scrolls; Material blurs it when it hides, so the
  // focus of a keyboard user who had tabbed onto it falls back to the start of the page. Out of
  // the Tab order for good (Material gives it back its tabindex each time it shows); keyboard
  // users have the Home key, and the button stays for touch and mouse.
  var backToTop = document.querySelector(".md-top");
  if (backToTop) {
    var keepOut = function () {
      if (backToTop.getAttribute("tabindex") !== "-1") backToTop.setAttribute("tabindex", "-1");
    };
    keepOut();
    new MutationObserver(keepOut).observe(backToTop, { attributes: true, attributeFilter: ["tabindex"] });
  }
  // Escape closes an open menu and returns to its button.
  document.addEventListener("keydown", function (event) {
    var drawer = document.getElementById("__drawer");
    if (event.key === "Escape" && drawer && drawer.checked) {
      drawer.click();
      var button = document.querySelector('label.md-header__button[for="__drawer"]');
      if (button) button.focus();
    }
  });
})();
