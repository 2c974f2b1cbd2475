"""Safe-messaging and plain-language checks on a page's own words, in English and Spanish.

Wagtail's content checker runs axe-core in the browser, and a check's logic can only be one of
axe's or Wagtail's own scripts. So the checks run here, on the server, over the page's text. A
page's preview lists what they find in a panel under the page, each finding marked with
`data-content-check`; `ContentChecker` adds an axe rule for each check that flags those marks, so
the editor's Checks panel and the userbar's checker count and explain them beside Wagtail's own.
Public pages never run the checks.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem
from wagtail_localize.fields import TranslatableField, get_translatable_fields

from website.models import CheckedPhrase

LONG_SENTENCE_WORDS = 25
# LIX over 45 reads as harder than a general newspaper; INFLESZ under 55 is "algo difícil".
HARDEST_LIX = 45
EASIEST_INFLESZ = 55
MIN_WORDS_FOR_READING_LEVEL = 40
# Addresses and search-engine text, not words a reader reads on the page.
SKIPPED = {"slug", "seo_title", "search_description"}

CHECKS = {
    "ecpr-safe-method": {
        "error_name": _("Safe messaging: method or location detail"),
        "help_text": _("Leave out how and where a death or attempt happened."),
    },
    "ecpr-safe-sensational": {
        "error_name": _("Safe messaging: sensational or simplistic words"),
        "help_text": _("Use calm, accurate words, e.g. “died by suicide”."),
    },
    "ecpr-safe-crisis-help": {
        "error_name": _("Safe messaging: crisis help block missing"),
        "help_text": _("This page talks about suicide or self-harm: add the Crisis help block."),
    },
    "ecpr-plain-reading-level": {
        "error_name": _("Plain language: hard to read"),
        "help_text": _("Use shorter sentences and everyday words."),
    },
    "ecpr-plain-long-sentence": {
        "error_name": _("Plain language: long sentence"),
        "help_text": _("Split sentences of more than 25 words."),
    },
    "ecpr-plain-avoid-words": {
        "error_name": _("Plain language: word to avoid"),
        "help_text": _("Use the everyday word suggested."),
    },
}
PHRASE_CHECKS = {
    CheckedPhrase.Kind.METHOD: "ecpr-safe-method",
    CheckedPhrase.Kind.SENSATIONAL: "ecpr-safe-sensational",
    CheckedPhrase.Kind.AVOID: "ecpr-plain-avoid-words",
}

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
SPANISH_VOWELS = re.compile(r"[aeiouáéíóúü]+")
STRONG = "aeoáéó"
STRESSED_WEAK = "íú"


@dataclass(frozen=True)
class Finding:
    check: str
    detail: str

    @property
    def name(self):
        return CHECKS[self.check]["error_name"]


def page_strings(page):
    """The page's words as the reader meets them: its translatable text fields, StreamField and
    rich text, read the way Wagtail's search index reads them (a half-filled block is fine)."""
    strings = []
    for translatable in get_translatable_fields(type(page)):
        if not isinstance(translatable, TranslatableField) or translatable.field_name in SKIPPED:
            continue
        field = page._meta.get_field(translatable.field_name)
        value = getattr(page, field.name, None)
        if not value:
            continue
        if hasattr(field, "get_searchable_content"):
            strings.extend(str(text) for text in field.get_searchable_content(value) if text)
        elif isinstance(value, str):
            strings.append(value)
    return strings


def sentences(strings):
    for text in strings:
        for sentence in SENTENCE_END.split(text):
            if WORD.search(sentence):
                yield sentence.strip()


def words(text):
    return WORD.findall(text)


def lix(sentence_list):
    """Läsbarhetsindex: words per sentence plus the share of words over six letters."""
    all_words = [w for s in sentence_list for w in words(s)]
    long_words = sum(len(w) > 6 for w in all_words)
    return len(all_words) / len(sentence_list) + 100 * long_words / len(all_words)


def spanish_syllables(word):
    """Vowel groups, split where two strong vowels meet or a weak one carries the accent."""
    count = 0
    for group in SPANISH_VOWELS.findall(word.lower()):
        count += 1
        for before, after in zip(group, group[1:], strict=False):
            # A hiatus: two strong vowels, or a weak vowel that carries the accent.
            hiatus = before in STRONG and after in STRONG
            if hiatus or before in STRESSED_WEAK or after in STRESSED_WEAK:
                count += 1
    return max(count, 1)


