// Runs the functions that Kratos's own script (webauthn.js) defines, for the buttons and page
// loads Kratos asks for. Inline event handlers are not allowed by the Content-Security-Policy,
// so the function names travel in data attributes instead.
(function () {
  "use strict";

  function call(name) {
    var fn = window[name];
    if (typeof fn === "function") {
      fn();
      return true;
    }
    return false;
  }

  // Kratos's script loads asynchronously: retry for a few seconds until it has defined `name`.
  function callWhenDefined(name, attempts) {
    if (!call(name) && attempts > 0) {
      setTimeout(function () { callWhenDefined(name, attempts - 1); }, 100);
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-ory-trigger]");
    if (button) {
      event.preventDefault();
      callWhenDefined(button.getAttribute("data-ory-trigger"), 30);
    }
  });

  window.addEventListener("load", function () {
    document.querySelectorAll("form").forEach(function (form) {
      Array.prototype.forEach.call(form.attributes, function (attribute) {
        if (attribute.name.indexOf("data-ory-onload-") === 0) {
          callWhenDefined(attribute.value, 30);
        }
      });
    });
  });
})();
