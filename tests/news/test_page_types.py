"""Every newsroom page type: where it may be created, that it renders, edits, previews,
translates through wagtail-localize and describes itself in JSON-LD."""

import datetime

import pytest
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from news.models import MediaAppearancePage, NewsIndexPage, NewsPage, WebinarPage
from tests.factories import (
    MediaAppearancePageFactory,
    NewsPageFactory,
    PersonFactory,
    WebinarPageFactory,
    make_document,
)
from tests.helpers import json_ld_item, submit_translation

pytestmark = pytest.mark.django_db

ITEM_TYPES = {NewsPage, WebinarPage, MediaAppearancePage}


class TestWhereNewsroomPagesBelong(WagtailPageTestCase):
    def test_parent_and_child_rules(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, ITEM_TYPES)
        for model in ITEM_TYPES:
            self.assertAllowedParentPageTypes(model, {NewsIndexPage})
            self.assertAllowedSubpageTypes(model, set())
            self.assertCanNotCreateAt(HomePage, model)
            self.assertCanNotCreateAt(StandardPage, model)


def test_one_newsroom_per_language_tree(newsroom, home_es):
    assert not NewsIndexPage.can_create_at(newsroom.get_parent())
    assert NewsIndexPage.can_create_at(home_es)


def people_stream(*people):
    return [("person", {"person": person, "role": "Presenter"}) for person in people]


@pytest.fixture
def one_of_each(newsroom):
    person = PersonFactory(name="Amanda Myers", credentials="MPH", affiliation="Brandeis")
    return [
        NewsPageFactory(parent=newsroom, people=people_stream(person)),
        WebinarPageFactory(
            parent=newsroom,
            people=people_stream(person),
            host_organisation="National Empowerment Center",
        ),
        MediaAppearancePageFactory(parent=newsroom, attachment=make_document(pages=10)),
    ]


def test_each_type_renders_with_valid_json_ld(client, one_of_each):
    expected = {NewsPage: "NewsArticle", WebinarPage: "Event", MediaAppearancePage: "NewsArticle"}
    for page in one_of_each:
        response = client.get(page.url)
        assert response.status_code == 200, page
        data = json_ld_item(response.text, "NewsArticle", "Event")
        assert data["@type"] == expected[type(page)]
        assert data["name"] == page.title
        assert data["url"] == f"http://testserver{page.url}"


def test_webinar_json_ld_is_an_online_event_with_presenters(client, one_of_each):
    webinar = one_of_each[1]

    data = json_ld_item(client.get(webinar.url).text, "Event")

    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["startDate"] == webinar.start_time.isoformat()
    assert data["performer"][0]["name"] == "Amanda Myers"
    assert data["organizer"]["name"] == "National Empowerment Center"


def test_each_type_is_editable_and_previewable(admin_client, newsroom, one_of_each):
    for page in [newsroom, *one_of_each]:
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200, page
        preview = admin_client.get(f"/admin/pages/{page.pk}/edit/preview/")
        assert preview.status_code == 200, page


def test_each_type_offered_only_where_it_belongs(admin_client, newsroom, home):
    add_under_newsroom = admin_client.get(f"/admin/pages/{newsroom.pk}/add_subpage/").text
    add_under_home = admin_client.get(f"/admin/pages/{home.pk}/add_subpage/").text

    for model in ITEM_TYPES:
        label = f"/admin/pages/add/news/{model._meta.model_name}/{newsroom.pk}/"
        assert label in add_under_newsroom
        assert f"/admin/pages/add/news/{model._meta.model_name}/" not in add_under_home


def test_each_type_translates_through_translate_this_page(
    admin_client, newsroom, one_of_each, home_es, spanish
):
    spanish_newsroom = submit_translation(admin_client, newsroom, spanish)
    assert spanish_newsroom.locale == spanish

    for page in one_of_each:
        translation = submit_translation(admin_client, page, spanish)
        assert translation.get_parent().specific == spanish_newsroom.specific
        # wagtail-localize's translation editor opens on it
        editor = admin_client.get(f"/admin/pages/{translation.pk}/edit/")
        assert editor.status_code == 200
        assert f"Translation of {page.title} into Spanish" in editor.text
        # facts that must not differ between languages are carried over
        assert translation.specific.display_date == page.display_date


