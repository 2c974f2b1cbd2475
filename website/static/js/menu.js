// The phone menu: without this file the "Menu" link opens it through #site-menu (:target);
// with it, a real button toggles the menu in place and says whether it is open.
(function () {
    "use strict";
    var link = document.querySelector("[data-menu-button]");
    var menu = document.getElementById("site-menu");
    if (!link || !menu) {
        return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.innerHTML = link.innerHTML;
    button.setAttribute("aria-controls", "site-menu");
    button.setAttribute("aria-expanded", "false");
    link.replaceWith(button);

    var close = menu.querySelector("[data-menu-close]");
    if (close) {
        close.hidden = true;
    }
    document.documentElement.classList.add("has-menu-script");

    function setOpen(open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        menu.classList.toggle("is-open", open);
    }

    button.addEventListener("click", function () {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && menu.classList.contains("is-open")) {
            setOpen(false);
            button.focus();
        }
    });
})();
