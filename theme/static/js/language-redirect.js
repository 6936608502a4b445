// The site root is a plain list of languages; with JavaScript, a first-time visitor
// whose browser prefers one of them goes straight there. Without it, nothing breaks.
(function () {
  "use strict";
  var links = document.querySelectorAll(".language-list a[hreflang]");
  var wanted = (navigator.languages || [navigator.language || ""]).map(function (code) {
    return code.toLowerCase();
  });
  for (var i = 0; i < wanted.length; i++) {
    for (var j = 0; j < links.length; j++) {
      var code = links[j].getAttribute("hreflang").toLowerCase();
      if (wanted[i] === code || wanted[i].split("-")[0] === code.split("-")[0]) {
        // Serbian without a script subtag prefers Cyrillic, listed first.
        if (document.referrer.indexOf(location.host) === -1) {
          location.replace(links[j].href);
        }
        return;
      }
    }
  }
})();
