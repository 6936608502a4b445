// The site root is a plain list of languages; with JavaScript, a first-time visitor
// whose browser prefers one of them goes straight there. Without it, nothing breaks.
(function () {
  "use strict";
  var links = document.querySelectorAll(".language-list a[hreflang]");
  var wanted = (navigator.languages || [navigator.language || ""]).map(function (code) {
    return code.toLowerCase();
  });

  function code(link) {
    return link.getAttribute("hreflang").toLowerCase();
  }

  // The site language a browser tag asks for: the same tag or one it narrows
  // ("sr-latn-rs" is sr-Latn), else the first with its language ("sr-rs" and "sr"
  // are Serbian without a script: Cyrillic, listed first).
  function matching(tag) {
    var i;
    for (i = 0; i < links.length; i++) {
      if (tag === code(links[i]) || tag.indexOf(code(links[i]) + "-") === 0) {
        return links[i];
      }
    }
    for (i = 0; i < links.length; i++) {
      if (tag.split("-")[0] === code(links[i]).split("-")[0]) {
        return links[i];
      }
    }
    return null;
  }

  for (var i = 0; i < wanted.length; i++) {
    var link = matching(wanted[i]);
    if (link) {
      if (document.referrer.indexOf(location.host) === -1) {
        location.replace(link.href);
      }
      return;
    }
  }
})();
