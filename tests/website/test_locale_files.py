"""The Spanish catalogue: complete, and the compiled .mo says what the .po says."""

from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "es" / "LC_MESSAGES"


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
