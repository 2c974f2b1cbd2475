"""The demo content: the whole eCPR program as real pages, in English and Spanish.

The data modules in `data/` only describe the content; the functions here turn it into pages,
snippets and documents through the builder, each with its Spanish copy.
"""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from home.models import FormField, FormPage, HomePage, ResourceIndexPage, ResourcePage, StandardPage
from news.models import NewsIndexPage, Outlet
from research.models import ResearchIndexPage, ResearchSummaryPage
from translations.models import GlossaryTerm
from website.models import FooterText, Person, Topic

from .builder import DemoBuilder
from .data import core, forms, glossary, newsroom, people, research, resources, reviews, trust
from .data.settings import FOOTER_TEXT, SITE_SETTINGS
from .images import DemoImage
from .text import spanish_strings


def build_demo(stdout, *, reset=False):
    builder = DemoBuilder(stdout)
    if reset:
        clear_snippets()
    pages = build_core(builder)
    home = pages["home"]
    builder.site_settings(**SITE_SETTINGS)
    build_footer_text(builder)
    persons, outlets, topics = build_snippets(builder)
    build_newsroom(builder, home, persons, outlets, topics)
    build_research(builder, home, persons)
    build_resources(builder, home)
    build_get_involved(builder, home)
    build_form_pages(builder, home)
    build_trust_pages(builder, home)
    leave_one_translation_out_of_date(builder, home)
    set_review_dates(builder, home)
    build_glossary(builder)
    return builder


def build_glossary(builder):
    """The translators' glossary; terms staff have changed are left as they are."""
    for english, spanish, note, do_not_translate in glossary.GLOSSARY:
        _term, created = GlossaryTerm.objects.get_or_create(
            english=english,
            defaults={"spanish": spanish, "note": note, "do_not_translate": do_not_translate},
        )
        if created:
            builder.log("glossary term", english)


def with_picture(fields):
    """fields with a listing image painted for the page, unless the data gives one."""
    return {"listing_image": DemoImage(str(fields["title"])), **fields}


def build_core(builder):
    """Home and the About pages, with their Spanish copies."""
    home = builder.home(HomePage, **core.HOME)
    about = builder.page(home, StandardPage, **core.ABOUT)
    pages = {
        "home": (home, core.HOME),
        "about": (about, core.ABOUT),
        "what_is_ecpr": (builder.page(about, StandardPage, **core.WHAT_IS_ECPR), core.WHAT_IS_ECPR),
        "what_is_crisis": (
            builder.page(about, StandardPage, **core.WHAT_IS_CRISIS),
            core.WHAT_IS_CRISIS,
        ),
        "youth": (builder.page(about, StandardPage, **core.YOUTH), core.YOUTH),
    }
    for page, data in pages.values():
        builder.spanish_copy(page, spanish_strings(data))
    return {key: page for key, (page, _data) in pages.items()}


def build_get_involved(builder, home):
    page = builder.page(home, StandardPage, **core.GET_INVOLVED)
    builder.spanish_copy(page, spanish_strings(core.GET_INVOLVED))
    return page


def build_footer_text(builder):
    footer = FooterText.objects.filter(locale=builder.english).first()
    if footer is None:
        footer = FooterText.objects.create(locale=builder.english, text=FOOTER_TEXT)
        builder.log("snippet", "footer text")
    builder.spanish_copy(footer, spanish_strings(FOOTER_TEXT))


def _snippet(builder, model, lookup, fields):
    existing = model.objects.filter(locale=builder.english, **lookup).first()
    if existing is not None:
        return existing
    obj = model.objects.create(locale=builder.english, **lookup, **fields)
    builder.log("snippet", obj)
    return obj


def build_snippets(builder):
    """People, outlets and topics in English, each with its Spanish translation."""
    persons = {
        key: _snippet(
            builder,
            Person,
            {"name": data["name"]},
            {
                **{k: v for k, v in data.items() if k != "name"},
                "photo": builder.image(DemoImage(data["name"], portrait=True)),
            },
        )
        for key, data in people.PEOPLE.items()
    }
    outlets = {
        key: _snippet(builder, Outlet, {"name": data["name"]}, {"medium": data["medium"]})
        for key, data in people.OUTLETS.items()
    }
    topics = {
        slug: _snippet(builder, Topic, {"slug": slug}, {"name": name})
        for slug, name in people.TOPICS.items()
    }
    for key, person in persons.items():
        builder.spanish_copy(person, spanish_strings(people.PEOPLE[key]))
    for key, outlet in outlets.items():
        builder.spanish_copy(outlet, spanish_strings(people.OUTLETS[key]))
    for slug, topic in topics.items():
        builder.spanish_copy(topic, spanish_strings(people.TOPICS[slug]))
    return persons, outlets, topics


