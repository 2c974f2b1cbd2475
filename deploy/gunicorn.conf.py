"""gunicorn's settings for the eCPR website: `gunicorn --config deploy/gunicorn.conf.py`.

The address and the number of workers come from the environment (GUNICORN_BIND,
WEB_CONCURRENCY), so the service unit and the production tier start it the same way.
"""

import os

wsgi_app = "website.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
# A worker that hangs this long is killed and replaced; its request gets a 502 from nginx.
timeout = 30
graceful_timeout = 20
# Workers are replaced now and then, so that no slow leak grows without bound. Not often:
# starting the site again costs a new worker nearly a second of CPU, which every 2,000 requests
# would have cost more per request than answering a cached page.
max_requests = 20000
max_requests_jitter = 2000
# nginx logs every request (Debian's default access log); logging each again here cost a tenth
# of what answering a cached page costs. Errors are logged.
accesslog = None
errorlog = "-"
