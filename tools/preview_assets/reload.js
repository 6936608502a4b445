// The devserver's live reload (tools/devserver.py adds this script to the pages it
// serves, never to built files): reload when a build newer than this page finished.
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = script && script.getAttribute("data-devserver-build");
  if (!shown || !window.EventSource) {
    return;
  }
  var events = new EventSource("/__devserver/events");
  events.addEventListener("build", function (event) {
    var build = String(JSON.parse(event.data).build);
    if (build !== shown) {
      events.close();
      window.location.reload();
    }
  });
})();
