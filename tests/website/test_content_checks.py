"""Safe-messaging and plain-language checks, in each language: pages that trip each check, and
clean pages that trip none; shown in the preview and counted by Wagtail's checker."""

import pytest
from wagtail.rich_text import RichText

from tests.factories import StandardPageFactory
from website.content_checks import check_page
from website.models import CheckedPhrase

CLEAN = {
    "en": (
        "Emotional CPR helps people support each other. You listen. You stay calm. You help the "
        "other person feel less alone. Anyone can learn it in a day. We teach it in small "
        "groups. People practice with a partner. They talk about what helped them. Then they "
        "try again. Many say it changed how they talk with friends."
    ),
    "es": (
        "La RCP emocional ayuda a las personas a apoyarse. Usted escucha. Usted mantiene la "
        "calma. La otra persona se siente menos sola. Cualquiera puede aprenderla en un día. La "
        "enseñamos en grupos pequeños. La gente practica en pareja. Hablan de lo que les ayudó. "
        "Luego lo intentan de nuevo. Muchos dicen que ahora hablan mejor con sus amigos."
    ),
}
TRIPS = {
    "en": {
        "ecpr-safe-method": "He took an overdose at home.",
        "ecpr-safe-sensational": "The town faces a suicide epidemic.",
        "ecpr-safe-crisis-help": "We talk openly about suicide.",
        "ecpr-plain-avoid-words": "We utilize small groups.",
        "ecpr-plain-long-sentence": " ".join(["word"] * 30) + ".",
        "ecpr-plain-reading-level": (
            "Organizational implementation necessitates comprehensive institutional "
            "coordination, interdisciplinary consultation, administrative documentation, "
            "longitudinal evaluation and considerable professional understanding. "
        )
        * 4,
    },
    "es": {
        "ecpr-safe-method": "Tomó una sobredosis en casa.",
        "ecpr-safe-sensational": "El pueblo vive una epidemia de suicidios.",
        "ecpr-safe-crisis-help": "Hablamos con calma del suicidio.",
        "ecpr-plain-avoid-words": "Vamos a utilizar grupos pequeños.",
        "ecpr-plain-long-sentence": " ".join(["palabra"] * 30) + ".",
        "ecpr-plain-reading-level": (
            "La implementación organizacional necesita coordinación institucional "
            "interdisciplinaria, documentación administrativa, evaluación longitudinal "
            "y comprensión profesional considerablemente especializada. "
        )
        * 4,
    },
}


@pytest.fixture
def parents(home, home_es):
    return {"en": home, "es": home_es}


def make_page(parent, *paragraphs):
    return StandardPageFactory(
        parent=parent,
        intro="",
        body=[("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs],
    )


def found(page):
    return {finding.check for finding in check_page(page)[0]}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_clean_page_trips_nothing(parents, language):
    page = make_page(parents[language], CLEAN[language])
    findings, level = check_page(page)
    assert findings == []
    assert level[0].startswith("INFLESZ" if language == "es" else "LIX")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("check", list(TRIPS["en"]))
def test_each_check_trips_in_each_language(parents, language, check):
    page = make_page(parents[language], CLEAN[language], TRIPS[language][check])
    assert check in found(page)


@pytest.mark.django_db
def test_crisis_help_block_satisfies_the_crisis_check(parents):
    page = make_page(parents["en"], CLEAN["en"], TRIPS["en"]["ecpr-safe-crisis-help"])
    page.body.append(("crisis_help", None))
    assert "ecpr-safe-crisis-help" not in found(page)


@pytest.mark.django_db
def test_staff_edit_the_word_lists(parents):
    page = make_page(parents["es"], CLEAN["es"], "Ofrecemos un taller holístico.")
    assert "ecpr-plain-avoid-words" not in found(page)

    CheckedPhrase.objects.create(language="es", kind="avoid", phrase="holístico")

    assert "ecpr-plain-avoid-words" in found(page)


@pytest.mark.django_db
def test_english_words_do_not_trip_spanish_pages(parents):
    page = make_page(parents["es"], CLEAN["es"], "Committed suicide es una expresión inglesa.")
    assert "ecpr-safe-sensational" not in found(page)


@pytest.mark.django_db
def test_preview_shows_findings_marked_for_the_checker_and_readers_never_see_them(parents, client):
    page = make_page(parents["es"], CLEAN["es"], TRIPS["es"]["ecpr-safe-sensational"])

    preview = page.make_preview_request().content.decode()
    public = client.get(page.url).content.decode()

    assert 'data-content-check="ecpr-safe-sensational"' in preview
    assert "epidemia" in preview.split('data-content-check="ecpr-safe-sensational"')[1]
    assert "data-content-check" not in public


@pytest.mark.django_db
def test_wagtail_checker_carries_a_rule_for_each_check(parents, admin_client):
    page = make_page(parents["en"], CLEAN["en"])
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    for check in TRIPS["en"]:
        assert f'"id": "{check}"' in html
    assert "matches-definition-evaluate" in html
