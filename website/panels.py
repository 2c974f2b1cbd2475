"""Panels shared by the page editors."""

from django.urls import reverse
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import HelpPanel

from .guides import GUIDES


def _guide_note(guide):
    return format_html(
        "<p>{} <a href='{}' target='_blank' rel='noopener'>{}</a></p>",
        _("Step by step: what to fill in, how to submit it for review and what happens next."),
        reverse("guides:guide", args=[guide]),
        _("Read the staff guide"),
    )


def guide_panel(guide):
    """A short note at the top of a page editor pointing at the staff guide for it."""
    if guide not in GUIDES:
        raise ValueError(f"No staff guide called {guide!r}; the guides are {', '.join(GUIDES)}.")
    # Built when the editor is shown, in the editor's language.
    return HelpPanel(content=lazy(_guide_note, str)(guide), heading=_("Staff guide"))
