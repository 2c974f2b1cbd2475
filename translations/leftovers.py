"""English left in a Spanish page where readers of assistive technology, or of a search engine,
meet it: an image's alt text, a link's words, a document's title, the search description.

Each is compared with the same place in the English page the translation was made from (blocks
keep their ids in translations). One that is empty, or still says exactly what the English says,
is a leftover, and the page may not be approved with it (see approval_guard.py). Words the
glossary keeps in English (eCPR, the organisation's name) are not leftovers, and neither is the
title of a document that exists only in English: readers are told it is in English.
"""

from dataclasses import dataclass

from bs4 import BeautifulSoup
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

from website.blocks import DocumentBlock, ImageBlock, LinkBlock

from .glossary import all_terms

ALT, LINK, DOCUMENT, DESCRIPTION = "alt", "link", "document", "description"
KINDS = {
    ALT: gettext_lazy("Image alt text"),
    LINK: gettext_lazy("Link text"),
    DOCUMENT: gettext_lazy("Document title"),
    DESCRIPTION: gettext_lazy("Search description"),
}


@dataclass(frozen=True)
class Item:
    kind: str
    key: tuple
    where: str
    text: str | None
    # An English document's own title: readers are told the document is in English.
    exempt: bool = False


@dataclass(frozen=True)
class Leftover:
    kind: str
    where: str
    english: str
    empty: bool

    @property
    def kind_label(self):
        return KINDS[self.kind]


def _normal(text):
    return " ".join(strip_tags(str(text or "")).split()).casefold()


def _alt_text(value, language_code):
    image = value.get("image")
    if value.get("alt_text") or image is None:
        return value.get("alt_text")
    return image.description_es if language_code == "es" else image.description


def _document_item(value, key, where, language_code):
    document = value.get("document")
    if value.get("title") or document is None:
        return Item(DOCUMENT, key, where, value.get("title"))
    shown = document.for_language(language_code)
    return Item(DOCUMENT, key, where, shown.title, exempt=shown.language == "en")


def _rich_text_items(html, key, where):
    """Link words and image alt text in a piece of rich text, in order."""
    source = html.source if isinstance(html, RichText) else str(html or "")
    soup = BeautifulSoup(source, "html.parser")
    link_label, image_label = _("link"), _("image")
    for n, link in enumerate(soup.find_all("a"), start=1):
        yield Item(LINK, (*key, "a", n), f"{where}, {link_label} {n}", link.get_text())
    for n, image in enumerate(soup.find_all("embed", embedtype="image"), start=1):
        yield Item(ALT, (*key, "img", n), f"{where}, {image_label} {n}", image.get("alt", ""))


def _block_items(block, value, key, where, language_code):
    if value is None:
        return
    if isinstance(block, ImageBlock):
        yield Item(ALT, key, where, _alt_text(value, language_code))
    elif isinstance(block, LinkBlock):
        yield Item(LINK, key, where, value.get("text"))
    elif isinstance(block, DocumentBlock):
        yield _document_item(value, key, where, language_code)
    elif isinstance(block, blocks.RichTextBlock):
        yield from _rich_text_items(value, key, where)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from _block_items(
                child, value.get(name), (*key, name), f"{where} › {child.label}", language_code
            )
    elif isinstance(block, blocks.ListBlock):
        for n, item in enumerate(value, start=1):
            yield from _block_items(
                block.child_block, item, (*key, n), f"{where} {n}", language_code
            )
    elif isinstance(block, blocks.StreamBlock):
        for n, child in enumerate(value, start=1):
            yield from _block_items(
                child.block,
                child.value,
                (*key, child.id),
                f"{where} › {child.block.label} {n}",
                language_code,
            )


def items(page, language_code):
    """Everything in page that is checked, by the key of its place."""
    found = []
    if hasattr(page, "search_description"):
        found.append(
            Item(DESCRIPTION, ("search_description",), _("Promote tab"), page.search_description)
        )
    for field in page._meta.get_fields():
        label = str(getattr(field, "verbose_name", field.name)).capitalize()
        value = getattr(page, field.name, None)
        if isinstance(field, StreamField):
            found += _block_items(field.stream_block, value, (field.name,), label, language_code)
        elif isinstance(field, RichTextField):
            found += _rich_text_items(value, (field.name,), label)
    return {item.key: item for item in found}


def english_leftovers(spanish_page, english_page):
    """What in spanish_page is empty, or still the English, where the English page has text."""
    kept_in_english = {_normal(term.english) for term in all_terms() if term.do_not_translate}
    english = items(english_page, "en")
    leftovers = []
    for key, item in items(spanish_page, "es").items():
        source = english.get(key)
        if source is None or not _normal(source.text) or item.exempt:
            continue
        text = _normal(item.text)
        if not text or (text == _normal(source.text) and text not in kept_in_english):
            leftovers.append(Leftover(item.kind, item.where, str(source.text), empty=not text))
    return leftovers
