"""No Spanish page is approved while it carries English, or nothing, where screen readers and
search engines read it: alt text, link words, document titles, the search description."""

import pytest
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import WorkflowState

from home.models import StandardPage
from media_library.models import CustomImage
from tests.factories import ResourceIndexPageFactory, ResourcePageFactory, make_document
from tests.helpers import publish
from tests.media_library.test_images import png_bytes
from tests.staff import make_staff
from translations.approval_guard import leftovers_for
from translations.models import GlossaryTerm
from translations.translating import translation_for

pytestmark = pytest.mark.django_db

EVERYTHING_IN_SPANISH = {
    "Getting help": "Cómo pedir ayuda",
    "getting-help": "como-pedir-ayuda",
    "Where to find help nearby.": "Dónde encontrar ayuda cerca.",
    "Two people talking on a bench.": "Dos personas conversan en un banco.",
    "Read the stories": "Lea las historias",
    "The training guide": "La guía de la capacitación",
    'Meet <a id="a1">our partners</a> this spring.': (
        'Conozca a <a id="a1">nuestros socios</a> esta primavera.'
    ),
}


@pytest.fixture
def image(db):
    image = CustomImage(title="Bench", description="Two people talking on a bench.")
    image.file.save("bench.png", ContentFile(png_bytes()), save=False)
    image.width, image.height = 40, 30
    image.save()
    return image


@pytest.fixture
def help_page(home, home_es, image):
    guide = make_document("The training guide")
    workbook = make_document("eCPR workbook")
    page = StandardPage(
        title="Getting help",
        slug="getting-help",
        search_description="Where to find help nearby.",
        body=[
            ("image", {"image": image, "alt_text": "", "caption": ""}),
            ("link", {"text": "Read the stories", "url": "https://example.org/stories"}),
            (
                "paragraph",
                '<p>Meet <a href="https://example.org/">our partners</a> this spring.</p>',
            ),
            ("link", {"text": "The training guide", "document": guide}),
            ("image", {"image": image, "alt_text": "", "caption": ""}),
        ],
    )
    home.add_child(instance=page)
    publish(page)
    # A name the glossary keeps in English is not a leftover.
    GlossaryTerm.objects.create(english="eCPR", do_not_translate=True)
    page.body.append(("link", {"text": "eCPR", "document": workbook}))
    return publish(page)


def translated(translate_page, page, leaving_out=None):
    strings = {english: spanish for english, spanish in EVERYTHING_IN_SPANISH.items()}
    strings.pop(leaving_out, None)
    return translate_page(page, strings)


def kinds(page):
    return sorted((leftover.kind, leftover.empty) for leftover in leftovers_for(page))


def test_a_page_translated_throughout_has_no_leftovers(help_page, translate_page):
    spanish = translated(translate_page, help_page)
    assert leftovers_for(spanish) == []


@pytest.mark.parametrize(
    "english, kind",
    [
        ("Two people talking on a bench.", "alt"),
        ("Read the stories", "link"),
        ('Meet <a id="a1">our partners</a> this spring.', "link"),
        ("The training guide", "link"),
        ("Where to find help nearby.", "description"),
    ],
)
def test_each_kind_of_english_left_is_found_with_where_it_is(
    help_page, translate_page, english, kind
):
    spanish = translated(translate_page, help_page, leaving_out=english)
    leftovers = leftovers_for(spanish)
    assert {leftover.kind for leftover in leftovers} == {kind}
    assert all(leftover.where for leftover in leftovers)
    if kind == "alt":
        # Both image blocks show the same picture: each is named.
        assert len(leftovers) == 2 and leftovers[0].where != leftovers[1].where


def test_an_empty_search_description_is_a_leftover(help_page, translate_page):
    spanish = translated(translate_page, help_page)
    spanish.search_description = ""
    spanish.save_revision()
    assert kinds(spanish) == [("description", True)]


