// ActorGraph additions to the Fuseki UI (GPL-3.0-or-later).
// On a read-only server the UI's dataset management, upload and edit pages can only fail, so their links and buttons
// are hidden and a page reached by its address says why instead of failing with a script error.
(function () {
  'use strict';
  var server = window.actorgraphServer || {};
  var blocked = server.readOnly ? /^#\/(manage|dataset\/[^/?]+\/(upload|edit))/ : /^#\/manage/;

  var style = document.createElement('style');
  style.textContent = server.readOnly
    ? 'a[href^="#/manage"], a[href$="/upload"], a[href$="/edit"], .dataset-remove, .dataset-backup, '
      + 'button:has(svg[data-icon="upload"]), button:has(svg[data-icon="edit"]), '
      + 'button:has(svg[data-icon="pen-to-square"]) { display: none !important; }'
    : 'a[href^="#/manage"], .dataset-remove, .dataset-backup { display: none !important; }';
  document.head.appendChild(style);

  function bar() {
    var el = document.getElementById('actorgraph-bar');
    if (!el) {
      el = document.createElement('div');
      el.id = 'actorgraph-bar';
      el.setAttribute('role', 'note');
      el.style.cssText = 'padding:6px 12px;background:#eef3f8;border-bottom:1px solid #c8d6e5;font:14px sans-serif';
      document.body.insertBefore(el, document.body.firstChild);
    }
    return el;
  }

  function update() {
    var el = bar();
    var home = '<a href="/start">ActorGraph start page</a>: the ag: prefixes and the prepared queries, '
      + 'each one opens in this query editor.';
    if (blocked.test(location.hash)) {
      el.id = 'actorgraph-bar';
      el.className = 'actorgraph-read-only';
      el.innerHTML = '<strong>' + server.message + '</strong> '
        + '<a href="#/dataset/' + server.dataset + '/query">Back to the query editor</a>. ' + home;
      var app = document.getElementById('app');
      if (app) app.style.display = 'none';
    } else {
      el.className = '';
      el.innerHTML = home;
      var app2 = document.getElementById('app');
      if (app2) app2.style.display = '';
    }
  }

  window.addEventListener('hashchange', update);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', update);
  } else {
    update();
  }
})();
