"""Hostile and broken input: well over a thousand malformed requests (search, paging, filters,
paths, headers, methods, forms) get no server error and change no row."""

import re
import socket
import ssl
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

from .figures import record
from .rows import table_digests

PAYLOADS = [
    "",
    " ",
    "%",
    "%%",
    "%00",
    "%zz",
    "%ff%fe",
    "\x00",
    "'",
    '"',
    "';--",
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "${7*7}",
    "../../etc/passwd",
    "..%2f..%2f",
    "a" * 3000,
    "ñandú",
    "😀" * 50,
    "\u202eevil",
    "\r\nX: y",
    "*",
    "?",
    "&",
    "=",
    "[]",
    "-1",
    "0",
    "1e309",
    "99999999999999999999999999",
    "NaN",
    "null",
    "true",
    "1.5",
    "0x10",
    "１２",
    "(",
    ")",
    "((((",
    "a:b",
    "!",
    "|",
    "&&",
    "--",
    "\\",
    "/",
    "\t",
    "%2e%2e%2f",
    "<svg onload=alert(1)>",
    "a%",
    "%u0041",
]
SEARCHES = ["/en/search/", "/es/buscar/"]


def encoded(value):
    # Most payloads go percent-encoded, as a browser would send them; a few raw and broken.
    return value if value.startswith("%") else quote(value, safe="")


def query_requests():
    for value in PAYLOADS:
        v = encoded(value)
        for search in SEARCHES:
            yield "GET", f"{search}?q={v}", {}, b""
        yield "GET", f"/en/search/?q=ecpr&page={v}&type={v}", {}, b""
        for name in ("page", "type", "topic", "year"):
            yield "GET", f"/en/news/?{name}={v}", {}, b""
        yield "GET", f"/es/noticias/?page={v}&type={v}&topic={v}&year={v}", {}, b""
        yield "GET", f"/en/news/feed/rss/?page={v}", {}, b""


PATHS = [
    "/en/../../etc/passwd",
    "/en/%2e%2e/%2e%2e/etc/passwd",
    "/en/%",
    "/en/%zz/",
    "//en//",
    "/en/<script>/",
    "/en/%00/",
    "/en/" + "a" * 3000 + "/",
    "/en/about/..;/",
    "/en/about/%2f/",
    "/documents/999999/x.pdf",
    "/documents/abc/",
    "/documents/1/",
    "/documents/1/../../settings.py",
    "/media/../db.sqlite3",
    "/media/%2e%2e/",
    "/static/../",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/admin/../",
    "/admin/login/?next=//evil.example",
    "/en/news/webinars/calendar/?x=%00",
    "/sitemap.xml?p=%00",
    "/robots.txt/x",
    "/fr/",
    "/en/news/feed/atom/?page=-1",
    "/en/search/?q=" + "%ff" * 500,
    "/.env",
    "/.git/config",
    "/wp-login.php",
    "/en/news/2020/01/01/",
    "/es/noticias/../../",
    "/en/%c0%ae%c0%ae/",
    "/en/ñandú/",
    "/en/%E2%80%AE/",
    "/en/news/page/2/",
    "/en/contact/?sent=%00",
    "/en/contact/?sent=1&sent=2",
    "/admin/pages/search/?q=%00",
    "/admin/documents/",
    "/cgi-bin/",
]

HEADERS = [
    {"Host": "evil.example"},
    {"Host": "127.0.0.1:99999"},
    {"Host": ""},
    {"Accept-Language": "zz-ZZ,;q=abc"},
    {"Accept-Language": "es;q=2.0," * 200},
    {"Cookie": "sessionid=garbage; csrftoken=garbage"},
    {"Cookie": "a=" + "b" * 3000},
    {"Cookie": "sessionid=" + "%00" * 10},
    {"Cookie": "csrftoken=" + "x" * 64},
    {"X-Forwarded-For": "not-an-address, ::::"},
    {"X-Forwarded-Proto": "gopher"},
    {"X-Real-IP": "<script>"},
    {"Range": "bytes=garbage"},
    {"Range": "bytes=99999999999-"},
    {"If-Modified-Since": "yesterday"},
    {"If-None-Match": '"' + "x" * 500 + '"'},
    {"Referer": "javascript:alert(1)"},
    {"User-Agent": "x" * 4000},
    {"Accept": "*/*;q=bad"},
    {"Accept-Encoding": "gzip;q=nan, br;q=-1"},
    {"Content-Type": "multipart/form-data"},
    {"Content-Length": "abc"},
    {"Transfer-Encoding": "chunked, identity"},
    {"X-HTTP-Method-Override": "DELETE"},
    {"Authorization": "Basic %%%"},
    {"Origin": "null"},
]
HEADER_PATHS = ["/en/", "/es/", "/en/news/?page=2", "/en/search/?q=ecpr", "/en/contact/"]

