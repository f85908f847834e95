// Resizes dashboard iframes to fit their content: the listener of docs/embedding.md.
// It accepts height messages only from the dashboard's origin and only for its own frames.
(function () {
  // Where the dashboard is served from; this demo is served beside it.
  var DASHBOARD_ORIGIN = window.location.origin;
  window.addEventListener('message', function (event) {
    if (event.origin !== DASHBOARD_ORIGIN) return;
    var data = event.data;
    if (!data || data.type !== 'ndbg:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe.ndbg-embed');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(data.height) + 'px';
      }
    }
  });
})();
