"""Small readers for what pages emit: JSON-LD, meta tags."""

import json
import re

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html):
    """Every JSON-LD object in the page, parsed (fails the test if one does not parse)."""
    return [json.loads(block) for block in JSON_LD.findall(html)]


def submit_translation(client, page, locale):
    """Start a Spanish translation with wagtail-localize's "Translate this page" form."""
    response = client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]}, follow=False
    )
    assert response.status_code == 302, response.content[:500]
    return page.get_translation(locale)


def json_ld_item(html, *types):
    """The page's one JSON-LD object of one of these schema.org types."""
    (item,) = [data for data in json_ld(html) if data["@type"] in types]
    return item
