// Decides, before the first paint, whether a prerendered copy of the page may be shown.
// scripts/prerender.mjs copies each bundled report's page, as the app draws it at a phone's
// width, in Chinese and in English, light and dark: the default report's light Chinese page
// into dist/index.html (#ndbg-prerendered, hidden), named in
// <meta name="ndbg-prerendered-report">; the other pages into files of their own, listed in
// <meta name="ndbg-prerendered-copies"> as "report=file ..." (Chinese), "en:report=file ..."
// (English), "dark:report=file ..." and "en:dark:report=file ..." (the dark theme). A copy is
// shown only for the address and settings it was made for, so a visitor never sees one
// report's figures while the app loads another, and only where the app can start; the app
// then takes over from it (src/ui/prerendered.rs). A classic script,
// not a module, so it runs before the body is drawn; placed before the style sheet, it runs
// as soon as it has arrived (a script after a style sheet waits for it), and another
// report's copy is asked for sooner.
(function () {
  var meta = document.querySelector('meta[name="ndbg-prerendered-report"]');
  // A copy is inert (its buttons work once the app has taken over): not shown where the
  // browser cannot make it so.
  if (!meta || !window.URLSearchParams || typeof WebAssembly !== 'object' ||
      !('noModule' in HTMLScriptElement.prototype) || !('inert' in HTMLElement.prototype)) return;
  var inPage = meta.getAttribute('content');
  var files = {};
  var listed = document.querySelector('meta[name="ndbg-prerendered-copies"]');
  (listed ? listed.getAttribute('content').split(' ') : []).forEach(function (entry) {
    var at = entry.indexOf('=');
    if (at > 0) files[entry.slice(0, at)] = entry.slice(at + 1);
  });
  var query = new URLSearchParams(location.search);
  // As the app reads them: the last of repeated keys counts.
  var report = query.getAll('report').pop() || inPage;
  // Only a report's own path, as the build lists them: never a listing's key ("en:…").
  if (!/^reports\/[\w.-]+\.json$/.test(report)) return;
  // The copies are in the languages the address names as "zh" (or none) and "en", and in
  // the light and the dark theme ("auto" follows the system's, as the app does); any other
  // spelling the app would accept (lang=EN, zh-CN) gets no copy.
  var lang = query.getAll('lang').pop() || 'zh';
  var theme = query.getAll('theme').pop() || 'auto';
  if ((lang !== 'zh' && lang !== 'en') || (theme !== 'light' && theme !== 'dark' && theme !== 'auto')) return;
  var dark = theme === 'dark' || (theme === 'auto' && !!window.matchMedia &&
    window.matchMedia('(prefers-color-scheme: dark)').matches);
  var key = (lang === 'en' ? 'en:' : '') + (dark ? 'dark:' : '') + report;
  var file = key === inPage ? null : files.hasOwnProperty(key) ? files[key] : undefined;
  if (file === undefined) return;
  var asMade = true;
  query.forEach(function (value, name) {
    var same = (name === 'lang' && value === lang) ||
      (name === 'theme' && value === theme) ||
      (name === 'report' && value === report) ||
      (name === 'collection' && value === 'reports/index.json');
    if (!same) asMade = false;
  });
  // The copies were laid out 412 px wide: shown on phones, where the app's page looks the same.
  var phone = window.innerWidth >= 360 && window.innerWidth <= 480;
  if (!asMade || !phone) return;
  if (file === null) {
    document.documentElement.classList.add('ndbg-prerendered');
    document.addEventListener('DOMContentLoaded', function () {
      var holder = document.getElementById('ndbg-prerendered');
      if (holder) nameTheTab(holder);
    });
    return;
  }
  // Another bundled report, or any in English or dark: its copy is fetched now, beside the
  // wasm. The file is the one the build listed for the page, never a name taken from the
  // address. It replaces the default report's copy only if the app has not started yet: the
  // app removes a copy that is not shown when it starts, and builds its own page at once.
  if (!/^prerendered\/[\w.-]+\.html$/.test(file)) return;
  // Dark from the first paint, while the copy is on its way (the app sets the same).
  if (dark) document.documentElement.setAttribute('data-theme', 'dark');
  fetch(file, { priority: 'high' }).then(function (response) {
    return response.ok ? response.text() : null;
  }).then(function (copy) {
    // A copy names its report on its first line: a host that answers a missing file with
    // another page (its index.html, an error page) gets nothing shown.
    var first = '<!--ndbg-copy ' + key + '-->\n';
    if (copy === null || copy.slice(0, first.length) !== first) return;
    var show = function () {
      var holder = document.getElementById('ndbg-prerendered');
      if (!holder) return;
      // The page's language is the copy's (the app sets it too, once started): screen
      // readers read an English copy as English.
      if (lang === 'en') document.documentElement.lang = 'en';
      showInFrames(holder, copy.slice(first.length));
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
    else show();
  }).catch(function () {});

  // The tab's title as the app writes it ("report · site"), from the copy's own text, so the
  // tab, the history and a screen reader name the report before the app starts (which
  // writes the same, and every later change). Text, never markup.
  function nameTheTab(copy) {
    var title = copy.querySelector('.report-title');
    var site = copy.querySelector('.site-name');
    if (!title || !site) return;
    // The page's own title, for start.js to put back if the app cannot start.
    document.documentElement.setAttribute('data-ndbg-title', document.title);
    document.title = title.textContent + ' · ' + site.textContent;
  }

  // The copy goes in a piece per frame, top first, so that laying out a whole report (and
  // drawing its charts), which the default report's copy does while the page is parsed, is
  // not one long task that holds up a tap. Each piece is up to PIECE characters of the copy
  // (the first, FIRST_PIECE); an element larger than PIECE goes in as an empty shell, its
  // children after it.
  function showInFrames(holder, copy) {
    var PIECE = 1500;
    // The first piece is the site's header without the report's (about 830 and 660
    // characters): the first text of each size sets up that size's fonts, and the two
    // headers together were a long task.
    var FIRST_PIECE = 1100;
    var template = document.createElement('template');
    // The app's own page, as scripts/prerender.mjs took it and checked it (nothing in it can
    // run or load): the report's words in it are text, escaped as the app wrote them.
    template.innerHTML = copy;
    // Nor may it bring the page's own parts a second time.
    if (template.content.querySelector('#ndbg-app, #ndbg-prerendered, #ndbg-starting, script, link, meta, base, iframe, object, embed')) return;
    nameTheTab(template.content);
    var steps = [];
    var split = function (into, node) {
      var size = node.nodeType === 1 ? node.outerHTML.length : (node.textContent || '').length;
      if (size > PIECE && node.firstChild) {
        var shell = node.cloneNode(false);
        steps.push({ into: into, node: shell, size: 0 });
        Array.prototype.slice.call(node.childNodes).forEach(function (child) { split(shell, child); });
      } else {
        steps.push({ into: into, node: node, size: size });
      }
    };
    Array.prototype.slice.call(template.content.childNodes).forEach(function (node) { split(holder, node); });
    holder.textContent = '';
    var next = 0;
    var piece = function () {
      // The app has started and taken the copy away.
      if (!holder.isConnected) return;
      var size = 0;
      var budget = next === 0 ? FIRST_PIECE : PIECE;
      while (next < steps.length && (size === 0 || size + steps[next].size <= budget)) {
        steps[next].into.appendChild(steps[next].node);
        size += steps[next].size;
        next += 1;
      }
      document.documentElement.classList.add('ndbg-prerendered');
      if (next < steps.length) requestAnimationFrame(piece);
    };
    requestAnimationFrame(piece);
  }
})();
