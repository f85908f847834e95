// Starts the dashboard. A file of its own rather than Trunk's inline start-up script, so the
// site runs under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
// Trunk writes the hashed file names into this script element's data attributes.
const start = document.getElementById('ndbg-start');

try {
  const { default: init } = await import(start.dataset.js);
  const wasm = await init({ module_or_path: start.dataset.wasm });
  // For the benchmark (bench/run.mjs): how much memory the module holds.
  start.wasmMemoryBytes = () => wasm.memory.buffer.byteLength;
} catch (error) {
  // No blank page: say what happened, as text.
  const message = document.createElement('p');
  message.className = 'start-error';
  message.setAttribute('role', 'alert');
  message.textContent =
    '看板未能启动，请刷新页面或更换浏览器后重试。The dashboard could not start; reload the page or try another browser. (' +
    String(error && error.message ? error.message : error) + ')';
  document.body.append(message);
}
