"""Idempotent building blocks for the demo content: find-or-create pages, translate them."""

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from media_library.models import CustomDocument, CustomImage
from website.localize import translate
from website.models import SiteSettings

from .documents import DemoDocument
from .images import DemoImage


class DemoBuilder:
    def __init__(self, stdout):
        self.stdout = stdout
        self.created = 0
        self.translated = 0
        self.english = Locale.objects.get_or_create(language_code="en")[0]
        self.spanish = Locale.objects.get_or_create(language_code="es")[0]

    def log(self, verb, obj):
        self.stdout.write(f"  {verb:<12} {obj}")

    def page(self, parent, model, title, *, slug=None, **fields):
        """The child of parent with this slug, created (and published) if it is not there."""
        slug = slug or slugify(title)
        fields = self.with_documents(fields)
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            self.log("exists", title)
            return existing.specific
        page = model(title=title, slug=slug, **fields)
        with transaction.atomic():
            parent.add_child(instance=page)
            page.save_revision().publish()
        self.created += 1
        self.log("created", title)
        return page

    def spanish_copy(self, obj, strings, *, publish=True):
        """obj's Spanish translation (page or snippet), made through wagtail-localize if missing."""
        existing = obj.get_translation_or_none(self.spanish)
        if existing is not None:
            return getattr(existing, "specific", existing)
        translated = translate(obj, self.spanish, strings, publish=publish)
        self.translated += 1
        self.log("translated", f"{obj} → {translated}")
        return getattr(translated, "specific", translated)

    def home(self, model, *, title, slug, **fields):
        """The English home page, root of the default site."""
        root = Page.get_first_root_node()
        # Wagtail's own welcome page (a plain Page) goes, and the Site that pointed at it.
        root.get_children().exact_type(Page).delete()
        home = root.get_children().filter(locale=self.english).type(model).first()
        if home is None:
            home = self.page(root, model, title, slug=slug, **fields)
        else:
            self.log("exists", title)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
        return home.specific

    def site_settings(self, **values):
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        for name, value in values.items():
            setattr(site_settings, name, value)
        site_settings.save()
        return site_settings

    def document(self, spec):
        """The library document with spec's title, made from spec's bytes if it does not exist."""
        existing = CustomDocument.objects.filter(title=spec.title).first()
        if existing is not None:
            return existing
        doc = CustomDocument(title=spec.title, language=spec.language)
        doc.file.save(spec.filename, ContentFile(spec.data), save=False)
        doc._set_document_file_metadata()
        doc.save()
        self.log("document", f"{spec.title} ({doc.page_count} pages, {doc.file_size} bytes)")
        return doc

    def image(self, spec):
        """The library image with spec's title, painted from spec if it does not exist."""
        existing = CustomImage.objects.filter(title=spec.title).first()
        if existing is not None:
            return existing
        image = CustomImage(
            title=spec.title, description=spec.alt_english, description_es=spec.alt_spanish
        )
        image.file.save(spec.filename, ContentFile(spec.data), save=False)
        # Saving the file does not fill in the dimensions here; the painter knows them.
        image.width, image.height = spec.size
        image._set_image_file_metadata()
        image.save()
        self.log("image", spec.title)
        return image

    def with_documents(self, value):
        """value with every DemoDocument and DemoImage in it (fields, lists, blocks) replaced by
        the library's document or image."""
        if isinstance(value, DemoDocument):
            return self.document(value)
        if isinstance(value, DemoImage):
            return self.image(value)
        if isinstance(value, dict):
            return {key: self.with_documents(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.with_documents(item) for item in value]
        if isinstance(value, tuple):
            return tuple(self.with_documents(item) for item in value)
        return value