def inflesz(sentence_list):
    """Szigriszt-Pazos perspicuity, read on the INFLESZ scale (higher is easier)."""
    all_words = [w for s in sentence_list for w in words(s)]
    syllables = sum(spanish_syllables(w) for w in all_words)
    return 206.835 - 62.3 * syllables / len(all_words) - len(all_words) / len(sentence_list)


def reading_level(sentence_list, language):
    """(figure, too hard?) for the language, or None when the text is too short to judge."""
    if sum(len(words(s)) for s in sentence_list) < MIN_WORDS_FOR_READING_LEVEL:
        return None
    if language == "es":
        score = inflesz(sentence_list)
        return f"INFLESZ {score:.0f}", score < EASIEST_INFLESZ
    score = lix(sentence_list)
    return f"LIX {score:.0f}", score > HARDEST_LIX


def phrase_pattern(phrase):
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)


def has_crisis_help_block(page):
    for field in page._meta.get_fields():
        value = getattr(page, field.name, None) if hasattr(field, "stream_block") else None
        if value is not None and any(block.block_type == "crisis_help" for block in value):
            return True
    return False


def phrase_findings(text, phrases):
    findings = []
    for phrase in phrases:
        if phrase.kind in PHRASE_CHECKS and phrase_pattern(phrase.phrase).search(text):
            detail = f"“{phrase.phrase}”" + (f": {phrase.advice}" if phrase.advice else "")
            findings.append(Finding(PHRASE_CHECKS[phrase.kind], detail))
    return findings


def check_page(page):
    """Every finding for the page, in its own language."""
    language = page.locale.language_code
    strings = page_strings(page)
    text = "\n".join(strings)
    phrases = list(CheckedPhrase.objects.filter(language=language))
    findings = phrase_findings(text, phrases)
    crisis_words = [p for p in phrases if p.kind == CheckedPhrase.Kind.CRISIS_TOPIC]
    topic = next((p for p in crisis_words if phrase_pattern(p.phrase).search(text)), None)
    if topic and not has_crisis_help_block(page):
        findings.append(Finding("ecpr-safe-crisis-help", f"“{topic.phrase}”"))
    sentence_list = list(sentences(strings))
    findings.extend(
        Finding("ecpr-plain-long-sentence", sentence)
        for sentence in sentence_list
        if len(words(sentence)) > LONG_SENTENCE_WORDS
    )
    level = reading_level(sentence_list, language)
    if level and level[1]:
        findings.append(Finding("ecpr-plain-reading-level", level[0]))
    return findings, level


class ContentChecker(ContentCheckerItem):
    """Wagtail's checker, plus one axe rule per check above: each flags the marks that the
    preview's findings panel carries (an element that matches is a failure)."""

    def get_axe_run_only(self, request):
        return [*super().get_axe_run_only(request), *CHECKS]

    def get_axe_custom_rules(self, request):
        rules = [
            {
                "id": check,
                "impact": "serious" if check.startswith("ecpr-safe-") else "moderate",
                "selector": f'[data-content-check="{check}"]',
                "excludeHidden": False,
                "tags": ["best-practice"],
                "none": ["ecpr-content-finding"],
                "enabled": True,
            }
            for check in CHECKS
        ]
        return [*super().get_axe_custom_rules(request), *rules]

    def get_axe_custom_checks(self, request):
        # axe's own "matches the definition" check: true for the marked list items, so the rule
        # above fails on each one.
        check = {
            "id": "ecpr-content-finding",
            "evaluate": "matches-definition-evaluate",
            "options": {"matcher": {"nodeName": "li"}},
        }
        return [*super().get_axe_custom_checks(request), check]

    def get_axe_messages(self, request):
        return {**super().get_axe_messages(request), **CHECKS}


def use_site_checker(request, items, page=None):
    """construct_wagtail_userbar: swap Wagtail's checker for the one above."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, ContentChecker):
            items[index] = ContentChecker(in_editor=item.in_editor)
