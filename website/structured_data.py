"""JSON-LD shared pieces: people, organisations, the page itself."""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

# Characters that would let JSON break out of a <script> element.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def ld_json_script(data):
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def person_data(person):
    data = {"@type": "Person", "name": person.name}
    if person.credentials:
        data["honorificSuffix"] = person.credentials
    if person.role:
        data["jobTitle"] = person.role
    if person.affiliation:
        data["affiliation"] = {"@type": "Organization", "name": person.affiliation}
    return data


def people_data(stream):
    return [person_data(block.value["person"]) for block in stream if block.value["person"]]


def page_data(page, request, schema_type):
    """What every page's JSON-LD starts with."""
    data = {
        "@context": "https://schema.org",
        "@type": schema_type,
        "name": page.title,
        "headline": page.title[:110],
        "url": request.build_absolute_uri(page.get_url(request)),
        "inLanguage": page.locale.language_code,
    }
    summary = page.get_listing_summary()
    if summary:
        data["description"] = summary
    return data
