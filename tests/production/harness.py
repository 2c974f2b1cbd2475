"""The production tier's services, each started the way docs/operators/deployment.md says, on
this machine's loopback only and on ports of their own:

- its own PostgreSQL cluster (initdb into the tier's folder), never the machine's shared server,
  so that it can be stopped to see the site through a database outage;
- its own redis-server;
- the site under gunicorn, with deploy/gunicorn.conf.py and the production settings;
- Debian's nginx with deploy/nginx/ecpr.conf, changed only in its ports and paths, serving
  HTTPS with a certificate made for 127.0.0.1;
- Debian's varnishd with deploy/varnish/ecpr.vcl, changed only in its backend's port and host
  name, for the tests that put it in front of a gunicorn.
- a mail server of its own in this process (SmtpSink), which accepts whatever the site sends
  (error mail to ADMINS, form notifications) and keeps it for the tests to read.

Everything lives in one temporary folder and is stopped when the tier ends.
"""

import email
import email.policy
import os
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg

PROJECT = Path(__file__).resolve().parents[2]
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
AS_ROOT = os.geteuid() == 0


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_open(port):
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def wait_until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise TimeoutError(f"Timed out waiting for {what}")


class Postgres:
    """A PostgreSQL cluster of the tier's own."""

    def __init__(self, root):
        self.dir = root / "postgres"
        self.log = root / "postgres.log"
        self.port = free_port()

    def _run(self, *command):
        # PostgreSQL refuses to run as root; as root, run it as the postgres user.
        prefix = ["runuser", "-u", "postgres", "--"] if AS_ROOT else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    def init(self):
        self.dir.mkdir()
        self.log.touch()
        if AS_ROOT:
            shutil.chown(self.dir, "postgres")
            shutil.chown(self.log, "postgres")
        self._run(
            str(PG_BIN / "initdb"), "-D", str(self.dir), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--no-sync",
        )  # fmt: skip

    def start(self):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            str(PG_BIN / "pg_ctl"), "-D", str(self.dir), "-l", str(self.log), "-o", options,
            "-w", "start",
        )  # fmt: skip

    def stop(self):
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.dir), "-m", "fast", "-w", "stop")

    def running(self):
        return (self.dir / "postmaster.pid").exists()

    def url(self, database="ecpr"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def connect(self, database="ecpr"):
        return psycopg.connect(self.url(database), autocommit=True)

    def create_database(self, name):
        with self.connect("postgres") as connection:
            connection.execute(f'CREATE DATABASE "{name}"')

    def drop_database(self, name):
        with self.connect("postgres") as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Redis:
    """A redis-server of the tier's own, without persistence."""

    def __init__(self, root):
        self.dir = root
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.dir)],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        wait_until(lambda: port_open(self.port), 20, "redis-server")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(20)

    def flush(self):
        import redis

        redis.Redis.from_url(self.url).flushall()


class Gunicorn:
    """The site under gunicorn, started as the service unit starts it."""

    def __init__(self, root, name, env):
        self.port = free_port()
        self.log = root / f"{name}.log"
        self.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{self.port}"}
        self.process = None

    def start(self):
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [str(Path(sys.executable).parent / "gunicorn"), "--config",
                 "deploy/gunicorn.conf.py"],
                cwd=PROJECT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        wait_until(lambda: port_open(self.port), 60, "gunicorn")
        workers = int(self.env.get("WEB_CONCURRENCY", "3"))
        wait_until(lambda: len(self.workers()) >= workers, 60, "gunicorn's workers")

    def workers(self):
        """The process ids of the master's workers, from /proc."""
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            if parent == self.process.pid:
                found.append(int(entry.name))
        return sorted(found)

    def kill_worker(self):
        victim = self.workers()[0]
        os.kill(victim, signal.SIGKILL)
        return victim

    def log_text(self):
        return self.log.read_text(errors="replace")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


# What the tier changes in deploy/nginx/ecpr.conf: ports, paths and the certificate, nothing
# else. Each must be found, so that a change to the shipped file cannot go unnoticed here.
def nginx_site(root, http_port, https_port, app_port):
    text = (PROJECT / "deploy" / "nginx" / "ecpr.conf").read_text()
    changes = {
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen [::]:80;": "",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        "listen [::]:443 ssl http2;": "",
        "server 127.0.0.1:8000;": f"server 127.0.0.1:{app_port};",
        "https://$host$request_uri": f"https://$host:{https_port}$request_uri",
        "/etc/letsencrypt/live/ecpr.example.org/": f"{root}/tls/",
        "/srv/ecpr/": f"{root}/srv/",
        "/var/www/html": f"{root}/acme",
    }
    for old, new in changes.items():
        if old not in text:
            raise AssertionError(f"deploy/nginx/ecpr.conf no longer has {old!r}")
        text = text.replace(old, new)
    return text


