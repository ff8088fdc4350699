(function () {
  "use strict";

  // Year slider: one map at a time. Without this script every map is listed.
  var list = document.getElementById("maps");
  var controls = document.getElementById("controls");
  var slider = document.getElementById("year");
  var shown = document.getElementById("year-now");
  var prev = document.getElementById("prev");
  var next = document.getElementById("next");
  var maps = list ? Array.prototype.slice.call(list.querySelectorAll(".map")) : [];
  var current = -1;

  function indexOf(test) {
    for (var k = 0; k < maps.length; k++) {
      if (test(maps[k])) {
        return k;
      }
    }
    return -1;
  }

  function show(k, keepHash) {
    if (k < 0 || k >= maps.length || k === current) {
      return;
    }
    current = k;
    for (var j = 0; j < maps.length; j++) {
      maps[j].hidden = j !== k;
    }
    var map = maps[k];
    var year = map.getAttribute("data-year");
    slider.value = year;
    slider.setAttribute("aria-valuetext", map.getAttribute("data-label"));
    shown.textContent = year;
    prev.setAttribute("aria-disabled", String(k === 0));
    next.setAttribute("aria-disabled", String(k === maps.length - 1));
    if (!keepHash && window.history && history.replaceState) {
      try {
        history.replaceState(null, "", "#" + map.id);
      } catch (e) {
        // Some browsers refuse to change the address of a local file; it only matters
        // for links to a year.
      }
    }
  }

  function showHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var k = indexOf(function (m) { return m.id === id; });
    if (k >= 0) {
      show(k, true);
    }
    return k >= 0;
  }

  if (maps.length > 0 && slider && controls) {
    controls.hidden = false;
    Array.prototype.forEach.call(document.querySelectorAll(".js-only"), function (e) {
      e.hidden = false;
    });
    if (!showHash()) {
      show(0, true);
    }
    var follow = function () {
      show(indexOf(function (m) { return m.getAttribute("data-year") === slider.value; }));
    };
    slider.addEventListener("input", follow);
    slider.addEventListener("change", follow);
    prev.addEventListener("click", function () {
      show(current - 1);
    });
    next.addEventListener("click", function () {
      show(current + 1);
    });
    window.addEventListener("hashchange", showHash);
  }

  // Copy buttons: the clipboard API where the page may use it, else select and copy.
  var toast = document.getElementById("toast");
  var timer = 0;

  function say(text) {
    if (!toast) {
      return;
    }
    toast.textContent = text;
    toast.classList.add("show");
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      toast.classList.remove("show");
    }, 2200);
  }

  function done(button, ok) {
    button.textContent = ok ? "{{copied}}" : "{{selected}}";
    say(ok ? "{{copied-toast}}" : "{{selected-toast}}");
    window.setTimeout(function () {
      button.textContent = "{{copy}}";
    }, 2200);
  }

  function selectAndCopy(area, button) {
    area.focus();
    area.select();
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    done(button, ok);
  }

  var buttons = document.querySelectorAll("button[data-copy]");
  Array.prototype.forEach.call(buttons, function (button) {
    var area = document.getElementById(button.getAttribute("data-copy"));
    if (!area) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var clip = navigator.clipboard;
      if (clip && clip.writeText && window.isSecureContext) {
        clip.writeText(area.value).then(
          function () { done(button, true); },
          function () { selectAndCopy(area, button); }
        );
      } else {
        selectAndCopy(area, button);
      }
    });
  });
})();
