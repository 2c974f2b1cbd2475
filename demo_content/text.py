"""Demo text that carries its own Spanish, so each page's translation is built from its words.

A `T` is an English string with a `.es` attribute. Pages are filled with T values; the Spanish
mapping that wagtail-localize needs (English segment → Spanish) is collected from those values.
"""

from html import escape

from wagtail.rich_text import RichText


class T(str):
    def __new__(cls, english, spanish):
        text = super().__new__(cls, english)
        text.es = spanish
        return text


def rich(*paragraphs):
    """A RichText of one <p> per T, remembering its parts for the Spanish mapping."""
    value = RichText("".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs))
    value.parts = paragraphs
    return value


def paragraph(*paragraphs):
    """A StreamField paragraph block."""
    return ("paragraph", rich(*paragraphs))


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def spanish_strings(*values):
    """English segment → Spanish, for every T found in values (dicts, lists, blocks, RichText)."""
    strings = {}

    def walk(value):
        if isinstance(value, T):
            strings[str(value)] = value.es
            strings[escape(value, quote=False)] = escape(value.es, quote=False)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif hasattr(value, "parts"):
            walk(value.parts)

    for value in values:
        walk(value)
    return strings