class Nginx:
    """Debian's nginx with the shipped site file, in the foreground under the tier's folder."""

    def __init__(self, root, app_port):
        self.root = root
        self.http_port = free_port()
        self.https_port = free_port()
        self.app_port = app_port
        self.process = None

    def _certificate(self):
        tls = self.root / "tls"
        tls.mkdir()
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
             "-keyout", str(tls / "privkey.pem"), "-out", str(tls / "fullchain.pem")],
            check=True, capture_output=True,
        )  # fmt: skip

    def start(self):
        self._certificate()
        (self.root / "acme").mkdir()
        site = self.root / "nginx-site.conf"
        site.write_text(nginx_site(self.root, self.http_port, self.https_port, self.app_port))
        temp = self.root / "nginx-temp"
        temp.mkdir()
        main = self.root / "nginx.conf"
        main.write_text(
            ("user root;\n" if AS_ROOT else "")
            + f"worker_processes 2;\npid {self.root}/nginx.pid;\n"
            f"error_log {self.root}/nginx-error.log warn;\n"
            "events { worker_connections 512; }\n"
            "http {\n"
            "  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n"
            f"  access_log {self.root}/nginx-access.log;\n"
            f"  client_body_temp_path {temp}/body;\n  proxy_temp_path {temp}/proxy;\n"
            f"  fastcgi_temp_path {temp}/fastcgi;\n  uwsgi_temp_path {temp}/uwsgi;\n"
            f"  scgi_temp_path {temp}/scgi;\n"
            f"  include {site};\n"
            "}\n"
        )
        check = subprocess.run(["nginx", "-t", "-c", str(main)], capture_output=True, text=True)
        if check.returncode:
            raise RuntimeError(check.stderr)
        self.process = subprocess.Popen(
            ["nginx", "-c", str(main), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL, stderr=(self.root / "nginx.out").open("wb"),
        )  # fmt: skip
        wait_until(lambda: port_open(self.https_port), 20, "nginx")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    @property
    def url(self):
        return f"https://127.0.0.1:{self.https_port}"

    @property
    def http_url(self):
        return f"http://127.0.0.1:{self.http_port}"


# What the tier changes in deploy/varnish/ecpr.vcl: the backend's port and the host name its
# health probe asks for. Each must be found, as for nginx.
def varnish_vcl(app_port):
    text = (PROJECT / "deploy" / "varnish" / "ecpr.vcl").read_text()
    changes = {
        '.port = "8000";': f'.port = "{app_port}";',
        '"Host: ecpr.example.org"': '"Host: 127.0.0.1"',
    }
    for old, new in changes.items():
        if old not in text:
            raise AssertionError(f"deploy/varnish/ecpr.vcl no longer has {old!r}")
        text = text.replace(old, new)
    return text


class Varnish:
    """Debian's varnishd with the shipped VCL, in the foreground, with a working directory of its
    own under the tier's folder. `ttl` is varnishd's -t: how long a page without a lifetime of
    its own stays fresh."""

    def __init__(self, root, name, app_port, ttl=120):
        self.root = root
        self.name = name
        self.port = free_port()
        self.app_port = app_port
        self.ttl = ttl
        self.process = None

    def start(self):
        vcl = self.root / f"{self.name}.vcl"
        vcl.write_text(varnish_vcl(self.app_port))
        with (self.root / f"{self.name}.log").open("ab") as log:
            self.process = subprocess.Popen(
                ["varnishd", "-F", "-n", str(self.root / self.name), "-a",
                 f"127.0.0.1:{self.port}", "-T", "none", "-f", str(vcl), "-s", "malloc,64m",
                 "-t", str(self.ttl)],
                stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        wait_until(lambda: port_open(self.port), 30, "varnishd")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"


class _SmtpSession(socketserver.StreamRequestHandler):
    """Just enough SMTP for Django's SMTP backend (smtplib): no extensions, no authentication."""

    def reply(self, text):
        self.wfile.write(text.encode() + b"\r\n")

    def handle(self):
        self.reply("220 tier-mail ESMTP")
        sender, recipients = None, []
        while line := self.rfile.readline():
            command = line.decode("ascii", "replace").strip()
            verb = command.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 tier-mail")
            elif verb == "MAIL":
                sender, recipients = command.split(":", 1)[1].strip(" <>"), []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip(" <>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                self.server.sink.deliver(sender, recipients, self.read_data())
                self.reply("250 OK")
            elif verb == "RSET":
                sender, recipients = None, []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Not implemented")

    def read_data(self):
        lines = []
        while (line := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
            # A line the client began with a dot was sent with a second one (RFC 5321, 4.5.2).
            lines.append(line[1:] if line.startswith(b".") else line)
        return b"".join(lines)


class SmtpSink:
    """A mail server of the tier's own, in this process: it accepts every message and keeps it,
    so that the tests see what the site sends and to whom. Its port is taken when it is made,
    for the site's environment (EMAIL_PORT); it answers once started."""

    def __init__(self):
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SmtpSession)
        self.server.daemon_threads = True
        self.server.sink = self
        self.port = self.server.server_address[1]
        self._lock = threading.Lock()
        self._delivered = []
        self._thread = None

    def start(self):
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def deliver(self, sender, recipients, data):
        message = email.message_from_bytes(data, policy=email.policy.default)
        with self._lock:
            self._delivered.append((sender, list(recipients), message))

    @property
    def delivered(self):
        """Every message received so far: (envelope sender, envelope recipients, message)."""
        with self._lock:
            return list(self._delivered)

    def stop(self):
        if self._thread:
            self.server.shutdown()
            self._thread.join(10)
        self.server.server_close()
