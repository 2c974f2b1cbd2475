"""DeepL drafts that use the glossary's terms.

wagtail-localize's DeepL translator sends a glossary when given its DeepL id. This one keeps a
DeepL glossary in step with the site's glossary: named after a digest of the terms, made when
the terms change, the older ones deleted, so a draft always uses the terms as they now stand.
"""

import hashlib

import requests
from django.core.cache import cache
from wagtail_localize.machine_translators.deepl import DeepLTranslator, language_code

from .models import GlossaryTerm

NAME_PREFIX = "ecpr-"


def glossary_entries():
    """The glossary as DeepL's tab-separated entries: each English term and its Spanish."""
    return "\n".join(
        f"{term.english}\t{term.target}"
        for term in GlossaryTerm.objects.order_by("english")
        if "\t" not in term.english + term.target
    )


class GlossaryDeepLTranslator(DeepLTranslator):
    def get_api_endpoint(self):
        """API_URL names another address for the API (a proxy, or a stand-in in tests)."""
        if url := self.options.get("API_URL"):
            return f"{url.rstrip('/')}/translate"
        return super().get_api_endpoint()

    def api_url(self):
        return self.get_api_endpoint().rsplit("/", 1)[0]

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        glossary_id = self.glossary_id(parameters["source_lang"], parameters["target_lang"])
        if glossary_id:
            parameters["glossary_id"] = glossary_id
        return parameters

    def _request(self, method, path, **kwargs):
        response = requests.request(
            method,
            f"{self.api_url()}/{path}",
            headers=self.get_headers(),
            timeout=int(self.options.get("TIMEOUT", 30)),
            **kwargs,
        )
        response.raise_for_status()
        return response

    def glossary_id(self, source_lang, target_lang):
        """The id of the DeepL glossary holding today's terms, made if need be; None if empty."""
        entries = glossary_entries()
        if not entries:
            return None
        digest = hashlib.sha256(f"{source_lang}>{target_lang}\n{entries}".encode()).hexdigest()
        name = f"{NAME_PREFIX}{digest[:16]}"
        cache_key = f"deepl-glossary:{name}"
        if glossary_id := cache.get(cache_key):
            return glossary_id
        glossary_id = self._find_or_make(name, source_lang, target_lang, entries)
        cache.set(cache_key, glossary_id, 24 * 60 * 60)
        return glossary_id

    def _find_or_make(self, name, source_lang, target_lang, entries):
        existing = self._request("GET", "glossaries").json().get("glossaries", [])
        found = None
        for glossary in existing:
            if glossary["name"] == name:
                found = glossary["glossary_id"]
            elif glossary["name"].startswith(NAME_PREFIX):
                # Terms that have since changed: DeepL keeps a limited number of glossaries.
                self._request("DELETE", f"glossaries/{glossary['glossary_id']}")
        if found:
            return found
        made = self._request(
            "POST",
            "glossaries",
            data={
                "name": name,
                "source_lang": language_code(source_lang),
                "target_lang": language_code(target_lang),
                "entries": entries,
                "entries_format": "tsv",
            },
        )
        return made.json()["glossary_id"]
