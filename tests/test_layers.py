"""The apps' layers (DESIGN.md), lowest first:

    media_library → website → editorial, translations → news, research → home → demo_content

No app may point at an app above it: not by import, not by a string app label ("news.Outlet",
or apps.get_model("news", "Outlet")), not by a URL name ("translations:report"), not by one of
its templates, not by loading its template tags ({% load translation_editor_tags %}). Apps on
the same layer are siblings and may not point at each other either (editorial and translations
know nothing of each other; nor do news and research), so the layers have no cycles.

The sources are read as text (Python through ast, templates by pattern), not imported: Python,
and the HTML and text templates.
"""

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LAYERS = [
    ["media_library"],
    ["website"],
    ["editorial", "translations"],
    ["news", "research"],
    ["home"],
    ["demo_content"],
]
LEVEL = {app: level for level, apps in enumerate(LAYERS) for app in apps}
# App labels that differ from the package name.
LABELS = {**{app: app for app in LEVEL}, "translation_status": "translations"}

APP_LABEL = re.compile(r"^(?P<label>\w+)\.(?P<model>\w+)$")
URL_NAME = re.compile(r"^(?P<namespace>\w+):[\w-]+$")
URL_NAMESPACE = re.compile(r"""include\(\s*\(\s*[\w.]+\s*,\s*["'](?P<namespace>\w+)["']\s*\)""")
TEMPLATE_NAME = re.compile(r"^(?P<folder>[\w-]+)/[\w/.-]+\.(?:html|txt|xml)$")
TEMPLATE_TAG = re.compile(r"{%\s*(?P<tag>include|extends|url)\s+[\"'](?P<target>[^\"']+)[\"']")
TEMPLATE_LOAD = re.compile(r"{%\s*load\s+(?P<names>[^%]+?)\s*%}")


@dataclass(frozen=True)
class Owners:
    """Which app owns each name that a source can point at without importing it."""

    namespaces: dict  # URL namespace → app
    folders: dict  # first folder of a template name → app
    libraries: dict  # template tag library → app


def app_of(path):
    top = path.relative_to(ROOT).parts[0]
    return top if top in LEVEL else None


def sources():
    for app in LEVEL:
        yield from sorted((ROOT / app).rglob("*.py"))
        yield from sorted((ROOT / app).rglob("*.html"))
        yield from sorted((ROOT / app).glob("templates/**/*.txt"))


def url_namespaces():
    """{URL namespace: the app that registers it}, read from each app's include((…, "ns"))."""
    namespaces = {}
    for path in (ROOT / app / name for app in LEVEL for name in ("wagtail_hooks.py", "urls.py")):
        if path.is_file():
            for match in URL_NAMESPACE.finditer(path.read_text(encoding="utf-8")):
                namespaces[match["namespace"]] = app_of(path)
    return namespaces


def template_folders():
    """{first folder of a template name: the app whose templates/ holds it}, for app folders."""
    folders = {}
    for app in LEVEL:
        templates = ROOT / app / "templates"
        if templates.is_dir():
            for folder in templates.iterdir():
                # An app's own folders; a third-party app's folder (wagtail_localize) overrides
                # that app's templates and belongs to no layer here.
                if folder.is_dir() and (folder.name in LEVEL or app == "website"):
                    folders[folder.name] = app
    return folders


def tag_libraries():
    """{template tag library: the app whose templatetags/ defines it}."""
    return {
        path.stem: app
        for app in LEVEL
        for path in (ROOT / app / "templatetags").glob("*.py")
        if path.stem != "__init__"
    }


def owners():
    return Owners(url_namespaces(), template_folders(), tag_libraries())


def python_references(source, known):
    """(what, app) for every app this Python source points at."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield f"import {alias.name}", alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield f"from {node.module} import …", node.module.split(".")[0]
        elif isinstance(node, ast.Call) and (label := get_model_label(node)):
            yield f"get_model({label!r}, …)", LABELS.get(label)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield from string_references(node.value, known)


def get_model_label(call):
    """The app label of apps.get_model("news", "Outlet") (or app_label="news"); None otherwise."""
    name = getattr(call.func, "attr", None) or getattr(call.func, "id", None)
    if name != "get_model":
        return None
    first = call.args[0] if len(call.args) >= 2 else None
    for keyword in call.keywords:
        if keyword.arg == "app_label":
            first = keyword.value
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value
    return None


def string_references(value, known):
    if label := APP_LABEL.match(value):
        yield f"app label {value!r}", LABELS.get(label["label"])
    if url := URL_NAME.match(value):
        yield f"URL name {value!r}", known.namespaces.get(url["namespace"])
    if template := TEMPLATE_NAME.match(value):
        yield f"template {value!r}", known.folders.get(template["folder"])


def template_references(source, known):
    for match in TEMPLATE_TAG.finditer(source):
        if match["tag"] == "url":
            yield from string_references(match["target"], Owners(known.namespaces, {}, {}))
        else:
            yield f"template {match['target']!r}", known.folders.get(match["target"].split("/")[0])
    for match in TEMPLATE_LOAD.finditer(source):
        names = match["names"].split()
        # {% load tag_a tag_b from library %} loads from one library; otherwise each is one.
        libraries = names[names.index("from") + 1 :] if "from" in names else names
        for library in libraries:
            yield f"tag library {library!r}", known.libraries.get(library)


def violations(app, source, kind, known):
    """Each reference from app's source to an app above it or beside it on its layer."""
    find = python_references if kind == "py" else template_references
    found = []
    for what, target in find(source, known):
        if target in LEVEL and target != app and LEVEL[target] >= LEVEL[app]:
            found.append(f"{what} points at {target}")
    return found


