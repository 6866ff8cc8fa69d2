/// The site's one script (`assets/site.js`): shows the filter form of a home page and filters its list with the
/// search index embedded in the page. No framework and nothing fetched: it works from `file://`.
enum SiteScript {
    static let text = #"""
        // ecolearn site: filters and search on a home page. Without this script the page lists every lesson.
        (function () {
          "use strict";
          var form = document.getElementById("filters");
          var data = document.getElementById("search-index");
          var list = document.getElementById("units");
          var count = document.getElementById("count");
          if (!form || !data || !list || !count) { return; }
          var index = JSON.parse(data.textContent);
          var items = {};
          Array.prototype.forEach.call(list.children, function (item) { items[item.getAttribute("data-unit")] = item; });
          function fold(text) {
            return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\u0131/g, "i");
          }
          function value(id) { return document.getElementById(id).value; }
          function matches(unit, words, filter) {
            if (filter.topic && unit.topics.indexOf(filter.topic) < 0) { return false; }
            if (filter.audience && unit.audiences.indexOf(filter.audience) < 0) { return false; }
            if (filter.language && unit.languages.indexOf(filter.language) < 0) { return false; }
            if (filter.minutes && unit.minutes > filter.minutes) { return false; }
            if (filter.age && (!unit.ages || filter.age < unit.ages[0] || filter.age > unit.ages[1])) { return false; }
            for (var i = 0; i < words.length; i++) {
              if (unit.text.indexOf(words[i]) < 0) { return false; }
            }
            return true;
          }
          function apply() {
            var words = fold(value("q")).split(/[^\p{L}\p{N}]+/u).filter(function (word) { return word.length > 0; });
            var filter = {
              topic: value("topic"), audience: value("audience"), language: value("language"),
              minutes: parseInt(value("minutes"), 10) || 0, age: parseInt(value("age"), 10) || 0
            };
            var shown = 0;
            index.units.forEach(function (unit) {
              var item = items[unit.id];
              if (!item) { return; }
              var show = matches(unit, words, filter);
              item.hidden = !show;
              if (show) { shown += 1; }
            });
            count.textContent = shown === 0 ? index.none
              : index.found.replace("%1", String(shown)).replace("%2", String(index.units.length));
          }
          form.hidden = false;
          form.addEventListener("input", apply);
          form.addEventListener("change", apply);
          form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
          form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
          apply();
        }());

        """#
}