METHODS = ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO", "CONNECT"]
METHOD_PATHS = ["/en/", "/en/contact/", "/es/contacto/", "/en/search/", "/admin/login/",
                "/documents/1/", "/en/news/feed/rss/"]  # fmt: skip

FORM_PATHS = ["/en/contact/", "/es/contacto/", "/en/email-list/", "/admin/login/"]
FORM_BODIES = [
    b"",
    b"name=Rosa",
    b"csrfmiddlewaretoken=garbage&name=Rosa&email=rosa",
    b"email=not-an-address&message=" + b"x" * 200_000,
    b"%%%%=%%%%",
    b"name=%00%00",
    b"&".join(b"f%d=1" % i for i in range(12_000)),
    b"whf_name=&whf_time=abc&email=@",
    b"whf_time=99999999999999999999&email=a@b",
    b"what_is_it_about=not-a-choice",
    b"name[]=1&name[]=2",
    b"\xff\xfe\x00garbage",
    b'{"name": "json"}',
    b'--boundary\r\nContent-Disposition: form-data; name="x"\r\n\r\nbroken',
]
FORM_TYPES = [
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=boundary",
    "multipart/form-data",
    "application/json",
    "text/plain",
]


def all_requests():
    yield from query_requests()
    for path in PATHS:
        yield "GET", path, {}, b""
        yield "HEAD", path, {}, b""
    for headers in HEADERS:
        for path in HEADER_PATHS:
            yield "GET", path, headers, b""
    for method in METHODS:
        for path in METHOD_PATHS:
            yield method, path, {}, b"x=1"
    for path in FORM_PATHS:
        for body in FORM_BODIES:
            for content_type in FORM_TYPES:
                yield "POST", path, {"Content-Type": content_type}, body


def send(port, method, path, headers, body):
    """One request written byte for byte, as no well-behaved client would; returns the status."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    head = {"Host": f"127.0.0.1:{port}", "Connection": "close", **headers}
    if body and "Content-Length" not in head and "Transfer-Encoding" not in head:
        head["Content-Length"] = str(len(body))
    lines = [f"{method} {path} HTTP/1.1", *(f"{k}: {v}" for k, v in head.items())]
    data = "\r\n".join(lines).encode("utf-8", "surrogateescape") + b"\r\n\r\n" + body
    with (
        socket.create_connection(("127.0.0.1", port), timeout=60) as raw,
        context.wrap_socket(raw) as tls,
    ):
        tls.sendall(data)
        first = b""
        while b"\r\n" not in first:
            chunk = tls.recv(4096)
            if not chunk:
                break
            first += chunk
    match = re.match(rb"HTTP/1\.[01] (\d{3})", first)
    return int(match.group(1)) if match else f"no status: {first[:40]!r}"


def not_implemented(request, status):
    # RFC 9112 (6.1): a transfer coding the server does not know is answered with 501, by nginx.
    return status == 501 and "Transfer-Encoding" in request[2]


def test_a_thousand_malformed_requests_get_no_server_error_and_change_nothing(
    tier, database, fresh_rate_limit
):
    requests = list(all_requests())
    assert len(requests) >= 1000
    before = table_digests(database)
    started = time.monotonic()

    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = list(pool.map(lambda r: send(tier.nginx.https_port, *r), requests))

    after = table_digests(database)
    errors = [
        (request[0], request[1][:80], status)
        for request, status in zip(requests, statuses, strict=True)
        if not isinstance(status, int) or status >= 500 and not not_implemented(request, status)
    ]
    changed = [table for table in before if before[table] != after.get(table)]
    seen = sorted({status for status in statuses if isinstance(status, int)})
    record(
        "malformed requests",
        f"{len(requests)} sent in {time.monotonic() - started:.0f} s; "
        f"{len(errors)} server errors; statuses seen {seen}",
    )
    assert errors == []
    assert changed == []
