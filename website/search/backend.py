"""Full-text search that stems English as English and Spanish as Spanish.

Wagtail's database backend keeps every object in one index table and builds every entry and every
query with a single PostgreSQL text-search configuration (SEARCH_CONFIG). Two configured backends,
one `english` and one `spanish`, would not help: each would write every page into that same table,
and whichever ran last would decide how a page was stemmed. So one backend indexes each object with
its own language's configuration (LANGUAGE_CONFIGS, by the object's locale), and `for_language()`
gives the search page a copy whose queries use the reader's language, so "crisis emocionales"
meets a page about "crisis emocional". A search not tied to a language (the admin's) matches
either configuration. Objects without a language (images, documents) use SEARCH_CONFIG.

SQLite has no stemming: there the stock database backend runs unchanged.
"""

import copy
import operator
from collections import defaultdict
from functools import reduce

from django.db import connection
from django.db.models import F
from wagtail.models import Locale
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.search.query import Phrase, PlainText


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_config = defaultdict(list)
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            by_config[self.backend.config_for_language(language)].append(obj)
        for config, group in by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class AnyLanguageQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(config, tuple) or not isinstance(query, PlainText | Phrase):
            return super().build_tsquery_content(query, config=config, invert=invert)
        build = super().build_tsquery_content
        parts = [build(query, config=one, invert=invert) for one in config]
        if any(part is None for part in parts):
            return None
        # A term matches when any language's stemming finds it; a negated term must be absent
        # however it is stemmed.
        return reduce(operator.and_ if invert else operator.or_, parts)

    def _apply_ordering_and_scoring(self, queryset, rank_expression, start, stop, score_field=None):
        if not self.order_by_relevance:
            return super()._apply_ordering_and_scoring(
                queryset, rank_expression, start, stop, score_field
            )
        # Wagtail breaks ties between equally ranked pages by the page's id, which PostgreSQL
        # can only apply after joining every tied entry to its page: for a word that thousands
        # of pages hold, thousands of joins for ten results. The entry's own id (the order the
        # pages were indexed in, newest last, as with page ids) breaks them before the join.
        queryset = queryset.order_by(rank_expression.desc(), F("index_entries__id").desc())
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: rank_expression})
        return queryset[start:stop]


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = AnyLanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.default_config = self.config
        self.language_configs = dict(params.get("LANGUAGE_CONFIGS", {}))
        # Unbound queries (the admin's) try every language's configuration.
        self.config = tuple(sorted({*self.language_configs.values(), self.default_config}))

    def config_for_language(self, language_code):
        return self.language_configs.get(language_code, self.default_config)

    def with_config(self, config):
        bound = copy.copy(self)
        bound.config = config
        return bound

    def for_language(self, language_code):
        """A copy of this backend whose queries are stemmed for that language."""
        return self.with_config(self.config_for_language(language_code))


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    return DatabaseSearchBackend(params)


def backend_for_language(backend, language_code):
    """backend, bound to one language's stemming where the database has stemming."""
    if isinstance(backend, LanguagePostgresSearchBackend):
        return backend.for_language(language_code)
    return backend
