"""Translators translate only what they may read, and publish nothing through wagtail-localize."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import resolve, reverse
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import TranslationSource

from news.models import NewsPage
from tests.factories import PersonFactory
from translations import guard as translation_guard

pytestmark = pytest.mark.django_db


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.id])


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def draft_item(newsroom):
    page = NewsPage(
        title="Unannounced partnership",
        slug="unannounced",
        live=False,
        display_date=datetime.date(2024, 5, 1),
    )
    newsroom.add_child(instance=page)
    page.save_revision()
    return page


def spanish_copies(page, spanish):
    return Page.objects.filter(translation_key=page.translation_key, locale=spanish)


def test_wagtail_localize_addresses_reach_the_guarded_views():
    for name, args, view in (
        ("submit_page_translation", [1], translation_guard.SubmitPageTranslationView),
        ("submit_snippet_translation", ["website", "person", "1"], None),
        ("update_translations", [1], translation_guard.UpdateTranslationsView),
        ("convert_to_alias", [1], None),
    ):
        match = resolve(reverse(f"wagtail_localize:{name}", args=args))
        assert match.namespace == "translations_localize", name
        if view is not None:
            assert match.func.view_class is view


def test_translator_translates_a_live_page_into_a_spanish_draft(
    login, staff, site_pages, news_item, spanish
):
    client = login(staff["translator"])

    assert client.get(submit_url(news_item)).status_code == 200
    response = client.post(submit_url(news_item), {"locales": [spanish.id]})

    copy = spanish_copies(news_item, spanish).get()
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[copy.id])
    assert not copy.live


@pytest.mark.parametrize("method", ["get", "post"])
def test_translator_may_not_translate_a_draft(
    method, login, staff, site_pages, draft_item, spanish
):
    client = login(staff["translator"])
    sources_before = TranslationSource.objects.count()

    response = getattr(client, method)(submit_url(draft_item), {"locales": [spanish.id]})

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert messages_of(response) == [
        "“Unannounced partnership” is not published, or not public, and you may not edit it, "
        "so it cannot be translated yet. Ask a moderator to publish it first."
    ]
    assert not spanish_copies(draft_item, spanish).exists()
    assert TranslationSource.objects.count() == sources_before


def test_translator_may_not_translate_a_private_page(login, staff, site_pages, news_item, spanish):
    PageViewRestriction.objects.create(
        page=news_item, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    client = login(staff["translator"])

    response = client.post(submit_url(news_item), {"locales": [spanish.id]})

    assert response.status_code == 302
    assert "cannot be translated yet" in messages_of(response)[0]
    assert not spanish_copies(news_item, spanish).exists()


def test_translating_a_section_refuses_when_a_page_below_is_a_draft(
    login, staff, site_pages, newsroom, news_item, draft_item, spanish
):
    client = login(staff["translator"])

    response = client.post(submit_url(newsroom), {"locales": [spanish.id], "include_subtree": "on"})

    assert "“Unannounced partnership” is not published" in messages_of(response)[0]
    assert not spanish_copies(newsroom, spanish).exists()
    assert not spanish_copies(news_item, spanish).exists()


def test_a_page_under_an_unpublished_section_is_refused(
    login, staff, site_pages, newsroom, news_item, spanish
):
    newsroom.unpublish()
    client = login(staff["translator"])

    response = client.post(submit_url(news_item), {"locales": [spanish.id]})

    assert "“News & media” is not published" in messages_of(response)[0]
    assert not spanish_copies(news_item, spanish).exists()


def test_someone_who_may_edit_a_draft_may_translate_it(
    login, staff, site_pages, draft_item, spanish
):
    client = login(staff["admin"])

    response = client.post(submit_url(draft_item), {"locales": [spanish.id]})

    assert response.status_code == 302
    assert spanish_copies(draft_item, spanish).exists()


def test_editors_do_not_start_translations(login, staff, site_pages, news_item, spanish):
    client = login(staff["editor"])

    response = client.post(submit_url(news_item), {"locales": [spanish.id]})

    assert response.status_code == 302
    assert not spanish_copies(news_item, spanish).exists()


def test_a_draft_snippet_is_refused_and_a_live_one_allowed(login, staff, site_pages, spanish):
    draft = PersonFactory(name="Someone not announced", live=False)
    live = PersonFactory(name="Daniel Fisher")
    client = login(staff["translator"])

    def url(person):
        return reverse(
            "wagtail_localize:submit_snippet_translation", args=["website", "person", person.pk]
        )

    refused = client.post(url(draft), {"locales": [spanish.id]})
    allowed = client.post(url(live), {"locales": [spanish.id]})

    assert "“Someone not announced” is not published" in messages_of(refused)[0]
    assert not draft.get_translations().exists()
    assert allowed.status_code == 302
    assert live.get_translations().filter(locale=spanish).exists()


@pytest.fixture
def translated_item(news_item, translate_page):
    """A live English news item with a live Spanish translation, then changed in English."""
    spanish_item = translate_page(news_item, {"Veterinarians find eCPR helpful": "Veterinarios"})
    news_item.title = "Veterinarians find eCPR very helpful"
    news_item.save_revision().publish()
    return spanish_item


def test_syncing_and_publishing_needs_publish_rights(login, staff, site_pages, translated_item):
    source = TranslationSource.objects.get(object_id=translated_item.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.id])
    revisions_before = translated_item.revisions.count()
    client = login(staff["translator"])

    response = client.post(url, {"publish_translations": "on"})

    assert response.status_code == 302
    assert "You may not publish “Veterinarios”" in messages_of(response)[0]
    source.refresh_from_db()
    assert "very helpful" not in source.content_json
    assert translated_item.revisions.count() == revisions_before


def test_syncing_without_publishing_is_allowed(login, staff, site_pages, translated_item):
    source = TranslationSource.objects.get(object_id=translated_item.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.id])
    client = login(staff["translator"])

    response = client.post(url, {})

    assert response.status_code == 302
    source.refresh_from_db()
    assert "very helpful" in source.content_json
    translated_item.refresh_from_db()
    assert translated_item.title == "Veterinarios"


def test_a_spanish_reviewer_may_sync_and_publish(login, staff, site_pages, translated_item):
    source = TranslationSource.objects.get(object_id=translated_item.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.id])
    client = login(staff["reviewer"])

    response = client.post(url, {"publish_translations": "on"})

    assert response.status_code == 302
    assert not any("may not" in m for m in messages_of(response))


def test_translator_may_not_turn_a_translation_into_an_alias(
    login, staff, site_pages, translated_item
):
    url = reverse("wagtail_localize:convert_to_alias", args=[translated_item.id])
    client = login(staff["translator"])

    response = client.post(url)

    assert response.status_code == 302
    assert "turn it into an alias" in messages_of(response)[0]
    translated_item.refresh_from_db()
    assert translated_item.alias_of_id is None
    assert translated_item.title == "Veterinarios"


def test_translator_may_not_publish_from_the_translation_editor(
    login, staff, site_pages, news_item, spanish
):
    client = login(staff["translator"])
    client.post(submit_url(news_item), {"locales": [spanish.id]})
    copy = spanish_copies(news_item, spanish).get()
    edit_url = reverse("wagtailadmin_pages:edit", args=[copy.id])

    response = client.post(edit_url, {"action": "publish"})

    assert response.status_code == 302
    assert response.url == edit_url
    copy.refresh_from_db()
    assert not copy.live


def test_translators_translate_only_into_spanish(
    login, staff, site_pages, news_item, translate_page, english
):
    spanish_only = translate_page(news_item, {"Veterinarians find eCPR helpful": "Veterinarios"})
    news_item.delete()
    client = login(staff["translator"])

    response = client.post(submit_url(spanish_only), {"locales": [english.id]})

    assert messages_of(response) == [
        "You may only translate into the languages you work in, not English."
    ]
    assert not spanish_copies(spanish_only, english).exists()


def test_syncing_a_deleted_source_is_not_found(login, staff, site_pages, translated_item):
    source = TranslationSource.objects.get(object_id=translated_item.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.id])
    NewsPage.objects.filter(locale=source.locale).delete()

    response = login(staff["translator"]).get(url, follow=True)

    assert response.status_code == 404