@pytest.fixture
def downloads_page(home, home_es):
    guide = make_document("The training guide")
    guide.spanish_version = make_document("La guía de la capacitación", language="es")
    guide.save()
    untitled_version = make_document("Flyer")
    untitled_version.spanish_version = make_document("Flyer", language="es")
    untitled_version.save()
    downloads = [
        ("document", {"document": guide, "title": ""}),
        # Exists only in English: its title stays English, and readers are told so.
        ("document", {"document": make_document("eCPR workbook"), "title": ""}),
        ("document", {"document": make_document("Slides"), "title": "The talk's slides"}),
        ("document", {"document": untitled_version, "title": ""}),
    ]
    return ResourcePageFactory(
        parent=ResourceIndexPageFactory(parent=home),
        title="Downloads",
        slug="downloads",
        description="<p>Free to share.</p>",
        downloads=downloads,
    )


def test_document_titles_left_in_english_are_leftovers_unless_the_document_is_english(
    downloads_page, translate_page
):
    spanish = translate_page(
        downloads_page,
        {
            "Downloads": "Descargas",
            "downloads": "descargas",
            "Free to share.": "Para compartir libremente.",
        },
    )
    leftovers = leftovers_for(spanish)
    assert sorted((leftover.kind, leftover.english) for leftover in leftovers) == [
        ("document", "Flyer"),
        ("document", "The talk's slides"),
    ]


def test_the_library_alt_text_in_spanish_is_used_when_the_block_has_none(
    help_page, translate_page, image
):
    image.description_es = "Dos personas en un banco."
    image.save()
    strings = dict(EVERYTHING_IN_SPANISH)
    strings.pop("Two people talking on a bench.")
    spanish = translate_page(help_page, strings)
    # The translation editor offered the alt text; the translator left it: the block repeats
    # the English, which is a leftover even though the library has Spanish.
    assert {leftover.kind for leftover in leftovers_for(spanish)} == {"alt"}


def test_the_reviewer_cannot_approve_and_sees_what_and_where(client, help_page, translate_page):
    spanish = translated(translate_page, help_page, leaving_out="Read the stories")
    translator, reviewer = make_staff("translator"), make_staff("reviewer")
    client.force_login(translator)
    client.post(
        reverse("translations:review_translation", args=[translation_for(spanish).id]),
        # Confirmed: a piece left in English is what this page is about.
        {"action": "submit", "confirmed": "1"},
    )
    client.force_login(reviewer)
    url = reverse("translations:side_by_side", args=[spanish.pk])

    spanish.refresh_from_db()
    assert spanish.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    page = client.get(url)
    assert page.context["task_state"] is not None
    assert "Read the stories" in page.content.decode()
    assert [leftover.kind for leftover in page.context["leftovers"]] == ["link"]

    response = client.post(url, {"action": "approve"}, follow=True)
    spanish.refresh_from_db()
    assert spanish.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert "cannot be approved" in message and "Read the stories" in message

    # Nor from the page editor's menu, nor from Wagtail's workflow action address.
    task_state = spanish.current_workflow_state.current_task_state
    client.post(
        reverse("wagtailadmin_pages:edit", args=[spanish.pk]),
        {"action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[spanish.pk, "approve", task_state.pk])
    )
    spanish.refresh_from_db()
    assert spanish.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_page_with_nothing_left_is_approved_there(client, help_page, translate_page):
    spanish = translated(translate_page, help_page)
    client.force_login(make_staff("translator"))
    client.post(
        reverse("translations:review_translation", args=[translation_for(spanish).id]),
        # Confirmed: a piece left in English is what this page is about.
        {"action": "submit", "confirmed": "1"},
    )
    client.force_login(make_staff("reviewer"))
    client.post(reverse("translations:side_by_side", args=[spanish.pk]), {"action": "approve"})
    spanish.refresh_from_db()
    assert spanish.current_workflow_state is None and spanish.live
