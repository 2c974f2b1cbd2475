"""DeepL is wagtail-localize's machine translator exactly when DEEPL_API_KEY is set."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
SHOW_TRANSLATOR = (
    "import django; django.setup(); "
    "from wagtail_localize.machine_translators import get_machine_translator; "
    "translator = get_machine_translator(); "
    "print(type(translator).__name__, translator and translator.options.get('AUTH_KEY'))"
)


def machine_translator(**env):
    environment = {k: v for k, v in os.environ.items() if k != "DEEPL_API_KEY"}
    environment.update(env, DJANGO_SETTINGS_MODULE="website.settings.test")
    result = subprocess.run(
        [sys.executable, "-c", SHOW_TRANSLATOR],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DEEPL_API_KEY": "a-key:fx"}, "GlossaryDeepLTranslator a-key:fx"),
        ({"DEEPL_API_KEY": ""}, "NoneType None"),
        ({}, "NoneType None"),
    ],
)
def test_deepl_only_with_a_key(env, expected):
    assert machine_translator(**env) == expected
