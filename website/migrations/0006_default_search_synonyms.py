"""The synonyms a new site starts with: readers' everyday words for what the site calls training.
Staff edit or add to them under Settings › Search synonyms."""

from django.db import migrations

DEFAULTS = [
    (
        "es",
        "capacitación, capacitaciones, entrenamiento, entrenamientos, curso, cursos",
        "formación, formaciones",
    ),
    ("en", "course, courses, class, classes", "training, trainings"),
]


def add_defaults(apps, schema_editor):
    SearchSynonym = apps.get_model("website", "SearchSynonym")
    for language, readers_words, site_words in DEFAULTS:
        SearchSynonym.objects.get_or_create(
            language=language, readers_words=readers_words, defaults={"site_words": site_words}
        )


class Migration(migrations.Migration):
    dependencies = [("website", "0005_search_synonyms")]

    operations = [migrations.RunPython(add_defaults, migrations.RunPython.noop)]
