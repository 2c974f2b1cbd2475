"""Translation memory: Spanish that reviewers approved before, offered again for the same or
nearly the same English.

Entries are written when a translated page is published, which on this site happens only when a
Spanish reviewer approves it: every string of the page whose Spanish is on the live page.

Texts are compared word by word (difflib's ratio over their words, 1.0 for the same words in
the same order); those at SIMILAR or above are offered. To stay fast with many thousands of
entries, only entries that share one of a text's rarest words are compared at all. That loses
nothing: an entry SIMILAR to a text contains all but RARE_SHARE of its words, so it must contain
at least one of any RARE_SHARE-plus-one of them.
"""

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.db.models import Count, Max
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail_localize.models import StringSegment, StringTranslation

from .models import MemoryEntry
from .side_by_side import texts_by_place
from .translating import translation_for

SIMILAR = 0.85
# difflib's ratio is 2·matches / (len(a) + len(b)): it reaches SIMILAR only when the shorter
# text has at least this share of the longer one's words...
LENGTH_SHARE = SIMILAR / (2 - SIMILAR)
# ...and then at most this share of a text's words are missing from the other.
RARE_SHARE = 1 - LENGTH_SHARE
MAX_SUGGESTIONS = 3
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Suggestion:
    spanish: str
    similarity: float
    page_id: int
    page_title: str
    approved_at: object

    @property
    def exact(self):
        return self.similarity == 1.0


def normal(text):
    return " ".join(text.split())


def words(text):
    return WORD.findall(strip_tags(text).casefold())


def key(text):
    return hashlib.sha256(normal(text).encode()).hexdigest()


def remember(page):
    """Replace page's memory with its strings whose Spanish readers see on the live page."""
    MemoryEntry.objects.filter(page=page).delete()
    translation = translation_for(page)
    if translation is None or not page.live:
        return
    live_texts = set(texts_by_place(page).values())
    segments = StringSegment.objects.filter(source=translation.source)
    pairs = {}
    for item in StringTranslation.objects.filter(
        translation_of__in=segments.values("string_id"),
        context__in=segments.values("context_id"),
        locale=translation.target_locale,
        has_error=False,
    ).select_related("translation_of"):
        english = item.translation_of.data
        if item.data in live_texts and normal(item.data) != normal(english):
            pairs[key(english)] = (english, item.data)
    now = timezone.now()
    MemoryEntry.objects.bulk_create(
        MemoryEntry(
            page=page,
            english=english,
            spanish=spanish,
            english_key=english_key,
            approved_at=now,
        )
        for english_key, (english, spanish) in pairs.items()
    )


def forget(page):
    MemoryEntry.objects.filter(page=page).delete()


@dataclass
class Index:
    """The live entries, each with its words, and for each word the entries that hold it."""

    entries: list
    postings: dict


_cached = {}


def index():
    """The memory's index, rebuilt only when entries have been added or removed since."""
    live = MemoryEntry.objects.filter(page__live=True)
    stamp = live.aggregate(count=Count("pk"), last=Max("pk"), latest=Max("approved_at"))
    if _cached.get("stamp") == stamp:
        return _cached["index"]
    entries, postings = [], defaultdict(list)
    rows = live.values_list("english", "spanish", "page_id", "page__title", "approved_at")
    for english, spanish, page_id, title, approved_at in rows.iterator():
        entry = (normal(english), words(english), spanish, page_id, title, approved_at)
        for word in set(entry[1]):
            postings[word].append(len(entries))
        entries.append(entry)
    _cached.update(stamp=stamp, index=Index(entries, dict(postings)))
    return _cached["index"]


def _candidates(text_words, memory):
    """The entries that share one of text's rarest words: the only ones that can be SIMILAR."""
    distinct = sorted(set(text_words), key=lambda word: len(memory.postings.get(word, ())))
    rarest = distinct[: int(len(text_words) * RARE_SHARE) + 1]
    return {n for word in rarest for n in memory.postings.get(word, ())}


def _matches(text, memory):
    """(similarity, entry) for each entry SIMILAR to text or more."""
    text_words = words(text)
    # difflib analyses its second sequence once: the text looked for, the same throughout.
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(text_words)
    shortest, longest = len(text_words) * LENGTH_SHARE, len(text_words) / LENGTH_SHARE
    for n in _candidates(text_words, memory):
        entry = memory.entries[n]
        if entry[0] == text:
            yield 1.0, entry
            continue
        if not shortest <= len(entry[1]) <= longest:
            continue
        matcher.set_seq1(entry[1])
        if matcher.quick_ratio() >= SIMILAR and (similarity := matcher.ratio()) >= SIMILAR:
            # The same words with other spacing or capitals are near, not the same.
            yield min(similarity, 0.99), entry


def suggestions(texts):
    """{text: [Suggestion, best first]} for each of texts that approved work matches."""
    texts = [text for text in set(texts) if words(text)]
    if not texts:
        return {}
    memory = index()
    found = {}
    for text in texts:
        best = {}
        for similarity, (_e, _w, spanish, page_id, title, approved) in _matches(
            normal(text), memory
        ):
            if spanish not in best or best[spanish].similarity < similarity:
                best[spanish] = Suggestion(spanish, similarity, page_id, title, approved)
        if best:
            ranked = sorted(
                best.values(), key=lambda s: (-s.similarity, -s.approved_at.timestamp())
            )
            found[text] = ranked[:MAX_SUGGESTIONS]
    return found