def test_no_app_points_up_or_sideways_in_the_layers():
    known = owners()
    problems = []
    for path in sources():
        app = app_of(path)
        kind = "py" if path.suffix == ".py" else "template"
        for problem in violations(app, path.read_text(encoding="utf-8"), kind, known):
            problems.append(f"{path.relative_to(ROOT)}: {problem}")
    assert problems == []


def test_the_scan_sees_every_app_and_what_they_register():
    known = owners()
    scanned = list(sources())
    assert {app_of(path) for path in scanned} == set(LEVEL)
    assert ROOT / "editorial/templates/editorial/reviews/reminder_email.txt" in scanned
    assert known.namespaces["guides"] == "website"
    assert known.namespaces["translations"] == "translations"
    assert known.folders["news"] == "news" and known.folders["includes"] == "website"
    assert known.libraries["navigation_tags"] == "website"
    assert known.libraries["translation_editor_tags"] == "translations"


KNOWN = Owners(
    namespaces={"guides": "website", "translations": "translations"},
    folders={"news": "news", "includes": "website", "research": "research"},
    libraries={
        "navigation_tags": "website",
        "branding_tags": "editorial",
        "translation_editor_tags": "translations",
    },
)


@pytest.mark.parametrize(
    ("app", "kind", "source"),
    [
        ("website", "py", "from news.models import Outlet\n"),
        ("website", "py", "import research.citation\n"),
        ("website", "py", 'post_save.connect(changed, sender="news.Outlet")\n'),
        ("website", "py", 'SEARCHABLE = ["home.StandardPage"]\n'),
        ("editorial", "py", 'url = reverse("translations:report")\n'),
        ("translations", "py", "from news.models import NewsPage\n"),
        ("translations", "py", 'sender = "news.Outlet"\n'),
        ("editorial", "py", "from translations.access import can_read\n"),
        ("editorial", "py", 'model = "translation_status.LiveContent"\n'),
        ("research", "py", "from news.models import NewsPage\n"),
        ("website", "py", 'render(request, "news/includes/card.html")\n'),
        ("home", "py", "from demo_content.build import build_demo\n"),
        ("website", "template", '{% include "research/includes/card.html" %}'),
        ("website", "template", "{% url 'translations:report' %}"),
        ("media_library", "py", "from website.models import BasePage\n"),
        ("website", "template", "{% load i18n translation_editor_tags %}"),
        (
            "editorial",
            "template",
            "{% load edit_translation_notice from translation_editor_tags %}",
        ),
        ("website", "template", "{% load branding_tags %}"),
        ("website", "py", 'Outlet = apps.get_model("news", "Outlet")\n'),
        ("website", "py", 'Outlet = apps.get_model(app_label="news", model_name="Outlet")\n'),
        ("website", "template", "Reply: {% url 'translations:report' %}\n"),
    ],
)
def test_the_scan_catches_a_reference_up_or_sideways(app, kind, source):
    assert violations(app, source, kind, KNOWN) != []


@pytest.mark.parametrize(
    ("app", "kind", "source"),
    [
        ("news", "py", "from website.models import BasePage\nfrom media_library import facts\n"),
        ("home", "py", 'parent_page_types = ["home.HomePage"]\nsubpage_types = ["news.NewsPage"]'),
        ("translations", "py", 'reverse("guides:guide", args=["translating"])\n'),
        (
            "home",
            "template",
            '{% include "research/includes/card.html" %}{% url "guides:guides" %}',
        ),
        ("website", "py", 'reverse("wagtailadmin_home")\nlabel = "wagtailcore.Page"\n'),
        ("news", "template", "{% load i18n wagtailcore_tags navigation_tags %}"),
        ("translations", "template", "{% load home_page from navigation_tags %}"),
        (
            "news",
            "py",
            'Page = apps.get_model("wagtailcore", "Page")\napps.get_model("website", "X")',
        ),
    ],
)
def test_the_scan_lets_references_down_the_layers_through(app, kind, source):
    assert violations(app, source, kind, KNOWN) == []
