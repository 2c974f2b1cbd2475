"""How many database queries each page asks, uncached, through Django's test client.

Run in a Django project's directory, by the Python of its virtualenv, its settings chosen by the
environment:

    python bench/count_queries.py '{"home": "/en/"}'

prints {"home": 3}: the queries of each page's second request, the first having filled what a
running server keeps between requests.
"""

import json
import os
import subprocess
import sys
from pathlib import Path


def query_counts(pages, env, python=sys.executable, cwd=None):
    """{name: queries} of pages (name: URL), counted in a process of their own."""
    output = subprocess.run(
        [str(python), str(Path(__file__).resolve()), json.dumps(pages)],
        cwd=cwd or Path(__file__).resolve().parents[1],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main():
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    client = Client()
    counts = {}
    for name, url in json.loads(sys.argv[1]).items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        counts[name] = len(queries)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