def clear_snippets():
    """Remove the demo's people, outlets and topics (their Spanish copies go with them)."""
    for model, lookup in (
        (Person, {"name__in": [person["name"] for person in people.PEOPLE.values()]}),
        (Outlet, {"name__in": [str(outlet["name"]) for outlet in people.OUTLETS.values()]}),
        (Topic, {"slug__in": list(people.TOPICS)}),
    ):
        keys = model.objects.filter(**lookup).values("translation_key")
        model.objects.filter(translation_key__in=keys).delete()


def build_newsroom(builder, home, persons, outlets, topics):
    index = builder.page(home, NewsIndexPage, **newsroom.NEWSROOM)
    spanish_index = builder.spanish_copy(index, spanish_strings(newsroom.NEWSROOM))
    items = [
        *newsroom.news_items(persons),
        *newsroom.webinars(persons),
        *newsroom.appearances(persons, outlets),
    ]
    pages = []
    for data in items:
        fields = {key: value for key, value in data.items() if key not in ("model", "topics")}
        page = builder.page(index, data["model"], **with_picture(fields))
        if data.get("topics") and not page.topics.exists():
            page.topics.set([topics[slug] for slug in data["topics"]])
            page.save_revision().publish()
        pages.append(page)
        if page.slug != newsroom.UNTRANSLATED:
            builder.spanish_copy(page, spanish_strings(data))
    return index, spanish_index, pages


def build_research(builder, home, persons):
    index = builder.page(home, ResearchIndexPage, **research.RESEARCH)
    builder.spanish_copy(index, spanish_strings(research.RESEARCH))
    for data in research.summaries(persons):
        page = builder.page(index, ResearchSummaryPage, **with_picture(data))
        builder.spanish_copy(page, spanish_strings(data))
    return index


def build_resources(builder, home):
    index = builder.page(home, ResourceIndexPage, **resources.RESOURCES)
    builder.spanish_copy(index, spanish_strings(resources.RESOURCES))
    pages = []
    for data in resources.resources():
        page = builder.page(index, ResourcePage, **with_picture(data))
        builder.spanish_copy(page, spanish_strings(data))
        pages.append(page)
    return index, pages


def _form_page(builder, parent, content, fields):
    return builder.page(
        parent,
        FormPage,
        content["title"],
        **{key: value for key, value in content.items() if key != "title"},
        to_address=forms.STAFF_ADDRESS,
        honeypot=True,
        form_fields=[FormField(**field) for field in fields],
    )


def build_form_pages(builder, home):
    """Contact and Join our email list under home, their Spanish copies, and the settings' links."""
    contact = _form_page(builder, home, forms.CONTACT, forms.CONTACT_FIELDS)
    builder.spanish_copy(contact, forms.CONTACT_ES)
    email_list = _form_page(builder, home, forms.EMAIL_LIST, forms.EMAIL_LIST_FIELDS)
    builder.spanish_copy(email_list, forms.EMAIL_LIST_ES)
    builder.site_settings(contact_page=contact, email_list_page=email_list)
    return contact, email_list


def build_trust_pages(builder, home):
    """Information standards, accessibility and privacy under home, linked from every footer."""
    pages = {}
    for setting, data in trust.PAGES.items():
        pages[setting] = builder.page(home, StandardPage, **data)
        builder.spanish_copy(pages[setting], spanish_strings(data))
    builder.site_settings(**pages)
    return pages


# English added after the Spanish copy was made, so translators have a real stale page to update.
LATE_ADDITION = (
    "Providers across many countries turn to CARF's standards when they plan how to train staff."
)


def leave_one_translation_out_of_date(builder, home):
    page = home.get_descendants().filter(slug=newsroom.OUT_OF_DATE).specific().first()
    if page is None or any(LATE_ADDITION in str(block.value) for block in page.body):
        return
    page.body.append(("paragraph", RichText(f"<p>{LATE_ADDITION}</p>")))
    page.save_revision().publish()
    builder.log("updated", f"{page.title} (its Spanish copy is now out of date)")


def set_review_dates(builder, home):
    """Review dates for every content page in both languages, left alone once set."""
    today = timezone.localdate()
    for language, locale in (("en", builder.english), ("es", builder.spanish)):
        pages = [
            page
            for page in home.get_translation(locale).get_descendants().live().specific()
            if getattr(page, "has_review_cycle", False)
        ]
        for index, page in enumerate(sorted(pages, key=lambda page: page.path)):
            if page.last_reviewed_on is not None:
                continue
            source = page.get_translation_or_none(builder.english) or page
            usual = reviews.REVIEWED_DAYS_AGO[index % len(reviews.REVIEWED_DAYS_AGO)]
            ago, due = reviews.EXCEPTIONS[language].get(
                source.slug, (usual, reviews.REVIEW_DAYS - usual)
            )
            name, role = reviews.REVIEWERS[language][index % len(reviews.REVIEWERS[language])]
            page.record_review(
                name=name,
                role=role,
                on=today - datetime.timedelta(days=ago),
                next_due=today + datetime.timedelta(days=due),
            )
        builder.log("reviewed", f"{len(pages)} pages ({language})")
