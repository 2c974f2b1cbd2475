"""Words in another language inside a page's text, marked with their own lang attribute.

A Spanish page keeps some words in English ("eCPR", "National Empowerment Center"). A screen
reader pronounces them right only when they carry lang="en". Which words stay in which language
is known above this app (the translators' glossary), so apps register a source of such phrases
here, and website marks them as it renders a page's rich text. Nobody has to mark them by hand,
and wagtail-localize's segments (which allow no attributes) stay as they are.
"""

import functools
import re

from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .shared_lookups import per_version

# Tags and text alternate when HTML is split on this: text at even positions.
_TAG = re.compile(r"(<[^>]*>)")

_sources = []


def register(source):
    """source(language) gives (phrase, lang) pairs: phrases that text in language keeps in lang."""
    _sources.append(source)


def _phrases(language):
    def compute():
        found = {}
        for source in _sources:
            for phrase, lang in source(language):
                if phrase.strip() and lang != language:
                    found.setdefault(phrase.strip(), lang)
        return tuple(sorted(found.items()))

    return per_version(f"language-marks:{language}", compute)


@functools.lru_cache(maxsize=16)
def _pattern(phrases):
    """One pattern for all the phrases, longest first, each a whole word or words."""
    longest_first = sorted((phrase for phrase, _lang in phrases), key=len, reverse=True)
    alternatives = "|".join(
        r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in longest_first
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def mark_languages(html, language=None):
    """html with each registered phrase in its text (never in a tag) wrapped in a lang span."""
    phrases = _phrases(language or get_language())
    if not phrases or not html:
        return html
    lang_of = {" ".join(phrase.casefold().split()): lang for phrase, lang in phrases}

    def wrap(match):
        lang = lang_of[" ".join(match.group().casefold().split())]
        return f'<span lang="{lang}">{match.group()}</span>'

    pattern = _pattern(phrases)
    parts = _TAG.split(str(html))
    for position in range(0, len(parts), 2):
        parts[position] = pattern.sub(wrap, parts[position])
    return mark_safe("".join(parts))
