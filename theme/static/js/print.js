// The print version is ready to print as it is; with JavaScript it also offers a
// button that opens the browser's print dialogue.
(function () {
  "use strict";
  var actions = document.querySelector(".print-actions");
  var button = document.querySelector("[data-print]");
  if (!actions || !button) {
    return;
  }
  actions.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
})();
