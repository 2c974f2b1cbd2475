"""The Redis cache is optional: with the server gone, reads miss, writes are dropped, the outage
is logged once, and the cache is used again as soon as the server is back."""

import logging
import shutil
import socket
import subprocess
import time

import pytest

from website import cache as tolerant
from website.cache import TolerantRedisCache

pytestmark = pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A redis-server of the test's own, on its own port, never the machine's shared one."""

    def __init__(self, tmp_path):
        self.port = free_port()
        self.dir = tmp_path
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""],
            cwd=self.dir,
            stdout=subprocess.DEVNULL,
        )
        for _ in range(100):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.process.poll() is None:
        server.stop()


@pytest.fixture
def redis_cache(redis_server, monkeypatch):
    monkeypatch.setattr(tolerant, "PAUSE_SECONDS", 0)
    return TolerantRedisCache(
        f"redis://127.0.0.1:{redis_server.port}/0",
        {"OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}},
    )


def test_with_redis_up_it_is_an_ordinary_cache(redis_cache):
    redis_cache.set("greeting", "hola", 60)

    assert redis_cache.get("greeting") == "hola"
    assert redis_cache.add("count", 1, 60) is True
    assert redis_cache.incr("count") == 2


def test_with_redis_down_reads_miss_and_writes_are_dropped(redis_server, redis_cache):
    redis_cache.set("greeting", "hola", 60)
    redis_server.stop()

    assert redis_cache.get("greeting", "fallback") == "fallback"
    assert redis_cache.get_many(["greeting"]) == {}
    assert redis_cache.add("count", 1, 60) is False
    redis_cache.set("greeting", "adiós", 60)
    redis_cache.delete("greeting")
    with pytest.raises(ValueError):
        redis_cache.incr("count")


def test_an_outage_is_logged_once_and_its_end_once(redis_server, redis_cache, caplog):
    redis_cache.set("greeting", "hola", 60)
    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="website.cache"):
        for _ in range(20):
            redis_cache.get("greeting")
        redis_server.start()
        for _ in range(20):
            redis_cache.get("greeting")

    messages = [record.getMessage() for record in caplog.records]
    assert len([m for m in messages if "unreachable" in m]) == 1
    assert len([m for m in messages if "reachable again" in m]) == 1
    redis_cache.set("greeting", "otra vez", 60)
    assert redis_cache.get("greeting") == "otra vez"
