"""A WSGI application under measurement: gunicorn with 2 workers, and what it costs the machine.

A request's server CPU is the CPU time of the gunicorn workers and of the PostgreSQL backends
serving the application's database, read from /proc before and after.
"""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
TICKS = os.sysconf("SC_CLK_TCK")
# Every application measured is started with the site's own gunicorn settings.
GUNICORN_CONFIG = PROJECT / "deploy" / "gunicorn.conf.py"


def psql(sql, database="postgres"):
    return subprocess.run(
        ["psql", f"{POSTGRES}/{database}", "-Atc", sql], capture_output=True, text=True
    ).stdout.strip()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(pid):
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def children(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def fetch(connection, url, method="GET"):
    connection.request(method, url, headers={"Host": "localhost", "Accept-Encoding": "identity"})
    response = connection.getresponse()
    body = response.read()
    return response.status, body


class Server:
    """gunicorn with 2 workers serving app, and the PostgreSQL backends of database (if any).

    The application is imported from cwd, with the gunicorn of the virtualenv whose scripts are
    in scripts (the one running the bench unless told otherwise).
    """

    def __init__(self, app, env, database_name=None, cwd=PROJECT, scripts=BIN):
        self.port = free_port()
        self.database_name = database_name
        self.cwd = cwd
        self.env = {
            **os.environ,
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "WEB_CONCURRENCY": "2",
        }
        self.args = [str(scripts / "gunicorn"), "--config", str(GUNICORN_CONFIG), app]

    def __enter__(self):
        self.process = subprocess.Popen(
            self.args,
            cwd=self.cwd,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while len(children(self.process.pid)) < 2 or not self._answers():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.__exit__()
                raise RuntimeError(f"gunicorn did not start: {' '.join(self.args)}")
            time.sleep(0.2)
        return self

    def _answers(self):
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
            return True
        except OSError:
            return False

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        self.process.wait(30)

    def backends(self):
        if not self.database_name:
            return []
        rows = psql(
            f"select pid from pg_stat_activity where datname = '{self.database_name}'"
            " and pid <> pg_backend_pid()"
        )
        return [int(pid) for pid in rows.split()]

    def cpu(self):
        pids = children(self.process.pid) + self.backends()
        return sum(cpu_seconds(pid) for pid in pids)

    def connection(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)

    def cost(self, connection, url, count):
        """(CPU ms, wall ms) per request of count requests for url, one after the other."""
        before_cpu, before_wall = self.cpu(), time.perf_counter()
        for _ in range(count):
            fetch(connection, url)
        wall = (time.perf_counter() - before_wall) / count
        cpu = (self.cpu() - before_cpu) / count
        return cpu * 1000, wall * 1000
