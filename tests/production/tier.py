"""The whole production tier: the services of harness.py, started in order and wired together
through the environment, as an operator's .env would."""

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import requests
from django.conf import settings

from .harness import PROJECT, Gunicorn, Nginx, Postgres, Redis, SmtpSink

ADMINS = "tier-ops@example.org"
FIRST_VIEWS = ["/en/", "/es/", "/en/news/", "/es/noticias/", "/en/about/", "/es/sobre-ecpr/"]


class Tier:
    def __init__(self, root):
        root.chmod(0o755)  # the postgres user and nginx's workers read below it
        self.root = root
        self.static = root / "srv" / "static"
        self.media = root / "srv" / "media"
        self.postgres = Postgres(root)
        self.redis = Redis(root)
        self.mail = SmtpSink()
        self.admin_username = "tier-admin"
        self.admin_password = secrets.token_urlsafe(16)
        self.env = self.production_env()
        self.gunicorn = Gunicorn(root, "gunicorn", self.env)
        self.nginx = Nginx(root, self.gunicorn.port)
        self.extra = []
        self.timings = {}

    def production_env(self, **overrides):
        """The environment docs/operators/deployment.md lists, with this tier's addresses."""
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "PYTEST_")) and key not in ("DATABASE_URL",)
        }
        env.update(
            DJANGO_SETTINGS_MODULE="website.settings.production",
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS="127.0.0.1,localhost",
            DATABASE_URL=self.postgres.url(),
            REDIS_URL=self.redis.url,
            STATIC_ROOT=str(self.static),
            MEDIA_ROOT=str(self.media),
            RATELIMIT_IP_META_KEY="HTTP_X_REAL_IP",
            WEB_CONCURRENCY="2",
            # Server errors are mailed to ADMINS, through the tier's own mail server.
            ADMINS=ADMINS,
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(self.mail.port),
        )
        env.update(overrides)
        return {key: value for key, value in env.items() if value is not None}

    def manage(self, *args, env=None, timeout=600):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=PROJECT,
            env=env or self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-4000:]}")
        return result.stdout

    def shell(self, code):
        """Run Python in a separate process with the site's settings, as the scheduler would.

        Returns once every worker answers with what the code changed: a worker trusts its last
        read of the content version for CONTENT_VERSION_SECONDS (the operators' guide, "The page
        cache"), so a check made sooner could still see the page from before."""
        prelude = "import time\nfrom wagtail.models import Page, Site\n"
        output = self.manage("shell", "--no-imports", "--command", prelude + code).strip()
        time.sleep(settings.CONTENT_VERSION_SECONDS)
        return output

    def start(self):
        self.step("PostgreSQL", self.postgres.init, self.postgres.start)
        self.postgres.create_database("ecpr")
        self.redis.start()
        self.mail.start()
        # Files and database are independent: collect static files while migrating.
        collecting = subprocess.Popen(
            [sys.executable, "manage.py", "collectstatic", "--no-input"],
            cwd=PROJECT, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        seed = os.environ.get("ECPR_TIER_SEED")
        if seed and Path(seed).is_dir():
            self.step("restore the seed", lambda: self.restore_seed(Path(seed)))
        else:
            self.step("migrate", lambda: self.manage("migrate", "--no-input"))
            self.step("demo content", lambda: self.manage("load_demo_content"))
            if seed:
                self.deploy_script("backup.sh", seed)
        if collecting.wait(600):
            raise RuntimeError(f"collectstatic failed:\n{collecting.stderr.read().decode()}")
        self.manage(
            "createsuperuser",
            "--no-input",
            env={
                **self.env,
                "DJANGO_SUPERUSER_USERNAME": self.admin_username,
                "DJANGO_SUPERUSER_PASSWORD": self.admin_password,
                "DJANGO_SUPERUSER_EMAIL": "tier-admin@localhost",
            },
        )
        self.step("gunicorn and nginx", self.gunicorn.start, self.nginx.start)
        self.step("first views", self.first_views)

    def first_views(self):
        """Open the main pages once, as an operator's check after a release does: the first view
        makes the images' renditions, which on a busy machine can outlast a worker's timeout."""
        for path in FIRST_VIEWS:
            for _ in range(5):
                try:
                    answer = requests.get(self.nginx.url + path, verify=False, timeout=120)
                except requests.RequestException:
                    continue
                if answer.status_code == 200:
                    break

    def step(self, name, *actions):
        started = time.monotonic()
        for action in actions:
            action()
        self.timings[name] = round(time.monotonic() - started, 1)

    def deploy_script(self, name, *args, env=None):
        result = subprocess.run(
            [str(PROJECT / "deploy" / name), *map(str, args)],
            env=env or self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode:
            raise RuntimeError(f"deploy/{name} failed:\n{result.stderr[-4000:]}")
        return result.stdout.strip().splitlines()[-1]

    def restore_seed(self, seed):
        # While working on the tier only: a backup of an earlier tier's migrated demo site,
        # restored with deploy/restore.sh instead of building it again. CI never sets it.
        newest = sorted(seed.glob("ecpr-*[0-9]Z"))[-1]
        self.deploy_script("restore.sh", newest)
        self.manage("migrate", "--no-input")

    def start_gunicorn(self, name, **overrides):
        """Another gunicorn beside the first, with some settings changed."""
        server = Gunicorn(self.root, name, self.production_env(**overrides))
        self.extra.append(server)
        server.start()
        return server

    def stop(self):
        for service in (self.nginx, *self.extra, self.gunicorn, self.redis, self.mail):
            service.stop()
        if self.postgres.running():
            self.postgres.stop()
