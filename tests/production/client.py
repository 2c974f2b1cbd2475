"""A visitor of the tier's site: a requests session that keeps cookies, reads forms the way a
browser does and sends them back with their hidden fields."""

import time
from html.parser import HTMLParser
from urllib.parse import urljoin

import requests


class FormReader(HTMLParser):
    """The fields of each <form method="post"> in a page, with their default values."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self._form = None
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "get").lower() == "post":
            self._form = {"action": attrs.get("action") or "", "fields": {}, "kinds": {}}
            self.forms.append(self._form)
        if self._form is None:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                self._form["kinds"].setdefault(name, kind)
                if kind == "radio":
                    self._form["fields"].setdefault(name, attrs.get("value", "on"))
                return
            self._form["fields"][name] = attrs.get("value", "")
            self._form["kinds"][name] = kind
        elif tag == "select" and name:
            self._select = name
            self._form["kinds"][name] = "select"
        elif tag == "option" and self._select:
            value = attrs.get("value", "")
            if value and not self._form["fields"].get(self._select):
                self._form["fields"][self._select] = value
        elif tag == "textarea" and name:
            self._textarea = name
            self._form["fields"][name] = ""
            self._form["kinds"][name] = "textarea"

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def post_forms(html):
    reader = FormReader()
    reader.feed(html)
    return reader.forms


class Visitor:
    def __init__(self, base_url):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.verify = False
        self.session.headers["User-Agent"] = "eCPR production tier"

    def url(self, path):
        return urljoin(self.base_url, path)

    def get(self, path, **kwargs):
        kwargs.setdefault("timeout", 30)
        kwargs.setdefault("verify", False)  # the tier's own certificate, whatever the environment
        return self.session.get(self.url(path), **kwargs)

    def post(self, path, data, **kwargs):
        kwargs.setdefault("timeout", 30)
        kwargs.setdefault("verify", False)
        headers = {"Referer": self.url(path), **kwargs.pop("headers", {})}
        return self.session.post(self.url(path), data=data, headers=headers, **kwargs)

    def open_form(self, path):
        """Load a page and return its first post form's fields and where it posts to."""
        response = self.get(path)
        response.raise_for_status()
        forms = post_forms(response.text)
        assert forms, f"{path} shows no form"
        form = forms[0]
        return urljoin(response.url, form["action"] or response.url), form

    def sign_in(self, username, password):
        action, form = self.open_form("/admin/login/")
        answers = {**form["fields"], "username": username, "password": password}
        response = self.post(action, answers, allow_redirects=False)
        assert response.status_code == 302, f"sign-in failed: {response.status_code}"


def fill(form, answers):
    """A person's answers to a form: the given ones, and a plausible value for other fields."""
    values = dict(form["fields"])
    for name, kind in form["kinds"].items():
        if name in answers or values.get(name):
            continue
        if name.startswith("whf_") or name == "csrfmiddlewaretoken":
            continue
        values[name] = {
            "email": "reader@example.org",
            "checkbox": "on",
            "tel": "",
        }.get(kind, "A reader's answer")
    values.update(answers)
    return values


def wait_past_honeypot_interval(seconds=4.5):
    # The form's hidden timestamp, in whole seconds, must be more than 3 seconds old, as a
    # person's would be.
    time.sleep(seconds)
