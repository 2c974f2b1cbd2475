"""What the translation editor shows beside each piece of text, beyond wagtail-localize's own
data: the glossary terms it contains (and whether the Spanish keeps them) and, from approved
translations, Spanish that may fit it.

The data rides on the segments the editor already receives; static/translations/editor_aids.js
shows it next to each piece.
"""

from .glossary import all_terms, glossary_hints


def add_aids(data):
    """Add "glossary" to each text segment of the editor's data."""
    translated = {item["segment_id"]: item["data"] for item in data["initialStringTranslations"]}
    terms = all_terms()
    for segment in data["segments"]:
        if segment["type"] != "string":
            continue
        hints = glossary_hints(segment["source"], translated.get(segment["id"]), terms)
        segment["glossary"] = [hint.as_data() for hint in hints]
    return data
