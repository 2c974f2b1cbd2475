"""Thousands of newsroom items and studies, in English and Spanish, for measuring the site at
the size it may grow to.

Pages made one by one through Wagtail's tree API cost a dozen queries each, which for 22,000
pages is more than the few minutes this may take. These are inserted in batches instead, the
way Django saves them, table by table down the inheritance chain: tree paths continue after the
parent's last child, each page gets its URL path, a published revision and, in Spanish, a copy
with the same translation key. Every page is then added to the search index in bulk.
"""

import datetime
import itertools
import sys
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Locale, Page, Revision
from wagtail.search.backends import get_search_backend

from news.models import NewsIndexPage, NewsPage
from research.models import ResearchIndexPage, ResearchSummaryPage

BATCH = 500
SLUG_PREFIX = "scale-"

# Words of the project's own, combined so that listings and search see varied text.
SUBJECTS = {
    "en": ["Peer supporters", "Trainers", "Families", "Young people", "Community groups"],
    "es": ["Las personas de apoyo", "Los formadores", "Las familias", "Los jóvenes", "Los grupos"],
}
ACTIONS = {
    "en": ["practise listening", "meet to share", "learn to stay calm", "talk about crises"],
    "es": ["practican la escucha", "se reúnen", "aprenden a calmarse", "hablan de las crisis"],
}
PLACES = {
    "en": ["in the city", "online", "at the library", "in rural areas"],
    "es": ["en la ciudad", "en línea", "en la biblioteca", "en zonas rurales"],
}


