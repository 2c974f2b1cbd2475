"""The demo loader builds the whole program, in both languages, and is safe to run again."""

import io
import re
from collections import Counter

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import TranslationSource

from home.models import FormPage, ResourcePage, StandardPage
from media_library.models import CustomDocument, CustomImage
from media_library.templatetags.document_tags import document_label
from news.models import MediaAppearancePage, NewsPage, Outlet, WebinarPage
from research.models import ResearchSummaryPage
from tests.staff import assert_trees_assigned
from translations.status import Status, source_pages, with_translation_status
from website.models import Person, SiteSettings, Topic

pytestmark = pytest.mark.django_db

INVENTORY_COUNTS = {
    NewsPage: 5,
    WebinarPage: 4,
    MediaAppearancePage: 5,
    ResearchSummaryPage: 4,
    ResourcePage: 3,
}


@pytest.fixture(scope="module")
def _demo_for_the_module(django_db_setup, django_db_blocker):
    """The demo, loaded once for this module's tests inside a transaction rolled back after
    them (as Django's setUpTestData does): each test still runs in a transaction of its own."""
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        try:
            for code in ("en", "es"):
                Locale.objects.get_or_create(language_code=code)
            call_command("load_demo_content", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)


@pytest.fixture
def demo(_demo_for_the_module, english, spanish):
    return Site.objects.get(is_default_site=True).root_page.specific


def live_in(model, locale):
    return model.objects.live().filter(locale=locale)


def check_every_inventory_row_is_a_live_page_of_its_type(english):
    for model, count in INVENTORY_COUNTS.items():
        assert live_in(model, english).count() == count, model
    assert {p.slug for p in live_in(StandardPage, english)} >= {
        "what-is-ecpr",
        "what-is-emotional-crisis",
        "youth-ecpr",
    }
    assert live_in(FormPage, english).count() == 2


def check_facts_sit_in_structured_fields(english):
    la_times = MediaAppearancePage.objects.get(locale=english, slug="la-times-group-therapy")
    assert la_times.outlet.name == "Los Angeles Times"
    assert str(la_times.display_date) == "2023-03-28"
    assert [b.value["person"].name for b in la_times.people] == ["Braunwynn Franklin"]

    webinar = WebinarPage.objects.get(locale=english, slug="promising-evidence-webinar")
    presenters = {b.value["person"].full_name for b in webinar.people}
    assert presenters == {"Amanda Myers, MPH", "Shira Collings, BA"}

    study = ResearchSummaryPage.objects.get(
        locale=english, slug="feasibility-and-preliminary-effectiveness"
    )
    assert study.publisher == "Journal of Participatory Medicine"
    assert (str(study.publication_date), study.date_precision) == ("2021-04-01", "month")
    assert [b.value["figure"] for b in study.key_findings] == ["P<=.05"] * 8

    # Undated rows stay undated rather than getting an invented date.
    undated = NewsPage.objects.get(locale=english, slug="veterinarians-find-ecpr-helpful")
    assert undated.date is None

    assert Person.objects.filter(locale=english).count() == 8
    assert Outlet.objects.filter(locale=english).count() == 5
    assert Topic.objects.filter(locale=english).count() == 5
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert site_settings.phone == "877-246-9058"
    assert site_settings.contact_page.specific.slug == "contact"
    assert site_settings.email_list_page is not None


DOCUMENTS = [
    (
        "Does mental health training for an everyday person exist? (article)",
        10,
        "(PDF, 10 pages, 477 KB)",
    ),
    ("MH Weekly quotes Daniel Fisher (article)", 8, "(PDF, 8 pages, 234 KB)"),
    ("Emotional CPR: Saving Lives, Healing Communities (flyer)", 2, "(PDF, 2 pages, 306 KB)"),
    (
        "Emotional CPR: Saving Lives, Healing Communities (slides)",
        29,
        "(PDF, 29 pages, 1.48 MB)",
    ),
    ("Youth Emotional CPR webinar slides", 24, "(PowerPoint, 24 slides, 3.3 MB)"),
]


def check_documents_are_measured_with_the_inventorys_facts():
    for title, pages, label in DOCUMENTS:
        document = CustomDocument.objects.get(title=title)
        assert document.page_count == pages, title
        assert document_label(document) == label, title

    article = CustomDocument.objects.get(title__startswith="Promising Evidence")
    assert document_label(article) == "(PDF, 3 pages, 347 KB)"
    brochure = CustomDocument.objects.get(title="Un folleto de eCPR en Español")
    assert brochure.language == "es"


def check_spanish_site_is_translated_through_wagtail_localize(english, spanish, admin_client):
    english_pages = Page.objects.filter(locale=english, depth__gt=1)
    spanish_live = Page.objects.filter(locale=spanish, depth__gt=1).live()
    assert spanish_live.count() == english_pages.count() - 1

    for model in INVENTORY_COUNTS:
        assert live_in(model, spanish).count() >= INVENTORY_COUNTS[model] * 2 // 3, model
    for page in live_in(StandardPage, english):
        assert page.get_translation(spanish).live, page

    spanish_study = live_in(ResearchSummaryPage, spanish).first()
    source = TranslationSource.objects.get(object_id=spanish_study.translation_key, locale=english)
    assert source.stringsegment_set.exists()
    editor = admin_client.get(f"/admin/pages/{spanish_study.pk}/edit/")
    assert "into Spanish" in editor.text


