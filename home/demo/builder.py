"""Idempotent building blocks for the demo content: find-or-create pages, translate them."""

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from website.localize import translate
from website.models import SiteSettings


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

    def spanish_copy(self, page, strings, *, publish=True):
        """page's Spanish translation, made through wagtail-localize if it does not exist yet."""
        existing = page.get_translation_or_none(self.spanish)
        if existing is not None:
            return existing.specific
        translated = translate(page, self.spanish, strings, publish=publish)
        self.translated += 1
        self.log("translated", f"{page.title} → {translated.title}")
        return translated.specific

    def home(self, model, title, **fields):
        """The English home page, root of the default site."""
        root = Page.get_first_root_node()
        # Wagtail's own welcome page (a plain Page) goes, and the Site that pointed at it.
        root.get_children().exact_type(Page).delete()
        home = root.get_children().filter(locale=self.english).type(model).first()
        if home is None:
            home = self.page(root, model, title, slug="home", **fields)
        else:
            self.log("exists", title)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home},
        )
        return home.specific

    def site_settings(self, **values):
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        for name, value in values.items():
            setattr(site_settings, name, value)
        site_settings.save()
        return site_settings