def test_webinar_switches_from_register_to_recording_when_it_ends(client, newsroom):
    webinar = WebinarPageFactory(
        parent=newsroom,
        registration_url="https://example.org/register",
        recording_url="https://example.org/recording",
    )
    upcoming = client.get(webinar.url).text
    assert "https://example.org/register" in upcoming
    assert "https://example.org/recording" not in upcoming

    webinar.start_time = timezone.now() - datetime.timedelta(hours=2)
    webinar.end_time = timezone.now() - datetime.timedelta(hours=1)
    webinar.save_revision().publish()

    ended = client.get(webinar.url).text
    assert "https://example.org/register" not in ended
    assert "https://example.org/recording" in ended
    assert "Watch the recording" in ended


@pytest.mark.parametrize(
    ("language", "under_way", "closed"),
    [
        ("en", "This webinar is under way.", "Registration has closed."),
        ("es", "Este seminario web está en curso.", "La inscripción está cerrada."),
    ],
)
def test_a_webinar_under_way_no_longer_offers_registration(
    client, newsroom, home_es, translate_page, language, under_way, closed
):
    webinar = WebinarPageFactory(
        parent=newsroom,
        start_time=timezone.now() - datetime.timedelta(minutes=5),
        end_time=timezone.now() + datetime.timedelta(hours=1),
        registration_url="https://example.org/register",
        recording_url="https://example.org/recording",
    )
    if language == "es":
        translate_page(newsroom)
        webinar = translate_page(webinar)

    html = client.get(webinar.url).text

    assert webinar.url.startswith(f"/{language}/")
    assert "https://example.org/register" not in html
    assert under_way in html and closed in html
    # The recording comes only once it has ended.
    assert "https://example.org/recording" not in html


def test_webinar_time_shows_in_the_readers_language_with_timezone(client, newsroom, spanish):
    start = timezone.make_aware(datetime.datetime(2030, 3, 5, 14, 0))
    webinar = WebinarPageFactory(parent=newsroom, start_time=start)

    english = client.get(webinar.url).text
    assert "March 5, 2030" in english
    assert "EST" in english
    with_spanish = client.get(webinar.url, headers={"accept-language": "es"})
    assert with_spanish.status_code == 200


def test_webinar_end_must_follow_start(newsroom):
    from django.core.exceptions import ValidationError

    webinar = WebinarPageFactory.build(
        start_time=timezone.now(), end_time=timezone.now() - datetime.timedelta(hours=1)
    )
    with pytest.raises(ValidationError) as error:
        webinar.clean()
    assert "end_time" in error.value.message_dict


def test_media_appearance_links_its_attachment_with_measured_facts(client, newsroom):
    appearance = MediaAppearancePageFactory(
        parent=newsroom, attachment=make_document("The article", pages=10)
    )

    html = client.get(appearance.url).text

    assert "The article" in html
    assert "(PDF, 10 pages," in html


def test_detail_pages_carry_canonical_opengraph_and_twitter_tags(client, one_of_each):
    page = one_of_each[0]

    html = client.get(page.url).text

    canonical = f"http://testserver{page.url}"
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert f'<meta property="og:url" content="{canonical}">' in html
    assert f'<meta property="og:title" content="{page.title}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:description" content="{page.listing_summary}">' in html
    assert '<meta name="twitter:card" content="summary">' in html


def test_print_styles_are_linked(client, one_of_each):
    html = client.get(one_of_each[0].url).text

    assert 'href="/static/css/print.css" media="print"' in html


def test_ended_webinar_plays_an_uploaded_recording(client, newsroom):
    from django.core.files.base import ContentFile
    from wagtailmedia.models import get_media_model

    Media = get_media_model()
    recording = Media(title="Recording", type="video", duration=60)
    recording.file.save("recording.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42"), save=False)
    recording.save()
    past = timezone.now() - datetime.timedelta(days=2)
    webinar = WebinarPageFactory(
        parent=newsroom,
        start_time=past,
        end_time=past + datetime.timedelta(hours=1),
        recording_media=recording,
    )

    html = client.get(webinar.url).text

    assert f'<video controls preload="none" src="{recording.url}"></video>' in html
