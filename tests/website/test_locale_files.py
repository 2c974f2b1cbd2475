"""The Spanish catalogue: complete, up to date with the code, and the compiled .mo says what
the .po says."""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

PROJECT = Path(__file__).resolve().parents[2]
LOCALE = PROJECT / "locale" / "es" / "LC_MESSAGES"
# Everything `make messages` would not read, or that holds no reader-facing string.
NOT_EXTRACTED = (".git", ".venv", ".ruff_cache", "__pycache__", "tests", "bench", "docs", "media")


def test_every_string_has_a_spanish_translation():
    po = polib.pofile(LOCALE / "django.po")

    missing = [entry.msgid for entry in po if not entry.translated()]

    assert missing == []


def test_compiled_catalogue_matches_the_source():
    po = polib.pofile(LOCALE / "django.po")
    mo = polib.mofile(LOCALE / "django.mo")

    def catalogue(entries):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or tuple(entry.msgstr_plural.values())
            for entry in entries
            if not entry.obsolete and "fuzzy" not in entry.flags and entry.msgid
        }

    assert catalogue(po) == catalogue(mo), "Run `make messages` to recompile django.mo"


def test_every_string_in_the_code_has_a_spanish_translation(tmp_path, monkeypatch, settings):
    """Extract the strings as `make messages` does, from a copy of the project, and look for
    any without Spanish: a new string fails here even if nobody ran `make messages`."""
    if not (shutil.which("xgettext") and shutil.which("msgmerge")):
        message = "GNU gettext (xgettext, msgmerge) is needed to extract the strings."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    copy = tmp_path / "project"
    shutil.copytree(PROJECT, copy, ignore=shutil.ignore_patterns(*NOT_EXTRACTED, "*.sqlite3"))
    monkeypatch.chdir(copy)
    settings.LOCALE_PATHS = [copy / "locale"]

    call_command(
        "makemessages",
        locale=["es"],
        ignore_patterns=[".venv/*", "tests/*"],
        no_obsolete=True,
        verbosity=0,
    )

    po = polib.pofile(copy / "locale" / "es" / "LC_MESSAGES" / "django.po")
    missing = [entry.msgid for entry in po if not entry.translated()]
    assert missing == [], "Run `make messages` and translate the new strings"
