"""The staff guides (docs/staff/*.md), shown inside the admin so staff never leave it to read one.

The guides use a little Markdown: headings, paragraphs, lists, **bold**, `labels` and links to
one another. That much is turned into HTML here rather than adding a Markdown library.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.urls import reverse, reverse_lazy
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

# The staff guides, docs/staff/<name>.md, in the order the admin lists them.
GUIDES = (
    "writing",
    "news-item",
    "webinar",
    "media-appearance",
    "research-summary",
    "resource",
    "form-page",
    "reviewing",
    "health-information",
    "scheduling",
    "translating",
    "site-wide",
)
GUIDES_DIR = Path(settings.BASE_DIR) / "docs" / "staff"

HEADING = re.compile(r"(#{1,4})\s+(.*)")
LIST_ITEM = re.compile(r"(?:(?P<bullet>[-*])|\d+\.)\s+(?P<text>.*)")
INLINE = re.compile(r"\*\*(?P<bold>.+?)\*\*|`(?P<code>.+?)`|\[(?P<label>.+?)\]\((?P<href>.+?)\)")


@dataclass(frozen=True)
class Guide:
    name: str
    title: str
    html: str


def guide_path(name):
    """docs/staff/<language>/<name>.md in the admin's language when it exists, else English."""
    language = get_language() or settings.LANGUAGE_CODE
    translated = GUIDES_DIR / language / f"{name}.md"
    if language != "en" and translated.is_file():
        return translated
    return GUIDES_DIR / f"{name}.md"


def get_guide(name):
    if name not in GUIDES:
        return None
    path = guide_path(name)
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8").strip()
    first_line, _newline, body = text.partition("\n")
    heading = HEADING.fullmatch(first_line.strip())
    if heading is None:
        return Guide(name, name, render(text))
    return Guide(name, heading[2], render(body))


def render(text):
    """HTML for the guides' Markdown; everything else in the text shows as it is written."""
    html, paragraph, items, list_tag = [], [], [], None

    def close_paragraph():
        if paragraph:
            html.append(f"<p>{_inline(' '.join(paragraph))}</p>")
            paragraph.clear()

    def close_list():
        if items:
            entries = "".join(f"<li>{_inline(item)}</li>" for item in items)
            html.append(f"<{list_tag}>{entries}</{list_tag}>")
            items.clear()

    for line in text.splitlines():
        stripped = line.strip()
        heading = HEADING.fullmatch(stripped)
        item = LIST_ITEM.fullmatch(stripped)
        if not stripped:
            close_paragraph()
            close_list()
        elif heading:
            close_paragraph()
            close_list()
            # The admin's h1 names the page and the guide's title is an h2: sections start at h3.
            level = min(len(heading[1]) + 1, 6)
            html.append(f"<h{level}>{_inline(heading[2])}</h{level}>")
        elif item:
            close_paragraph()
            tag = "ul" if item["bullet"] else "ol"
            if tag != list_tag:
                close_list()
                list_tag = tag
            items.append(item["text"])
        elif items and line.startswith(" "):
            items[-1] += " " + stripped
        else:
            close_list()
            paragraph.append(stripped)
    close_paragraph()
    close_list()
    return mark_safe("\n".join(html))  # noqa: S308 - every piece of text was escaped by _inline


def _inline(text):
    def replace(match):
        if match["bold"]:
            return f"<strong>{match['bold']}</strong>"
        if match["code"]:
            return f"<code>{match['code']}</code>"
        url = _link(match["href"])
        label = mark_safe(match["label"])  # noqa: S308 - already escaped
        return format_html('<a href="{}">{}</a>', url, label) if url else label

    return INLINE.sub(replace, escape(text))


def _link(href):
    # Guides link to one another by file name, as they do when read on GitHub.
    name = href.removesuffix(".md")
    if name in GUIDES:
        return reverse("guides:guide", args=[name])
    if href.startswith(("https://", "http://")):
        return href
    return None


class GuideIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "website/guide_index.html"
    page_title = _("Staff guides")
    header_icon = "help"

    def get_context_data(self, **kwargs):
        guides = [guide for guide in map(get_guide, GUIDES) if guide is not None]
        return super().get_context_data(guides=guides, **kwargs)


class GuideView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "website/guide.html"
    header_icon = "help"

    def get(self, request, *args, name, **kwargs):
        self.guide = get_guide(name)
        if self.guide is None:
            raise Http404
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return self.guide.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse_lazy("guides:guides"), "label": _("Staff guides")},
            {"url": "", "label": self.guide.title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(guide=self.guide, **kwargs)
