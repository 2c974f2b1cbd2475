"""What the translation editor shows beside each piece of text, beyond wagtail-localize's own
data: the glossary terms it contains (and whether the Spanish keeps them) and, from approved
translations, Spanish that may fit it.

The data rides on the segments the editor already receives; static/translations/js/editor_aids.js
shows it next to each piece.
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .glossary import all_terms, glossary_hints
from .memory import suggestions


def origin(suggestion):
    """Where a suggestion comes from, for the translator."""
    values = {
        "title": suggestion.page_title,
        "date": formats.date_format(timezone.localtime(suggestion.approved_at), "DATE_FORMAT"),
    }
    if suggestion.exact:
        return _("Same English on “%(title)s”, approved %(date)s.") % values
    values["percent"] = int(suggestion.similarity * 100)
    return _("%(percent)s%% alike on “%(title)s”, approved %(date)s.") % values


def add_aids(data):
    """Add "glossary" and "memory" to each text segment of the editor's data."""
    translated = {item["segment_id"]: item["data"] for item in data["initialStringTranslations"]}
    strings = [segment for segment in data["segments"] if segment["type"] == "string"]
    terms = all_terms()
    remembered = suggestions([segment["source"] for segment in strings])
    for segment in strings:
        current = translated.get(segment["id"])
        hints = glossary_hints(segment["source"], current, terms)
        segment["glossary"] = [hint.as_data() for hint in hints]
        segment["memory"] = [
            {
                "spanish": suggestion.spanish,
                "origin": origin(suggestion),
                "similarity": round(suggestion.similarity, 2),
            }
            for suggestion in remembered.get(segment["source"], [])
            if suggestion.spanish != current
        ]
    return data
