// Starts the dashboard. A file of its own rather than Trunk's inline start-up script, so the
// site runs under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
// Trunk writes the hashed file names into this script element's data attributes.
const start = document.getElementById('ndbg-start');

// The report and the collection index start downloading now, beside the wasm, rather than
// after it has started: on a slow network that saves a round trip before the first chart.
// The app's own fetches then take these responses. (Defaults as in src/ui/app.rs.)
const query = new URLSearchParams(location.search);
const fetchesReport = !document.querySelector('meta[name="ndbg-early-fetch"][content="none"]');
if (fetchesReport && !query.has('import') && !query.has('compare')) {
  // As the app reads them: the last of repeated keys counts.
  const last = (key) => query.getAll(key).pop();
  const early = [last('report') || 'reports/dongguan-hr-2015.json', last('collection') || 'reports/index.json'];
  for (const href of early) {
    // Only what the app itself would fetch: paths on this site and http(s) addresses.
    if ((!/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^[/\\]{2}/.test(href)) || /^https?:/i.test(href)) {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.append(link);
    }
  }
}

try {
  const { default: init } = await import(start.dataset.js);
  const wasm = await init({ module_or_path: start.dataset.wasm });
  // For the benchmark (bench/run.mjs): how much memory the module holds.
  start.wasmMemoryBytes = () => wasm.memory.buffer.byteLength;
} catch (error) {
  // No blank page, and no prerendered copy whose controls cannot work: say what happened,
  // as text, at the top.
  document.getElementById('ndbg-prerendered')?.remove();
  document.getElementById('ndbg-starting')?.remove();
  document.documentElement.classList.remove('ndbg-prerendered');
  // Nor a tab named after the copy's report (first-view.js).
  const title = document.documentElement.getAttribute('data-ndbg-title');
  if (title !== null) document.title = title;
  const message = document.createElement('p');
  message.className = 'start-error';
  message.setAttribute('role', 'alert');
  message.textContent =
    '看板未能启动，请刷新页面或更换浏览器后重试。The dashboard could not start; reload the page or try another browser. (' +
    String(error && error.message ? error.message : error) + ')';
  document.body.prepend(message);
}
