"""Research summaries: rules, rendering, citation downloads, Scholar tags, feeds, translation."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from research.models import ResearchIndexPage, ResearchSummaryPage
from tests.factories import ResearchIndexPageFactory, ResearchSummaryPageFactory, make_document
from tests.helpers import json_ld_item, submit_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def research(home):
    return ResearchIndexPageFactory(parent=home)


@pytest.fixture
def study(research):
    return ResearchSummaryPageFactory(
        parent=research,
        title="Feasibility and preliminary effectiveness of Emotional CPR",
        volume="6",
        issue="1",
        pages="e28314",
        doi="10.2196/28314",
        full_text_url="https://example.org/full-text",
        key_findings=[
            ("finding", {"finding": "Better at identifying emotions.", "figure": "P<=.05"})
        ],
        summary_document=make_document("One-page summary", pages=1),
    )


class TestWhereResearchPagesBelong(WagtailPageTestCase):
    def test_parent_and_child_rules(self):
        self.assertAllowedParentPageTypes(ResearchIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ResearchIndexPage, {ResearchSummaryPage})
        self.assertAllowedParentPageTypes(ResearchSummaryPage, {ResearchIndexPage})
        self.assertAllowedSubpageTypes(ResearchSummaryPage, set())


def test_summary_renders_citation_findings_and_documents(client, study):
    html = client.get(study.url).text

    assert "Fisher, Daniel B.; Myers, Amanda" in html
    assert "April 2021" in html
    assert "Better at identifying emotions." in html
    assert "(P&lt;=.05)" in html
    assert 'href="https://doi.org/10.2196/28314"' in html
    assert "(PDF, 1 page," in html


def test_scholar_meta_tags_and_json_ld(client, study):
    html = client.get(study.url).text

    assert '<meta name="citation_author" content="Fisher, Daniel B.">' in html
    assert '<meta name="citation_author" content="Myers, Amanda">' in html
    assert '<meta name="citation_publication_date" content="2021/04">' in html
    assert (
        '<meta name="citation_journal_title" content="Journal of Participatory Medicine">' in html
    )
    assert '<meta name="citation_doi" content="10.2196/28314">' in html
    data = json_ld_item(html, "ScholarlyArticle")
    assert data["datePublished"] == "2021-04"
    assert [a["name"] for a in data["author"]] == ["Fisher, Daniel B.", "Myers, Amanda"]


def test_bibtex_download(client, study):
    response = client.get(f"{study.url}cite/bibtex/")

    assert response["Content-Type"].startswith("application/x-bibtex")
    text = response.content.decode()
    assert text.startswith("@article{fisher2021")
    assert "author = {Fisher, Daniel B. and Myers, Amanda}" in text
    assert "doi = {10.2196/28314}" in text
    assert "month = {4}" in text
    assert text.count("{") == text.count("}")


def test_ris_download(client, study):
    response = client.get(f"{study.url}cite/ris/")

    lines = response.content.decode().split("\r\n")
    assert lines[0] == "TY  - JOUR"
    assert "AU  - Fisher, Daniel B." in lines
    assert "DA  - 2021/04//" in lines
    assert "DO  - 10.2196/28314" in lines
    assert lines[-2] == "ER  -"


def test_doi_must_be_bare(research):
    page = ResearchSummaryPageFactory.build(doi="https://doi.org/10.2196/28314")

    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "doi" in error.value.message_dict


def test_index_lists_newest_first_and_rejects_bad_pages(client, research):
    ResearchSummaryPageFactory(
        parent=research, title="Old", publication_date=datetime.date(2016, 1, 1)
    )
    ResearchSummaryPageFactory(
        parent=research, title="New", publication_date=datetime.date(2022, 6, 1)
    )
    ResearchSummaryPageFactory(parent=research, title="Undated", publication_date=None)

    response = client.get(research.url)

    assert [p.title for p in response.context["items"]] == ["New", "Old", "Undated"]
    assert client.get(f"{research.url}?page=x").status_code == 404
    assert client.get(f"{research.url}?page=2").status_code == 404


def test_research_feeds_parse(client, study, research):
    rss = ET.fromstring(client.get(f"{research.url}feed/rss/").content)
    atom = ET.fromstring(client.get(f"{research.url}feed/atom/").content)

    assert [i.find("title").text for i in rss.iter("item")] == [study.title]
    assert len(list(atom.iter("{http://www.w3.org/2005/Atom}entry"))) == 1


def test_research_pages_edit_preview_and_translate(admin_client, research, study, home_es, spanish):
    for page in (research, study):
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/preview/").status_code == 200

    submit_translation(admin_client, research, spanish)
    translation = submit_translation(admin_client, study, spanish).specific

    # Facts that must not differ between languages come across untouched.
    assert translation.doi == study.doi
    assert translation.publication_date == study.publication_date
    editor = admin_client.get(f"/admin/pages/{translation.pk}/edit/")
    assert f"Translation of {study.title} into Spanish" in editor.text
