// Decides, before the first paint, whether the prerendered first view may be shown.
// scripts/prerender.mjs copies the default report's page, as the app draws it in Chinese
// in the light theme at a phone's width, into dist/index.html (#ndbg-prerendered, hidden)
// and names the report it shows in <meta name="ndbg-prerendered-report">. The copy is
// shown only for the address and settings it was made for, so a visitor never sees one
// report's figures while the app loads another, and only where the app can start; the app
// then takes over from it (src/ui/prerendered.rs). A classic script, not a module, so it
// runs before the body is drawn; it is fetched beside the style sheet, which also holds
// the first paint.
(function () {
  var meta = document.querySelector('meta[name="ndbg-prerendered-report"]');
  if (!meta || !window.URLSearchParams || typeof WebAssembly !== 'object' ||
      !('noModule' in HTMLScriptElement.prototype)) return;
  var report = meta.getAttribute('content');
  var query = new URLSearchParams(location.search);
  var asMade = true;
  query.forEach(function (value, key) {
    var same = (key === 'lang' && value === 'zh') ||
      (key === 'theme' && (value === 'light' || value === 'auto')) ||
      (key === 'report' && value === report) ||
      (key === 'collection' && value === 'reports/index.json');
    if (!same) asMade = false;
  });
  // As the app reads them: the last of repeated keys counts.
  var theme = query.getAll('theme').pop();
  var dark = theme !== 'light' && window.matchMedia &&
    window.matchMedia('(prefers-color-scheme: dark)').matches;
  // The copy was laid out 412 px wide: shown on phones, where the app's page looks the same.
  var phone = window.innerWidth >= 360 && window.innerWidth <= 480;
  if (asMade && !dark && phone) document.documentElement.classList.add('ndbg-prerendered');
})();
