// Until the app replaces it, the page's frame (in index.html) says it is
// loading. If the app cannot start (a file blocked or missing, a failed
// integrity check, a browser without WebAssembly, an error before it ran),
// the frame says so at once. A browser too old to run the app's modules at
// all gets the same words from the frame's CSS after a while.
// A classic script, first in the page (deferred, so it never holds up the
// first paint), so it runs even where modules do not.
(function () {
  function fail(event) {
    var frame = document.getElementById("app-frame");
    // Icons failing to load stop nothing.
    if (!frame || (event && event.target && event.target.tagName === "IMG")) return;
    if (frame.className.indexOf("app-frame--failed") < 0) frame.className += " app-frame--failed";
  }
  // Capturing: a script or preload that fails to load does not bubble.
  window.addEventListener("error", fail, true);
  window.addEventListener("unhandledrejection", fail);
  if (typeof WebAssembly !== "object") document.addEventListener("DOMContentLoaded", fail);
})();
