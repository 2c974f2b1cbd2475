"""Changes made the way staff or the scheduler make them (in a separate process, sharing only
the database and Redis with the site), and what anonymous readers see right after."""

import statistics
import subprocess
import sys
import time

from django.conf import settings

from .harness import PROJECT

PRELUDE = "import time\nfrom wagtail.models import Page, Site\n"


def warm(visitors, paths):
    """Load each page often enough that every gunicorn worker has it cached."""
    for path in paths:
        for _ in range(6):
            assert visitors().get(path).status_code == 200


def change_and_watch(tier, code, visitors, path, shows, env=None):
    """Run `code` in another process (with `env`, the tier's by default) while a reader polls
    `path`; return the seconds between the change being committed and the first response that
    `shows` it (None: never seen).

    Returns no sooner than CONTENT_VERSION_SECONDS after the commit: the first worker can show
    the change before another has read the content version again, and the callers check that
    every worker shows it."""
    process = subprocess.Popen(
        [sys.executable, "manage.py", "shell", "--no-imports", "--command",
         PRELUDE + code + "\nprint(time.time())"],
        cwd=PROJECT, env=env or tier.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    seen = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        response = visitors().get(path)
        if shows(response):
            seen.append(time.time())
        if process.poll() is not None and seen:
            break
        time.sleep(0.05)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    committed = float(stdout.strip().splitlines()[-1])
    after = [moment for moment in seen if moment >= committed]
    time.sleep(max(0.0, committed + settings.CONTENT_VERSION_SECONDS - time.time()))
    return max(0.0, after[0] - committed) if after else None


def summary(latencies):
    return (
        f"median {statistics.median(latencies):.2f} s, worst {max(latencies):.2f} s "
        f"over {len(latencies)} changes"
    )
