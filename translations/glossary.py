"""The program's own terms in a piece of text, and whether its Spanish keeps them.

A term is found as a whole word or phrase, whatever its capitals ("Connecting" and
"connecting"). Where terms overlap, the longest wins: "Youth eCPR" is one term, and the "eCPR"
inside it is not checked again on its own.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags

from .models import GlossaryTerm


@dataclass(frozen=True)
class Term:
    english: str
    spanish: str
    note: str = ""
    do_not_translate: bool = False

    @property
    def target(self):
        return self.english if self.do_not_translate or not self.spanish else self.spanish


@dataclass(frozen=True)
class Hint:
    term: Term
    # None while the piece is not translated yet.
    kept: bool | None

    def as_data(self):
        return {
            "english": self.term.english,
            "spanish": self.term.target,
            "note": self.term.note,
            "doNotTranslate": self.term.do_not_translate,
            "kept": self.kept,
        }


def all_terms():
    return [
        Term(term.english, term.spanish, term.note, term.do_not_translate)
        for term in GlossaryTerm.objects.all()
    ]


def kept_in_english(language):
    """Terms that text in another language keeps in English, so that pages mark them lang="en"."""
    if language == "en":
        return []
    return [
        (english, "en")
        for english in GlossaryTerm.objects.filter(do_not_translate=True).values_list(
            "english", flat=True
        )
    ]


def _pattern(phrase):
    words = r"\s+".join(re.escape(word) for word in phrase.split())
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


def _plain(text):
    return " ".join(strip_tags(text or "").split())


def terms_in(english, terms):
    """The terms english contains, longest first, each once."""
    text = _plain(english)
    found = []
    for term in sorted(terms, key=lambda term: len(term.english), reverse=True):
        match = _pattern(term.english).search(text)
        if match:
            found.append(term)
            # Blank the match so that a shorter term inside it is not found again.
            text = text[: match.start()] + " " * len(match.group()) + text[match.end() :]
    return found


def glossary_hints(english, spanish, terms):
    """For each term in english: does spanish use the term's approved Spanish?"""
    translated = _plain(spanish) if spanish is not None else None
    return [
        Hint(term, None if translated is None else bool(_pattern(term.target).search(translated)))
        for term in terms_in(english, terms)
    ]


def dropped(hints):
    return [hint for hint in hints if hint.kept is False]
