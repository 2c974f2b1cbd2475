"""The search page: one language at a time, filters, pages of results, and no query breaks it."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import ResourceIndexPage, ResourcePage, StandardPage
from tests.factories import ResearchIndexPageFactory
from website.search.views import RESULTS_PER_PAGE

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Stemming needs PostgreSQL's text-search configurations; SQLite matches words as typed.",
)


# News items in each language: enough that PostgreSQL, knowing the tables' size, prefers the
# search indexes to reading a table whole (at 60 it still reads the pages whole).
SCALE_NEWS = 200


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def pages(site_pages, translate_page):
    """A standard page and a resource about crisis, in English and in Spanish."""
    home, _home_es = site_pages
    about = publish(
        home,
        StandardPage(
            title="What is emotional crisis?",
            slug="emotional-crisis",
            intro="An emotional crisis can happen to anyone, at any time.",
            listing_summary="How crisis feels, and how eCPR helps.",
        ),
    )
    resources = publish(home, ResourceIndexPage(title="Resources", slug="resources"))
    workbook = publish(
        resources,
        ResourcePage(
            title="Participant workbook",
            slug="workbook",
            description="<p>Exercises for supporting a person in crisis.</p>",
        ),
    )
    about_es = translate_page(
        about,
        {
            "What is emotional crisis?": "¿Qué es una crisis emocional?",
            "emotional-crisis": "crisis-emocional",
            "An emotional crisis can happen to anyone, at any time.": (
                "Una crisis emocional le puede pasar a cualquiera, en cualquier momento."
            ),
            "How crisis feels, and how eCPR helps.": "Cómo se vive una crisis y cómo ayuda eCPR.",
        },
    )
    return about, workbook, about_es


def titles(response):
    return [result.page.title for result in response.context["results"]]


def test_english_search_finds_english_pages_only(client, pages):
    response = client.get("/en/search/", {"q": "crisis"})

    assert response.status_code == 200
    # The home pages' introductions speak of a crisis too.
    assert sorted(titles(response)) == [
        "Emotional CPR",
        "Participant workbook",
        "What is emotional crisis?",
    ]


def test_spanish_search_finds_spanish_pages_only(client, pages):
    response = client.get("/es/buscar/", {"q": "crisis"})

    assert response.status_code == 200
    assert sorted(titles(response)) == ["RCP Emocional", "¿Qué es una crisis emocional?"]
    html = response.content.decode()
    assert '<html lang="es"' in html
    assert "Cómo se vive una crisis y cómo ayuda eCPR." in html


@needs_postgres
def test_spanish_words_are_stemmed_on_postgresql(client, pages):
    response = client.get("/es/buscar/", {"q": "crisis emocionales"})

    # "emocionales" finds "emocional"; the home page's title, "RCP Emocional", counts too.
    assert titles(response)[0] == "¿Qué es una crisis emocional?"
    assert set(titles(response)) == {"¿Qué es una crisis emocional?", "RCP Emocional"}


@needs_postgres
def test_a_search_in_no_particular_language_stems_both(pages):
    # The admin's page search is not tied to a language.
    backend = get_search_backend()

    found = {page.title for page in backend.search("emocionales supports", Page)}
    spanish = {page.title for page in backend.search("emocionales", Page)}

    assert found == set()
    assert "¿Qué es una crisis emocional?" in spanish
    assert {page.title for page in backend.search("supports", Page)} == {"Participant workbook"}


@needs_postgres
def test_english_words_are_stemmed_on_postgresql(client, pages):
    response = client.get("/en/search/", {"q": "exercise supports"})

    assert titles(response) == ["Participant workbook"]


@pytest.fixture
def listening_pages(site_pages, translate_page):
    """In each language, a page with the word in its title, and a later one with it in the text
    only, three times over: more often, and the newer, so only the title can put the first
    one ahead."""
    home, _home_es = site_pages
    in_title = publish(
        home,
        StandardPage(title="Listening circles", slug="circles", intro="Meet once a week."),
    )
    in_text = publish(
        home,
        StandardPage(
            title="Meeting once a week",
            slug="weekly",
            intro="Listening, listening and more listening.",
        ),
    )
    in_title_es = translate_page(
        in_title,
        {
            "Listening circles": "Círculos de escucha",
            "circles": "circulos",
            "Meet once a week.": "Se reúnen una vez a la semana.",
        },
    )
    in_text_es = translate_page(
        in_text,
        {
            "Meeting once a week": "Reunión semanal",
            "weekly": "semanal",
            "Listening, listening and more listening.": "Escucha, escucha y más escucha.",
        },
    )
    return {"en": (in_title, in_text), "es": (in_title_es, in_text_es)}


@needs_postgres
@pytest.mark.parametrize(
    ("search_page", "word", "language"),
    [("/en/search/", "listening", "en"), ("/es/buscar/", "escucha", "es")],
)
def test_a_title_match_ranks_above_a_match_in_the_text_only(
    client, listening_pages, search_page, word, language
):
    in_title, in_text = listening_pages[language]

    response = client.get(search_page, {"q": word})

    assert titles(response) == [in_title.title, in_text.title]


def queries_to_search(client, params):
    """The queries of a search, asked a second time: what is kept per process is kept by then."""
    assert client.get("/en/search/", params).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", params)
    assert response.status_code == 200
    assert response.context["results"]
    return len(queries)


# The content version, which pages are on this page of results, and then each of those pages'
# own fields: one query for each kind of page among them. How many match is counted once per
# content version.
SEARCH_QUERIES = {"one kind": 3, "three kinds": 5}


def test_a_search_asks_one_query_for_each_kind_of_page_it_shows(client, pages):
    # Found: the home page, a standard page and a resource.
    assert queries_to_search(client, {"q": "crisis"}) == SEARCH_QUERIES["three kinds"]


def test_a_search_asks_no_more_queries_when_more_pages_match(client, site_pages):
    home, _ = site_pages

    def add_stories(first, last):
        for number in range(first, last):
            publish(home, StandardPage(title=f"Crisis story {number}", slug=f"story-{number}"))

    add_stories(0, RESULTS_PER_PAGE + 2)
    few = queries_to_search(client, {"q": "story"})
    add_stories(RESULTS_PER_PAGE + 2, 4 * RESULTS_PER_PAGE)

    assert few == SEARCH_QUERIES["one kind"]
    assert queries_to_search(client, {"q": "story"}) == few
    assert queries_to_search(client, {"q": "story", "page": 4}) == few


def test_how_many_pages_match_is_counted_again_once_content_changes(client, site_pages):
    home, _ = site_pages
    publish(home, StandardPage(title="Crisis story one", slug="story-one"))

    def count():
        return client.get("/en/search/", {"q": "story"}).context["page_obj"].paginator.count

    assert count() == count() == 1
    publish(home, StandardPage(title="Crisis story two", slug="story-two"))

    assert count() == 2


@needs_postgres
def test_with_many_pages_a_search_reads_only_the_entries_that_match(
    client, pages, newsroom, translate_page
):
    # The indexes of website/migrations/0014_search_indexes.py serve only the expressions
    # Wagtail's backend writes: were it to write them otherwise, PostgreSQL would go back to
    # reading every entry and every page. It picks its plan by the tables' statistics, so the
    # tables are filled and their statistics gathered as `load_scale_content` does.
    research = ResearchIndexPageFactory(parent=newsroom.get_parent())
    for listing, slug in ((newsroom, "noticias"), (research, "investigacion")):
        translate_page(listing, {listing.slug: slug})
    quiet = {"stdout": io.StringIO(), "stderr": io.StringIO()}
    call_command("load_scale_content", news=SCALE_NEWS, studies=0, **quiet)
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/search/", {"q": "crisis"})
    searches = [query["sql"] for query in queries if "wagtailsearch_indexentry" in query["sql"]]

    plans = []
    with connection.cursor() as cursor:
        for sql in searches:
            cursor.execute(f"EXPLAIN {sql}")
            plans.append("\n".join(row[0] for row in cursor.fetchall()))

    assert len(plans) == 2  # how many match, and the page of results
    for plan in plans:
        assert "website_search_title_body" in plan, plan
        assert "website_page_id_text" in plan, plan


@needs_postgres
def test_equally_ranked_pages_come_newest_first_ordered_before_joining_their_pages(
    client, site_pages
):
    home, _ = site_pages
    for number in range(3):
        publish(home, StandardPage(title=f"Listening circle {number}", slug=f"circle-{number}"))

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": "circle"})
    [ranked] = [query["sql"] for query in queries if "ts_rank" in query["sql"]]

    assert titles(response) == [f"Listening circle {number}" for number in (2, 1, 0)]
    # Ties are broken by the index entry, which PostgreSQL sorts before it joins the pages.
    assert '"wagtailsearch_indexentry"."id" DESC LIMIT' in ranked


def test_results_can_be_narrowed_to_one_type(client, pages):
    response = client.get("/en/search/", {"q": "crisis", "type": "home.resourcepage"})

    assert titles(response) == ["Participant workbook"]
    assert '<option value="home.resourcepage" selected>' in response.content.decode()


def test_an_unknown_type_is_refused_with_a_message(client, pages):
    response = client.get("/en/search/", {"q": "crisis", "type": "auth.user"})

    assert response.status_code == 200
    assert "results" not in response.context
    assert 'class="error-summary"' in response.content.decode()


def test_each_result_has_a_summary_and_no_publishing_date(client, pages):
    html = client.get("/en/search/", {"q": "emotional"}).content.decode()

    assert "How crisis feels, and how eCPR helps." in html
    # When staff last published a page is no fact a reader needs.
    assert "<time" not in html


@pytest.mark.parametrize("language", ["en", "es"])
def test_results_and_filters_name_kinds_of_pages_as_readers_do(client, pages, language):
    search_page = "/en/search/" if language == "en" else "/es/buscar/"
    response = client.get(search_page, {"q": "crisis"})
    html = response.content.decode()

    for cms_word in ("Página estándar", "Página de formulario", "Standard page", "Form page"):
        assert cms_word not in html
    filters = [label for _value, label in response.context["form"].fields["type"].choices]
    expected = {
        "en": ["All kinds of pages", "News", "Webinars", "eCPR in the media", "Research"],
        "es": [
            "Todo tipo de páginas",
            "Noticias",
            "Seminarios web",
            "La RCP Emocional en los medios",
            "Investigación",
        ],
    }[language]
    assert [str(label) for label in filters[:5]] == expected
    meta = [line for line in html.splitlines() if "search-result__meta" in line]
    page_kind = "Page" if language == "en" else "Página"
    assert any(f'search-result__meta">{page_kind}</p>' in line for line in meta), meta


def test_helpful_text_when_nothing_matches(client, pages):
    response = client.get("/en/search/", {"q": "zebra"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "0 pages match “zebra”" in html
    assert "Check the spelling" in html


def test_results_come_a_page_at_a_time(client, site_pages):
    home, _ = site_pages
    for number in range(12):
        publish(home, StandardPage(title=f"Crisis story {number}", slug=f"story-{number}"))

    first = client.get("/en/search/", {"q": "crisis story"})
    second = client.get("/en/search/", {"q": "crisis story", "page": 2})

    assert len(first.context["results"]) == 10
    assert len(second.context["results"]) == 2
    assert 'href="?q=crisis+story&amp;page=2"' in first.content.decode()


@pytest.mark.parametrize("number", ["abc", "0", "-1", "99", "1e3", "\x00"])
def test_a_bad_page_number_is_not_found(client, pages, number):
    assert client.get("/en/search/", {"q": "crisis", "page": number}).status_code == 404


HOSTILE = {
    "nul-bytes": "cri\x00sis\x00",
    "two-hundred-words": " ".join(["crisis"] * 200),
    "ten-thousand-characters": "c" * 10_000,
    "unbalanced-quotes": '"crisis',
    "operators": "crisis AND NOT (help OR) -* | & ! :*",
    "fts-syntax": 'crisis NEAR("a" "b") ^ col:x',
    "sql": "'; DROP TABLE wagtailcore_page; --",
    "script": "<script>alert(1)</script>",
    "only-punctuation": "\"'()*&|!",
    "control-characters": "\x01\x1b[31mcrisis\x7f",
}


@pytest.mark.parametrize("query", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("language", ["/en/search/", "/es/buscar/"])
def test_hostile_queries_are_cleaned_or_refused_never_an_error(client, pages, query, language):
    response = client.get(language, {"q": query})

    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "\x00" not in html
    assert Page.objects.filter(slug="emotional-crisis").exists()
    refused = 'class="error-summary"' in html
    assert refused or "results" in response.context


def test_nul_bytes_are_dropped_and_the_words_searched(client, pages):
    response = client.get("/en/search/", {"q": "\x00crisis\x00"})

    assert "results" in response.context
    assert response.context["query"] == "crisis"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (" ".join(["crisis"] * 200), "Please search with 20 words or fewer."),
        ("c" * 10_000, "That search is too long."),
        ("\"'()", "Please search with letters or numbers."),
    ],
)
def test_refusals_explain_what_to_do(client, pages, query, message):
    html = client.get("/en/search/", {"q": query}).content.decode()

    assert message in html
    # The refused query is not shown back.
    assert 'name="q" value=""' in html


def test_the_query_is_escaped_wherever_it_is_shown(client, pages):
    html = client.get("/en/search/", {"q": "crisis <b>bold</b>"}).content.decode()

    assert "<b>bold</b>" not in html
    assert "crisis b bold b" in html


def test_a_search_writes_nothing_to_the_database(client, pages):
    client.get("/en/search/", {"q": "crisis"})  # anything done once per process is done

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/es/buscar/", {"q": "crisis", "type": "home.standardpage"})

    assert response.status_code == 200
    statements = [query["sql"].lstrip().split(None, 1)[0].upper() for query in queries]
    assert statements
    assert set(statements) <= {"SELECT", "SAVEPOINT", "RELEASE"}, statements


def test_the_header_search_form_goes_to_the_search_page_of_the_language(client, pages):
    english = client.get("/en/").content.decode()
    spanish = client.get("/es/").content.decode()

    assert '<form class="search-form" role="search"' in english
    assert 'action="/en/search/"' in english
    assert 'action="/es/buscar/"' in spanish


def test_an_empty_search_shows_just_the_form(client, pages):
    response = client.get("/en/search/")

    assert response.status_code == 200
    assert "results" not in response.context
    assert 'id="search-query"' in response.content.decode()


def test_the_admin_page_search_still_finds_pages(admin_client, pages):
    response = admin_client.get("/admin/pages/search/", {"q": "crisis"})

    assert response.status_code == 200
    assert "What is emotional crisis?" in response.content.decode()


def test_the_language_switcher_leads_to_the_other_search_page(client, pages):
    html = client.get("/en/search/", {"q": "crisis"}).content.decode()

    assert 'href="/es/buscar/" hreflang="es" lang="es"' in html
