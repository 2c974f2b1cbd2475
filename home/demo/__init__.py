"""The demo content: the whole eCPR program as real pages, in English and Spanish."""

from wagtail.rich_text import RichText

from website.models import FooterText

from .builder import DemoBuilder
from .core import build_core, build_get_involved
from .forms import build_form_pages
from .newsroom import OUT_OF_DATE, build_newsroom
from .people import build_snippets, clear_snippets
from .research import build_research
from .resources import build_resources
from .settings import FOOTER_TEXT, SITE_SETTINGS
from .text import spanish_strings


def build_demo(stdout, *, reset=False):
    builder = DemoBuilder(stdout)
    if reset:
        clear_snippets()
    pages = build_core(builder)
    home = pages["home"]
    site_settings = builder.site_settings(**SITE_SETTINGS)
    build_footer_text(builder)
    people, outlets, topics = build_snippets(builder)
    build_newsroom(builder, home, people, outlets, topics, site_settings)
    build_research(builder, home, people)
    build_resources(builder, home)
    build_get_involved(builder, home)
    build_form_pages(builder, home)
    leave_one_translation_out_of_date(builder, home)
    return builder


def build_footer_text(builder):
    footer = FooterText.objects.filter(locale=builder.english).first()
    if footer is None:
        footer = FooterText.objects.create(locale=builder.english, text=FOOTER_TEXT)
        builder.log("snippet", "footer text")
    builder.spanish_copy(footer, spanish_strings(FOOTER_TEXT))


# English added after the Spanish copy was made, so translators have a real stale page to update.
LATE_ADDITION = (
    "Providers across many countries turn to CARF's standards when they plan how to train staff."
)


def leave_one_translation_out_of_date(builder, home):
    page = home.get_descendants().filter(slug=OUT_OF_DATE).specific().first()
    if page is None or any(LATE_ADDITION in str(block.value) for block in page.body):
        return
    page.body.append(("paragraph", RichText(f"<p>{LATE_ADDITION}</p>")))
    page.save_revision().publish()
    builder.log("updated", f"{page.title} (its Spanish copy is now out of date)")