def check_one_page_untranslated_and_one_out_of_date(spanish):
    statuses = Counter(
        page.translation_status for page in with_translation_status(source_pages(), spanish)
    )
    by_slug = {
        page.slug: page.translation_status
        for page in with_translation_status(source_pages(), spanish)
    }

    assert by_slug["mh-weekly-quotes-fisher"] == Status.MISSING
    assert by_slug["carf-cites-ecpr"] == Status.OUT_OF_DATE
    assert statuses[Status.MISSING] == 1
    assert statuses[Status.OUT_OF_DATE] == 1


def check_every_item_and_person_has_a_described_picture(english, spanish):
    for model in INVENTORY_COUNTS:
        for page in model.objects.live().filter(locale__in=[english, spanish]):
            image = page.listing_image
            assert image is not None, page
            assert image.description and image.description_es, image
            assert image.description != image.description_es, "alt text in each language"
    for person in Person.objects.all():
        assert person.photo is not None, person
        assert "portrait" in person.photo.description and "retrato" in person.photo.description_es
    # Painted by the loader: the same picture for the same title, nothing fetched.
    assert (
        CustomImage.objects.count()
        == len(
            {page.listing_image_id for model in INVENTORY_COUNTS for page in model.objects.all()}
        )
        + Person.objects.filter(locale=english).count()
    )


def test_demo_holds_the_whole_inventory_in_both_languages(demo, english, spanish, admin_client):
    check_every_inventory_row_is_a_live_page_of_its_type(english)
    check_every_item_and_person_has_a_described_picture(english, spanish)
    assert [block.block_type for block in demo.body] == ["heading", "steps"], "C-P-R, illustrated"
    check_facts_sit_in_structured_fields(english)
    check_documents_are_measured_with_the_inventorys_facts()
    check_spanish_site_is_translated_through_wagtail_localize(english, spanish, admin_client)
    check_one_page_untranslated_and_one_out_of_date(spanish)


def test_running_again_changes_nothing_and_reset_rebuilds(demo):
    before = (
        Page.objects.count(),
        CustomDocument.objects.count(),
        Person.objects.count(),
        list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")),
    )

    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115

    after = (
        Page.objects.count(),
        CustomDocument.objects.count(),
        Person.objects.count(),
        list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")),
    )
    assert after == before

    old_home = demo.pk

    call_command("load_demo_content", "--reset", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert Page.objects.count() == before[0]
    assert Site.objects.get(is_default_site=True).root_page_id != old_home


LINK = re.compile(r'href="(/(?:en|es)/[^"#?]*)"')


def reachable_within_two_clicks(client, start):
    seen, frontier = {start}, [start]
    for _ in range(2):
        next_frontier = []
        for url in frontier:
            response = client.get(url)
            for link in LINK.findall(response.content.decode()):
                if link not in seen:
                    seen.add(link)
                    next_frontier.append(link)
        frontier = next_frontier
    return seen


def test_every_row_reachable_from_home_in_two_clicks(client, demo, english, spanish):
    for locale in (english, spanish):
        wanted = {
            page.url
            for model in [*INVENTORY_COUNTS, StandardPage]
            for page in live_in(model, locale)
        }

        reached = reachable_within_two_clicks(client, f"/{locale.language_code}/")

        assert wanted - reached == set(), locale


# Each trust page's English and Spanish title, in footer order.
TRUST_PAGES = {
    "en": ["Our information standards", "Accessibility statement", "Privacy notice"],
    "es": ["Nuestras normas de información", "Declaración de accesibilidad", "Aviso de privacidad"],
}


def test_trust_pages_in_both_languages_are_linked_from_every_footer(client, demo):
    for language, titles in TRUST_PAGES.items():
        for url in (f"/{language}/", StandardPage.objects.get(title=titles[0]).url):
            html = client.get(url).content.decode()
            nav = html[html.index('aria-labelledby="footer-trust"') :]
            links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', nav)[:3]
            assert [title for _href, title in links] == titles, url
            for href, title in links:
                assert href.startswith(f"/{language}/")
                assert f"<h1>{title}</h1>" in client.get(href).content.decode()


def test_demo_reviews_have_realistic_dates_and_one_overdue_page_a_language(demo, client):
    today = timezone.localdate()
    for model in (StandardPage, NewsPage, ResearchSummaryPage, ResourcePage):
        for page in model.objects.live():
            assert page.last_reviewed_on and page.last_reviewed_on < today, page
            assert page.next_review_due and page.last_reviewed_by and page.reviewer_role, page
    overdue = [page for page in StandardPage.objects.live() if page.next_review_due < today]
    assert sorted(page.locale.language_code for page in overdue) == ["en", "es"]
    spanish_overdue = next(page for page in overdue if page.locale.language_code == "es")
    assert "Próxima revisión:" in client.get(spanish_overdue.url).content.decode()


def main_content(html):
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def test_the_demo_asks_for_donations_on_home_and_the_donations_item(client, demo, spanish):
    donate = SiteSettings.objects.get().donate_url
    appeal = Page.objects.get(slug="donations-needed", locale__language_code="en")
    home = Page.objects.get(depth=2, locale__language_code="en")

    for page in (home, appeal, home.get_translation(spanish), appeal.get_translation(spanish)):
        # In the page's own content, not only in the footer that every page shares.
        assert f'href="{donate}"' in main_content(client.get(page.url).content.decode()), page.url


def test_the_demo_site_has_every_role_in_place(demo):
    home_en = Page.objects.get(depth=2, locale__language_code="en")
    home_es = Page.objects.get(depth=2, locale__language_code="es")
    assert_trees_assigned(home_en, home_es)
