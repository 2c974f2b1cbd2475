from django import template
from django.template.defaultfilters import filesizeformat
from django.utils import formats, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

register = template.Library()


def size_text(size):
    """477 KB, 3.3 MB: three significant figures, in the active language's number format."""
    if size is None:
        return ""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            value = float(f"{size / scale:.3g}")
            if value.is_integer():
                value = int(value)
            return f"{formats.number_format(value)} {unit}"
    return filesizeformat(size)


def label_parts(document):
    parts = [str(document.format_name)] if document.format_name else []
    if document.page_count:
        if document.pages_are_slides:
            text = ngettext("%(count)d slide", "%(count)d slides", document.page_count)
        else:
            text = ngettext("%(count)d page", "%(count)d pages", document.page_count)
        parts.append(text % {"count": document.page_count})
    parts.append(size_text(document.get_file_size()))
    return [part for part in parts if part]


@register.simple_tag
def document_label(document):
    """(PDF, 10 pages, 477 KB) in the reader's language."""
    return f"({', '.join(label_parts(document))})"


LANGUAGE_NOTES = {"en": _("in English"), "es": _("in Spanish")}


@register.inclusion_tag("media_library/document_link.html")
def document_link(document, text=""):
    """A link to a document, labelled with its facts and, when it differs, its language.

    Everything the link says is in the reader's language, except the document's own title when
    no other text is given: only that carries the document's lang.
    """
    # A Spanish reader gets the document's Spanish version where there is one.
    language = translation.get_language()
    version = document.for_language(language)
    if version != document:
        document, text = version, ""
    other_language = document.language not in ("other", language)
    parts = label_parts(document)
    if other_language and document.language in LANGUAGE_NOTES:
        parts.append(str(LANGUAGE_NOTES[document.language]))
    return {
        "document": document,
        "text": text or document.title,
        "text_language": document.language if other_language and not text else "",
        "label": f"({', '.join(parts)})",
        "other_language": other_language,
    }


@register.simple_tag
def document_for_reader(document):
    """The version of document for the reader's language: its Spanish version, if it has one."""
    return document.for_language(translation.get_language())
