"""The search page: the live pages of the reader's language that match their words.

It only reads: Wagtail's search-promotion Query log, which counts every query in the database,
is not used, so a search never writes.
"""

import hashlib
from dataclasses import dataclass
from datetime import date

from django.http import QueryDict
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import Truncator
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from website.listing import paginate
from website.models import SearchSynonym
from website.models.search_synonyms import comparable
from website.shared_lookups import per_version
from website.templatetags.language_tags import home_in

from .backend import backend_for_language
from .forms import SearchForm

RESULTS_PER_PAGE = 10
COUNT_SECONDS = 10 * 60
SUMMARY_WORDS = 30


@dataclass(frozen=True)
class Result:
    page: Page
    kind: str
    summary: str
    date: date | None
    date_precision: str


def as_result(page):
    # Only news and research carry a date of their own; when a page was last published says
    # nothing to a reader, so other pages show none.
    return Result(
        page=page,
        kind=page.kind_label,
        summary=summary_of(page),
        date=page.date if page.has_own_date else None,
        date_precision=page.date_precision,
    )


def summary_of(page):
    """The page's listing summary, else its search description, else its introduction's start."""
    summary = page.get_listing_summary()
    if not summary and page.intro_text():
        summary = Truncator(page.intro_text()).words(SUMMARY_WORDS)
    return summary or page.search_description


def with_synonyms(query, language):
    """The reader's words, each also matching the site's words staff listed as its synonyms.

    Every word must still match, as before: "capacitación gratuita" finds pages with
    (capacitación or formación) and gratuita.
    """
    alternatives = SearchSynonym.alternatives(language)
    words = query.split()
    if not any(comparable(word) in alternatives for word in words):
        return query
    return And(
        [
            Or([PlainText(word), *(PlainText(other) for other in alternatives[comparable(word)])])
            if comparable(word) in alternatives
            else PlainText(word)
            for word in words
        ]
    )


def search_pages(request, query, model=None):
    """Live, public pages under this language's home page that match every word of query."""
    language = translation.get_language()
    home = home_in(request, language)
    if home is None:
        return Page.objects.none()
    pages = Page.objects.live().public().descendant_of(home, inclusive=True)
    if model is not None:
        pages = pages.type(model)
    backend = backend_for_language(get_search_backend(), language)
    return backend.search(with_synonyms(query, language), pages.specific(), operator="and")


def search(request):
    form = SearchForm(request.GET)
    context = {"form": form, "query": "", "page_obj": None}
    if form.is_valid() and form.cleaned_data["q"]:
        query = form.cleaned_data["q"]
        results = search_pages(request, query, form.selected_model())
        page_obj = paginate(request, results, RESULTS_PER_PAGE, count_of(request, results, form))
        context.update(
            searched=True,
            query=query,
            page_obj=page_obj,
            results=[as_result(page) for page in page_obj],
            query_string=form_query_string(form),
        )
    return TemplateResponse(request, "search/search.html", context)


def count_of(request, results, form):
    """How many pages match, counted once per content version for each search: the count only
    changes when published content does, and counting a word that thousands of pages hold costs
    as much as ranking them. Kept for minutes, not a day: every different search adds a count,
    and no one pages through the same results for longer."""
    search = [request.get_host(), translation.get_language(), form.cleaned_data.get("type", "")]
    search.append(form.cleaned_data["q"])
    digest = hashlib.sha256("\n".join(search).encode()).hexdigest()
    return per_version(
        f"search-count:{digest}", results.count, lifetime=lambda _count: COUNT_SECONDS
    )


def form_query_string(form):
    """The cleaned query and filter, for links to the other pages of results."""
    params = QueryDict(mutable=True)
    params["q"] = form.cleaned_data["q"]
    if form.cleaned_data.get("type"):
        params["type"] = form.cleaned_data["type"]
    return params.urlencode()
