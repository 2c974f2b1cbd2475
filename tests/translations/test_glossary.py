"""The glossary: which terms a piece contains, whether its Spanish keeps them, and where
translators and reviewers see it."""

import json
import re
from html import unescape

import pytest
from django.urls import reverse

from tests.helpers import edit_string
from tests.staff import make_staff
from translations.glossary import Term, dropped, glossary_hints, terms_in
from translations.models import GlossaryTerm
from translations.translating import translation_for

CONNECTING = Term("Connecting", "Conectar")
ECPR = Term("eCPR", "", do_not_translate=True)
YOUTH = Term("Youth eCPR", "eCPR para Jóvenes")
PEER = Term("peer support", "apoyo entre pares")


def kept(hints):
    return {hint.term.english: hint.kept for hint in hints}


def test_terms_are_found_whatever_their_capitals_and_only_as_whole_words():
    assert terms_in("Three steps: connecting, empowering.", [CONNECTING]) == [CONNECTING]
    assert terms_in("Interconnecting lines.", [CONNECTING]) == []
    assert terms_in("Offering <b>peer\nsupport</b> at work.", [PEER]) == [PEER]


def test_the_longest_term_wins_where_terms_overlap():
    assert terms_in("Youth eCPR starts in May.", [ECPR, YOUTH]) == [YOUTH]
    assert terms_in("Youth eCPR grew out of eCPR.", [ECPR, YOUTH]) == [YOUTH, ECPR]


def test_a_translation_that_keeps_the_terms_is_not_flagged():
    hints = glossary_hints("Connecting and eCPR.", "Conectar y eCPR.", [CONNECTING, ECPR])
    assert kept(hints) == {"Connecting": True, "eCPR": True}
    assert dropped(hints) == []


def test_a_changed_or_dropped_term_is_flagged():
    hints = glossary_hints(
        "Connecting through eCPR.", "Conectando mediante RCP-E.", [CONNECTING, ECPR]
    )
    assert kept(hints) == {"Connecting": False, "eCPR": False}
    assert [hint.term for hint in dropped(hints)] == [CONNECTING, ECPR]


def test_a_piece_not_yet_translated_has_hints_but_no_flags():
    hints = glossary_hints("Connecting.", None, [CONNECTING])
    assert kept(hints) == {"Connecting": None} and dropped(hints) == []


@pytest.fixture
def glossary(db):
    GlossaryTerm.objects.create(english="Connecting", spanish="Conectar")
    GlossaryTerm.objects.create(english="revitalizing", spanish="revitalizar")
    GlossaryTerm.objects.create(english="eCPR", do_not_translate=True)


def editor_segments(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    html = response.content.decode()
    assert "translations/js/editor_aids.js" in html and 'id="editor-aids-labels"' in html
    # What the editor's script reads: its data as the page carries it.
    props = json.loads(unescape(re.search(r'data-props="([^"]*)"', html).group(1)))
    return {segment["source"]: segment for segment in props["segments"] if "source" in segment}


@pytest.mark.django_db
def test_the_translation_editor_carries_each_pieces_terms_and_flags(client, glossary, about_es):
    client.force_login(make_staff("translator"))
    edit_string(
        client,
        translation_for(about_es),
        "Three steps: connecting, empowering, revitalizing.",
        "Tres pasos: conectando, empoderar, revitalizar.",
    )

    segments = editor_segments(client, about_es)

    steps = segments["Three steps: connecting, empowering, revitalizing."]["glossary"]
    assert {(term["english"], term["spanish"], term["kept"]) for term in steps} == {
        ("Connecting", "Conectar", False),
        ("revitalizing", "revitalizar", True),
    }
    [title_term] = segments["What is eCPR?"]["glossary"]
    assert title_term == {
        "english": "eCPR",
        "spanish": "eCPR",
        "note": "",
        "doNotTranslate": True,
        "kept": True,
    }


@pytest.mark.django_db
def test_the_reviewer_sees_the_flag_and_may_approve_anyway(client, glossary, about_es):
    translator, reviewer = make_staff("translator"), make_staff("reviewer")
    translation = translation_for(about_es)
    client.force_login(translator)
    edit_string(client, translation, "What is eCPR?", "¿Qué es la RCP-E?")
    client.post(
        reverse("translations:review_translation", args=[translation.id]), {"action": "submit"}
    )

    client.force_login(reviewer)
    url = reverse("translations:side_by_side", args=[about_es.pk])
    response = client.get(url)
    [flagged] = [row for row in response.context["rows"] if row.dropped_terms]
    assert flagged.english == "What is eCPR?"
    assert [term.english for term in flagged.dropped_terms] == ["eCPR"]
    assert response.context["glossary_count"] == 1
    assert "You may approve it anyway." in response.content.decode()

    client.post(url, {"action": "approve"})
    about_es.refresh_from_db()
    assert about_es.live and about_es.title == "¿Qué es la RCP-E?"
