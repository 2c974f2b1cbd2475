"""DeepL drafts use the glossary: checked against a stand-in DeepL API served on localhost.
Without DEEPL_API_KEY there is no machine translator at all (tests/website/test_deepl_setting.py).
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from django.test import override_settings
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation

from tests.helpers import add_page
from tests.staff import make_staff
from translations.models import GlossaryTerm
from translations.translating import translation_for

pytestmark = pytest.mark.django_db


class FakeDeepL(BaseHTTPRequestHandler):
    """Just enough of DeepL's v2 API: glossaries, and translation that marks each text."""

    def _form(self):
        length = int(self.headers.get("Content-Length", 0))
        return parse_qs(self.rfile.read(length).decode())

    def _answer(self, data, status=200):
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.server.calls.append(("GET", self.path, self.headers["Authorization"]))
        self._answer({"glossaries": list(self.server.glossaries.values())})

    def do_DELETE(self):
        self.server.calls.append(("DELETE", self.path, self.headers["Authorization"]))
        self.server.glossaries.pop(self.path.rsplit("/", 1)[1], None)
        self.send_response(204)
        self.end_headers()

    def do_POST(self):
        form = self._form()
        self.server.calls.append(("POST", self.path, self.headers["Authorization"]))
        if self.path == "/v2/glossaries":
            glossary_id = f"g{len(self.server.made) + 1}"
            self.server.made[glossary_id] = form
            self.server.glossaries[glossary_id] = {
                "glossary_id": glossary_id,
                "name": form["name"][0],
            }
            self._answer({"glossary_id": glossary_id, "name": form["name"][0]}, status=201)
        elif self.path == "/v2/translate":
            self.server.translated.append(form)
            self._answer({"translations": [{"text": f"[es] {text}"} for text in form["text"]]})
        else:
            self._answer({}, status=404)

    def log_message(self, *args):
        pass


@pytest.fixture
def deepl():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeDeepL)
    server.calls, server.glossaries, server.made, server.translated = [], {}, {}, []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    config = {
        "CLASS": "translations.deepl.GlossaryDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "test-key", "API_URL": f"http://127.0.0.1:{server.server_port}/v2"},
    }
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=config):
        yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def glossary(db):
    GlossaryTerm.objects.create(english="Connecting", spanish="Conectar")
    GlossaryTerm.objects.create(english="eCPR", do_not_translate=True)


@pytest.fixture
def untranslated(home, home_es, translate_page):
    """A Spanish page with nothing translated yet: DeepL drafts every piece."""
    english = add_page(home, "Connecting", "connecting", "eCPR starts by connecting.")
    return translate_page(english, {}, publish=False)


def machine_translate(client, page):
    translation = translation_for(page)
    client.force_login(make_staff("translator"))
    response = client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")
    assert response.status_code == 302
    return translation


def test_the_glossary_goes_to_deepl_and_the_draft_uses_it(client, deepl, glossary, untranslated):
    translation = machine_translate(client, untranslated)

    [made] = deepl.made.values()
    assert made["entries"] == ["Connecting\tConectar\neCPR\teCPR"]
    assert made["source_lang"] == ["EN"] and made["target_lang"] == ["ES"]
    assert made["entries_format"] == ["tsv"]
    [request] = deepl.translated
    assert request["glossary_id"] == list(deepl.made)
    assert all(auth == "DeepL-Auth-Key test-key" for _method, _path, auth in deepl.calls)
    drafts = StringTranslation.objects.filter(
        locale=translation.target_locale,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )
    assert set(drafts.values_list("data", flat=True)) == {
        "[es] Connecting",
        "[es] connecting",
        "[es] eCPR starts by connecting.",
    }


def test_a_changed_glossary_replaces_the_old_one_at_deepl(deepl, glossary):
    translator = get_machine_translator()
    first = translator.glossary_id("EN", "ES")
    assert translator.glossary_id("EN", "ES") == first  # the same terms: made only once
    GlossaryTerm.objects.create(english="peer support", spanish="apoyo entre pares")

    second = translator.glossary_id("EN", "ES")

    assert second != first
    assert list(deepl.glossaries) == [second]
    assert "peer support\tapoyo entre pares" in deepl.made[second]["entries"][0]


def test_without_terms_no_glossary_is_sent(client, deepl, untranslated):
    machine_translate(client, untranslated)
    assert deepl.made == {}
    [request] = deepl.translated
    assert "glossary_id" not in request
