"""The five statuses, as English editors, translators and reviewers change pages."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import WorkflowState

from home.models import StandardPage
from tests.helpers import add_page, publish, statuses
from translations.models import LiveContent, TranslationBuild
from translations.review import save_draft
from translations.status import (
    Status,
    source_pages,
    status_counts,
    with_translation_status,
)
from translations.translating import sync_source, translation_for

pytestmark = pytest.mark.django_db


def test_a_page_nobody_has_translated_is_missing(about, spanish):
    assert statuses(spanish)["What is eCPR?"] == Status.MISSING


def test_a_started_translation_is_a_draft(about, home_es, spanish, translate_page):
    translate_page(about, publish=False)

    assert statuses(spanish)["What is eCPR?"] == Status.DRAFT


def test_a_published_translation_is_up_to_date(about_es, spanish):
    assert statuses(spanish) == {
        "Emotional CPR": Status.UP_TO_DATE,
        "What is eCPR?": Status.UP_TO_DATE,
    }


def test_an_english_edit_makes_the_live_translation_out_of_date(about, about_es, spanish):
    publish(about, intro="Three steps, and a fourth.")

    assert statuses(spanish)["What is eCPR?"] == Status.OUT_OF_DATE
    assert statuses(spanish)["Emotional CPR"] == Status.UP_TO_DATE


def test_a_resave_without_a_text_change_keeps_it_up_to_date(about, about_es, spanish):
    publish(about)
    publish(about, go_live_at=None, show_in_menus=not about.show_in_menus)

    assert statuses(spanish)["What is eCPR?"] == Status.UP_TO_DATE


def test_an_unpublished_english_draft_does_not_count(about, about_es, spanish):
    about.intro = "A draft nobody has approved."
    about.save_revision()

    assert statuses(spanish)["What is eCPR?"] == Status.UP_TO_DATE


def test_resyncing_alone_leaves_it_out_of_date_until_the_spanish_is_published(
    about, about_es, spanish, translate_page
):
    publish(about, intro="Three steps, and a fourth.")
    sync_source(translation_for(about_es))

    assert statuses(spanish)["What is eCPR?"] == Status.OUT_OF_DATE

    translate_page(about, {"Three steps, and a fourth.": "Tres pasos, y un cuarto."})

    assert statuses(spanish)["What is eCPR?"] == Status.UP_TO_DATE


def test_publishing_spanish_without_resyncing_does_not_bring_it_up_to_date(
    about, about_es, spanish
):
    publish(about, intro="Three steps, and a fourth.")
    publish(about_es.specific, intro="Tres pasos, retocados.")

    assert statuses(spanish)["What is eCPR?"] == Status.OUT_OF_DATE


def test_an_english_change_undone_is_up_to_date_again(about, about_es, spanish):
    original = about.intro
    publish(about, intro="Briefly different.")
    publish(about, intro=original)

    assert statuses(spanish)["What is eCPR?"] == Status.UP_TO_DATE


def test_a_translation_in_the_review_workflow_is_in_review(
    about, about_es, spanish, spanish_review, admin_user
):
    publish(about, intro="Three steps, and a fourth.")
    translation = translation_for(about_es)
    sync_source(translation)
    save_draft(translation, admin_user)
    spanish_review.start(about_es, admin_user)

    assert statuses(spanish)["What is eCPR?"] == Status.IN_REVIEW

    WorkflowState.objects.update(status=WorkflowState.STATUS_CANCELLED)
    assert statuses(spanish)["What is eCPR?"] == Status.OUT_OF_DATE


def test_an_unpublished_spanish_page_is_a_draft(about, about_es, spanish):
    about_es.unpublish()

    assert statuses(spanish)["What is eCPR?"] == Status.DRAFT


def test_without_digests_the_publication_dates_decide(about, about_es, spanish):
    # Pages published before this app kept digests, or made live without being published.
    LiveContent.objects.all().delete()
    TranslationBuild.objects.all().delete()

    assert statuses(spanish)["What is eCPR?"] == Status.UP_TO_DATE

    later = about_es.last_published_at + datetime.timedelta(minutes=1)
    StandardPage.objects.filter(pk=about.pk).update(last_published_at=later)

    assert statuses(spanish)["What is eCPR?"] == Status.OUT_OF_DATE


def test_counts_cover_every_status(about, about_es, home, spanish):
    add_page(home, "Youth eCPR", "youth-ecpr")

    counts = status_counts(with_translation_status(source_pages(), spanish))

    assert counts == {
        Status.MISSING: 1,
        Status.DRAFT: 0,
        Status.IN_REVIEW: 0,
        Status.OUT_OF_DATE: 0,
        Status.UP_TO_DATE: 2,
    }


def test_the_number_of_queries_does_not_grow_with_the_pages(
    about, about_es, home, spanish, translate_page
):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert len(statuses(spanish)) == len(source_pages())
        return len(queries)

    few = count_queries()
    for number in range(6):
        page = add_page(home, f"Page {number}", f"page-{number}", f"Text {number}.")
        if number % 2:
            translate_page(page, {f"Text {number}.": f"Texto {number}."})
        if number % 3 == 0:
            publish(page, intro="Changed.")

    assert count_queries() == few


def test_unpublished_english_pages_are_not_listed(about, home, spanish):
    draft = StandardPage(title="Not published yet", slug="not-yet", live=False)
    home.add_child(instance=draft)
    draft.save_revision()
    about.unpublish()

    assert set(statuses(spanish)) == {"Emotional CPR"}
