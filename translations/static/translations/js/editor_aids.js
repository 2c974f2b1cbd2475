/* Beside each piece of text in wagtail-localize's translation editor: the glossary terms it
   contains (flagged when the Spanish does not use them) and Spanish from approved translations,
   which the translator may take with one click. The data comes with the editor's own
   (translations/editor_aids.py); the words, from the page (#editor-aids-labels). */
(function () {
  "use strict";

  // Started once the page has loaded: the editor replaces its element as it starts.
  function start() {
    const root = document.querySelector(".js-translation-editor");
    const labelsElement = document.getElementById("editor-aids-labels");
    if (!root || !labelsElement) {
      return;
    }
    const labels = JSON.parse(labelsElement.textContent);
    const props = JSON.parse(root.dataset.props);
    const segments = props.segments.filter(function (segment) {
      return segment.type === "string" &&
        ((segment.glossary || []).length || (segment.memory || []).length);
    });
    if (!segments.length) {
      return;
    }

    function normal(text) {
      return text.replace(/\s+/g, " ").trim();
    }

    function plain(html) {
      // Parsed as an inert document: nothing in it loads or runs.
      return normal(new DOMParser().parseFromString(html, "text/html").body.textContent);
    }

    function element(tag, className, text) {
      const node = document.createElement(tag);
      if (className) {
        node.className = className;
      }
      if (text) {
        node.textContent = text;
      }
      return node;
    }

    function glossaryList(terms) {
      const list = element("ul", "editor-aids__terms");
      terms.forEach(function (term) {
        const item = element("li", "editor-aids__term");
        item.append(element("span", "", term.english + " → "));
        item.append(element("strong", "", term.spanish));
        item.lastChild.lang = props.locale.code;
        if (term.doNotTranslate) {
          item.append(element("span", "", " (" + labels.doNotTranslate + ")"));
        }
        if (term.note) {
          item.append(element("span", "editor-aids__note", " " + term.note));
        }
        if (term.kept === false) {
          item.classList.add("editor-aids__term--dropped");
          item.append(element("span", "editor-aids__flag", " " + labels.dropped));
        }
        list.append(item);
      });
      return list;
    }

    function accept(segment, suggestion, button) {
      const body = new FormData();
      body.append("value", suggestion.spanish);
      button.disabled = true;
      fetch(segment.editUrl, {
        method: "PUT",
        body: body,
        credentials: "same-origin",
        // Any of the page's forms carries the token (the editor's own is gone once it starts).
        headers: {
          "X-CSRFToken": document.querySelector("input[name=csrfmiddlewaretoken]").value,
        },
      }).then(function (response) {
        if (response.ok) {
          // The editor reads its translations when the page loads: reload it to show this one.
          window.location.reload();
        } else {
          button.disabled = false;
          button.after(element("span", "editor-aids__flag", " " + labels.notSaved));
        }
      });
    }

    function memoryList(segment) {
      const list = element("ul", "editor-aids__memory");
      segment.memory.forEach(function (suggestion) {
        const item = element("li", "editor-aids__suggestion");
        const spanish = element("q", "", plain(suggestion.spanish));
        spanish.lang = props.locale.code;
        item.append(spanish);
        item.append(element("span", "editor-aids__origin", " " + suggestion.origin + " "));
        const button = element("button", "button button-small button-secondary", labels.use);
        button.type = "button";
        button.addEventListener("click", function () {
          accept(segment, suggestion, button);
        });
        item.append(button);
        list.append(item);
      });
      return list;
    }

    function panel(segment) {
      const box = element("div", "editor-aids");
      box.dataset.aidsSegment = segment.id;
      if ((segment.glossary || []).length) {
        box.append(element("p", "editor-aids__heading", labels.glossary));
        box.append(glossaryList(segment.glossary));
      }
      if ((segment.memory || []).length) {
        box.append(element("p", "editor-aids__heading", labels.memory));
        box.append(memoryList(segment));
      }
      return box;
    }

    function sourceMatches(item, segment) {
      const wanted = [normal(segment.source), plain(segment.source)];
      return Array.prototype.some.call(item.children, function (child) {
        return wanted.indexOf(normal(child.textContent)) !== -1;
      });
    }

    function decorate() {
      // Looked up each time: the editor's element may be replaced when the editor starts.
      const editor = document.querySelector(".js-translation-editor") || root;
      const items = Array.prototype.slice.call(
        editor.querySelectorAll("li.complete, li.incomplete, li.errored"),
      );
      const used = new Set();
      segments.forEach(function (segment) {
        const item = items.find(function (candidate) {
          return !used.has(candidate) && sourceMatches(candidate, segment);
        });
        if (!item) {
          return;
        }
        used.add(item);
        if (!item.querySelector("[data-aids-segment='" + segment.id + "']")) {
          item.append(panel(segment));
        }
      });
    }

    // At most one pass every 50 ms however often the editor redraws: waiting for it to settle
    // could wait for ever, as parts of it keep changing.
    let pending = null;
    new MutationObserver(function () {
      if (pending === null) {
        pending = window.setTimeout(function () {
          pending = null;
          decorate();
        }, 50);
      }
    }).observe(document.body, { childList: true, subtree: true });
    decorate();
  }

  if (document.readyState === "complete") {
    start();
  } else {
    window.addEventListener("load", start);
  }
})();
