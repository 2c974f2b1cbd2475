// wagtail-localize's translation editor draws itself in the browser. Two parts of it cannot be set
// from its data: a footer whose Stop sync button it always draws, and a heading built in English
// ("English to Spanish translation"). People who may not use that footer have ours instead, so
// theirs is taken out of the page once drawn; the heading is given in the admin's language.
(function () {
  const script = document.currentScript;

  function amendTranslationEditor() {
    const editor = document.querySelector(".js-translation-editor");
    if (!editor || !editor.dataset.props) {
      return;
    }
    const props = JSON.parse(editor.dataset.props);
    const englishHeading = `${props.sourceLocale.displayName} to ${props.locale.displayName} translation`;
    const heading = script.dataset.heading;
    const leaveOutFooter = script.dataset.leaveOutFooter === "true";

    function amend() {
      editor.querySelectorAll("h3").forEach((h3) => {
        // Only when it differs: writing the same text is itself a change the observer sees.
        if (h3.textContent === englishHeading && heading !== englishHeading) {
          h3.textContent = heading;
        }
      });
      if (leaveOutFooter) {
        editor.querySelectorAll("footer.footer").forEach((footer) => footer.remove());
      }
    }

    new MutationObserver(amend).observe(editor, { childList: true, subtree: true });
    amend();
  }

  // The editor's script draws it once the document is parsed.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", amendTranslationEditor);
  } else {
    amendTranslationEditor();
  }
})();