def sentence(language, number):
    subject = SUBJECTS[language][number % 5]
    action = ACTIONS[language][number // 5 % 4]
    place = PLACES[language][number // 20 % 4]
    return f"{subject} {action} {place} ({number})."


class Progress:
    """A one-line progress bar on stderr."""

    WIDTH = 40

    def __init__(self, label, total, stream=sys.stderr):
        self.label, self.total, self.done, self.stream = label, total, 0, stream
        self.show()

    def advance(self, count):
        self.done += count
        self.show()

    def show(self):
        filled = self.WIDTH * self.done // self.total if self.total else self.WIDTH
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        end = "\n" if self.done >= self.total else ""
        self.stream.write(f"\r{self.label:10} [{bar}] {self.done}/{self.total}{end}")
        self.stream.flush()


def _next_step(parent):
    last = parent.get_children().order_by("-path").values_list("path", flat=True).first()
    return Page._str2int(last[-Page.steplen :]) + 1 if last else 1


def _insert_table(model, objs, returning):
    """Insert objs' columns of model's own table, as Model.save_base does for one object."""
    fields = [
        f for f in model._meta.local_concrete_fields if returning is None or not f.primary_key
    ]
    returned = model._base_manager._insert(
        objs, fields=fields, returning_fields=returning, using="default"
    )
    return returned


def insert_pages(model, parent, objs):
    """Insert objs (unsaved instances of model) as live children of parent, with revisions."""
    step = _next_step(parent)
    now = timezone.now()
    for number, obj in enumerate(objs, start=step):
        obj.path = Page._get_path(parent.path, parent.depth + 1, number)
        obj.depth = parent.depth + 1
        obj.numchild = 0
        obj.url_path = f"{parent.url_path}{obj.slug}/"
        obj.content_type = ContentType.objects.get_for_model(model)
        obj.live = True
        obj.has_unpublished_changes = False
        obj.first_published_at = obj.last_published_at = now
        obj.draft_title = obj.title
    chain = [*reversed([m for m in model._meta.get_parent_list() if not m._meta.abstract]), model]
    ids = _insert_table(Page, objs, [Page._meta.pk])
    for obj, (pk,) in zip(objs, ids, strict=True):
        obj.pk = obj.id = pk
        for table in chain[1:]:
            setattr(obj, table._meta.pk.attname, pk)
    for table in chain[1:]:
        _insert_table(table, objs, None)
    base_type = ContentType.objects.get_for_model(Page)
    # A new page's child relations are all empty: serialised once for the batch, they are the
    # same for every page, whose own fields are serialised each time.
    relations = {
        name: value
        for name, value in objs[0].serializable_data().items()
        if name not in get_serializable_data_for_fields(objs[0])
    }
    revisions = Revision.objects.bulk_create(
        Revision(
            content_type=obj.content_type,
            base_content_type=base_type,
            object_id=str(obj.pk),
            content={**relations, **get_serializable_data_for_fields(obj)},
            created_at=now,
            approved_go_live_at=None,
            object_str=obj.title,
        )
        for obj in objs
    )
    revision_of_page = Revision.objects.filter(
        base_content_type=base_type, object_id=Cast(OuterRef("pk"), CharField())
    ).values("pk")[:1]
    Page.objects.filter(pk__in=[obj.pk for obj in objs]).update(
        latest_revision_id=Subquery(revision_of_page), live_revision_id=Subquery(revision_of_page)
    )
    parent.numchild = parent.get_children().count()
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild)
    for obj, rev in zip(objs, revisions, strict=True):
        obj.latest_revision_id = obj.live_revision_id = rev.pk
    get_search_backend().add_bulk(model, objs)


def _existing(model, parent):
    return model.objects.child_of(parent).filter(slug__startswith=SLUG_PREFIX).count()


def _news_item(number, language, key, locale):
    day = datetime.date(2010, 1, 1) + datetime.timedelta(days=number % 5000)
    return NewsPage(
        title=f"{'Noticia' if language == 'es' else 'News item'} {number}",
        slug=f"{SLUG_PREFIX}{number}",
        translation_key=key,
        locale=locale,
        display_date=day,
        sort_date=day,
        listing_summary=sentence(language, number),
        body=[
            ("paragraph", f"<p>{sentence(language, number)} {sentence(language, number + 7)}</p>")
        ],
    )


def _study(number, language, key, locale):
    return ResearchSummaryPage(
        title=f"{'Estudio' if language == 'es' else 'Study'} {number}",
        slug=f"{SLUG_PREFIX}{number}",
        translation_key=key,
        locale=locale,
        citation_authors=f"Author {number}, A.",
        publication_date=datetime.date(2000, 1, 1) + datetime.timedelta(days=number * 7 % 9000),
        listing_summary=sentence(language, number),
    )


def _parents(index_model):
    """This listing page in English and in Spanish (it must exist in both)."""
    english = index_model.objects.get(locale__language_code="en")
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    return {"en": english, "es": spanish}


def load(kind, index_model, make, wanted, stderr=sys.stderr):
    """Add numbered pages of one kind until wanted exist in each language; returns how many."""
    parents = _parents(index_model)
    have = _existing(type(make(0, "en", uuid.uuid4(), None)), parents["en"])
    missing = max(wanted - have, 0)
    progress = Progress(kind, missing, stderr)
    locales = {code: Locale.objects.get(language_code=code) for code in parents}
    numbers = iter(range(have + 1, wanted + 1))
    while batch := list(itertools.islice(numbers, BATCH)):
        with transaction.atomic():
            keys = [uuid.uuid4() for _number in batch]
            for code, parent in parents.items():
                parent.refresh_from_db()
                objs = [
                    make(n, code, key, locales[code]) for n, key in zip(batch, keys, strict=True)
                ]
                insert_pages(type(objs[0]), parent, objs)
        progress.advance(len(batch))
    return missing


def gather_statistics():
    """Have the database note what its tables now hold, as PostgreSQL advises after a bulk load.

    The planner picks how to run a query from these statistics. Autovacuum gathers them some time
    after a load, or never where it is turned off; until then the planner takes the thousands of
    pages just added for a handful, and reads them one by one where one pass would do (the search
    page took ten times as long). Every run gathers them, as a rerun may follow a load without.
    """
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def load_scale_content(news, studies, stderr=sys.stderr):
    created = load("news", NewsIndexPage, _news_item, news, stderr)
    created += load("studies", ResearchIndexPage, _study, studies, stderr)
    gather_statistics()
    return created
