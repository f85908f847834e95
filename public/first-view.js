// Decides, before the first paint, whether the prerendered first view may be shown.
// scripts/prerender.mjs copies the default report's page, as the app draws it in Chinese
// in the light theme, into dist/index.html (#ndbg-prerendered, hidden by the style sheet).
// It is shown only for the address and settings it was made for, so a visitor never sees
// one report's figures while the app loads another; the app then takes over from it
// (src/ui/prerendered.rs). A classic script, not a module, so it runs before the body is
// drawn; it is fetched beside the style sheet, which also holds the first paint.
(function () {
  var query = new URLSearchParams(location.search);
  var asMade = true;
  query.forEach(function (value, key) {
    var same = (key === 'lang' && value === 'zh') ||
      (key === 'theme' && (value === 'light' || value === 'auto')) ||
      (key === 'report' && value === 'reports/dongguan-hr-2015.json') ||
      (key === 'collection' && value === 'reports/index.json');
    if (!same) asMade = false;
  });
  var dark = query.get('theme') !== 'light' && window.matchMedia &&
    window.matchMedia('(prefers-color-scheme: dark)').matches;
  if (asMade && !dark) document.documentElement.classList.add('ndbg-prerendered');
})();
