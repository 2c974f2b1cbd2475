"""Two indexes that let PostgreSQL answer a search from the entries that match it.

Wagtail's database search backend finds a page's entry in wagtailsearch_indexentry by matching
`title || body` against the search, and joins each entry to its page on the page's id written as
text (its TextIDGenericRelation: `object_id = page.id::varchar(50)`). Wagtail indexes the title
and the body apart, and neither of these two expressions, so every search read every entry of the
index and every page of the reader's language, and cost more with each page added. With them, a
search reads the entries that match and their own pages. Each expression below is written as the
backend writes it: PostgreSQL uses an expression index only for that same expression, and
tests/website/test_search.py checks that it still does.

The full-text index is built without GIN's pending list (fastupdate): with one, new entries wait
in an unsorted list that every search reads through until a vacuum merges them, which is slow
where autovacuum runs seldom. Publishing writes one entry at a time, so the list saves little.

SQLite searches its own full-text table (Wagtail's FTS5 backend) and gets neither.
"""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations, models
from django.db.models import F
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast


def search_indexes(apps):
    entry = apps.get_model("wagtailsearch", "IndexEntry")
    page = apps.get_model("wagtailcore", "Page")
    return [
        (
            entry,
            GinIndex(
                CombinedExpression(F("title"), "||", F("body")),
                name="website_search_title_body",
                fastupdate=False,
            ),
        ),
        (
            page,
            models.Index(Cast("id", models.CharField(max_length=50)), name="website_page_id_text"),
        ),
    ]


def add_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for model, index in search_indexes(apps):
            schema_editor.add_index(model, index)


def remove_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for model, index in search_indexes(apps):
            schema_editor.remove_index(model, index)


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0013_page_view_count"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(add_indexes, remove_indexes)]
