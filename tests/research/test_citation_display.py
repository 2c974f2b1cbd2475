"""The citation as a study's page shows it: author-date style, punctuated once."""

import datetime

import pytest
from django.utils import translation

from research.models import ResearchSummaryPage

pytestmark = pytest.mark.django_db


def study(**fields):
    defaults = {
        "title": "Promising Evidence of the Role of Emotional CPR",
        "citation_authors": "Fisher, Daniel B.",
        "publisher": "American Association for Geriatric Psychiatry",
        "publication_date": datetime.date(2021, 4, 1),
        "date_precision": "day",
    }
    return ResearchSummaryPage(**{**defaults, **fields})


def test_an_author_ending_in_an_initial_takes_no_second_full_stop():
    with translation.override("en"):
        html = study().citation_html()

    assert html == (
        "Fisher, Daniel B. (April 1, 2021). <cite>Promising Evidence of the Role of Emotional "
        "CPR</cite>. American Association for Geriatric Psychiatry."
    )
    assert ".." not in html


def test_without_authors_the_title_comes_first():
    with translation.override("en"):
        html = study(citation_authors="", date_precision="month").citation_html()

    assert html.startswith("<cite>Promising Evidence of the Role of Emotional CPR</cite>. (April")


def test_a_title_ending_in_a_question_mark_keeps_it_alone():
    html = study(title="Does it help?", date_precision="none").citation_html()

    assert "<cite>Does it help?</cite> American" in html


def test_journal_volume_issue_and_pages():
    html = study(
        citation_authors="Fisher, Daniel B.; Myers, Amanda",
        publisher="Journal of Participatory Medicine",
        volume="13",
        issue="2",
        pages="e28314",
        date_precision="year",
    ).citation_html()

    assert html.startswith("Fisher, Daniel B.; Myers, Amanda. (2021).")
    assert html.endswith("Journal of Participatory Medicine, 13(2), e28314.")


def test_spanish_dates_on_spanish_pages():
    with translation.override("es"):
        html = study().citation_html()

    assert "(1 de abril de 2021)." in html
