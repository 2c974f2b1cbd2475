"""Factories for pages, snippets and documents, built the way staff would make them."""

import datetime
import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from pypdf import PdfWriter

from home.models import ResourceIndexPage, ResourcePage, StandardPage
from media_library.models import CustomDocument
from news.models import MediaAppearancePage, NewsIndexPage, NewsPage, Outlet, WebinarPage
from research.models import ResearchIndexPage, ResearchSummaryPage
from website.models import Person, Topic


class PublishedPageFactory(wagtail_factories.PageFactory):
    """Saves a revision and publishes it, so pages have their publication dates and history."""

    class Meta:
        abstract = True

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        instance = super()._create_instance(model_class, parent, kwargs)
        instance.save_revision().publish()
        instance.refresh_from_db()
        return instance


class StandardPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"About page {n}")
    intro = "A short introduction."

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(PublishedPageFactory):
    title = "News & media"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    listing_summary = "What happened, in a sentence."
    display_date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(n))

    class Meta:
        model = NewsPage


class WebinarPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Webinar {n}")
    listing_summary = "A webinar about eCPR."
    start_time = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end_time = factory.LazyAttribute(lambda o: o.start_time + datetime.timedelta(hours=1))

    class Meta:
        model = WebinarPage


class OutletFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Outlet {n}")
    medium = Outlet.Medium.PRINT

    class Meta:
        model = Outlet


class MediaAppearancePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Appearance {n}")
    listing_summary = "eCPR in the news."
    outlet = factory.SubFactory(OutletFactory)
    display_date = datetime.date(2023, 3, 28)

    class Meta:
        model = MediaAppearancePage


class ResearchIndexPageFactory(PublishedPageFactory):
    title = "Research"
    slug = "research"

    class Meta:
        model = ResearchIndexPage


class ResearchSummaryPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Study {n}")
    summary = "<p>What the study found, plainly.</p>"
    citation_authors = "Fisher, Daniel B.; Myers, Amanda"
    publisher = "Journal of Participatory Medicine"
    publication_date = datetime.date(2021, 4, 1)
    date_precision = "month"

    class Meta:
        model = ResearchSummaryPage


class ResourceIndexPageFactory(PublishedPageFactory):
    title = "Resources"
    slug = "resources"

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Resource {n}")
    description = "<p>A workbook for the training.</p>"

    class Meta:
        model = ResourcePage


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    role = "eCPR trainer"

    class Meta:
        model = Person


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")

    class Meta:
        model = Topic


def pdf_bytes(pages):
    """A real PDF with this many blank pages."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_document(title="Document", *, pages=2, language="en", filename="document.pdf"):
    document = CustomDocument(title=title, language=language)
    document.file.save(filename, ContentFile(pdf_bytes(pages)), save=False)
    document._set_document_file_metadata()
    document.save()
    return document
