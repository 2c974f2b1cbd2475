"""CPU time of one WSGI application answering one address, measured inside its own process.

Through gunicorn, each request also costs the server's own work (reading the request, writing
the answer), the same for any application. Called directly, only the application's own work
is counted: this is how the site's cached hit is set against the floor app.

    python bench/in_process.py website.wsgi:application /en/ 2000

prints the CPU milliseconds per request (the median of five runs of the given count). The
environment chooses the settings, as for gunicorn.
"""

import importlib
import io
import statistics
import sys
import time
from pathlib import Path


def _environ(path):
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "localhost",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.url_scheme": "http",
    }


def _answer(application, path):
    status = []
    body = application(_environ(path), lambda line, headers, exc_info=None: status.append(line))
    try:
        b"".join(body)
    finally:
        if hasattr(body, "close"):
            body.close()
    return status[0]


def milliseconds_per_request(application, path, count):
    status = _answer(application, path)  # fills the caches, as a first reader would
    if not status.startswith("200"):
        raise RuntimeError(f"{path} answered {status}")
    runs = []
    for _ in range(5):
        started = time.process_time()
        for _ in range(count):
            _answer(application, path)
        runs.append((time.process_time() - started) / count * 1000)
    return statistics.median(runs)


def main():
    target, path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    module, name = target.split(":")
    application = getattr(importlib.import_module(module), name)
    print(f"{milliseconds_per_request(application, path, count):.4f}")


if __name__ == "__main__":
    main()
