"""The security defences as the served site has them (nginx in front, production settings,
several gunicorn workers): browser policies on what readers and staff get, including pages
answered from the caches, and the sign-in lockout counting the address nginx saw."""

import secrets

import pytest

PROBE_USER = "lockout-probe"


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("path", ["/en/", "/es/", "/en/search/?q=crisis", "/en/no-such-page/"])
def test_public_answers_carry_the_strict_policies(visitor, path):
    for _ in range(2):  # the second answer may come from the page cache
        response = visitor.get(path)
        policy = directives(response.headers["Content-Security-Policy"])

        assert policy["script-src"] == ["'self'"], path
        assert policy["style-src"] == ["'self'"], path
        assert policy["frame-ancestors"] == ["'self'"], path
        assert "camera=()" in response.headers["Permissions-Policy"]
        assert "geolocation=()" in response.headers["Permissions-Policy"]


def test_the_admin_carries_its_own_policy(staff):
    response = staff.get("/admin/")
    policy = directives(response.headers["Content-Security-Policy"])

    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "microphone=()" in response.headers["Permissions-Policy"]


def test_nul_in_an_admin_address_is_a_400(visitor, staff):
    assert visitor.get("/admin/login/?next=%00").status_code == 400
    assert staff.get("/admin/api/main/pages/?search=%00").status_code == 400


@pytest.fixture
def probe_account(tier):
    password = secrets.token_urlsafe(16)
    tier.shell(
        "from django.contrib.auth.models import User\n"
        f"User.objects.filter(username='{PROBE_USER}').delete()\n"
        f"User.objects.create_superuser('{PROBE_USER}', 'probe@example.org', '{password}')\n"
    )
    tier.manage("axes_reset_username", PROBE_USER)
    yield password
    tier.manage("axes_reset_username", PROBE_USER)
    tier.shell(
        "from django.contrib.auth.models import User\n"
        f"User.objects.filter(username='{PROBE_USER}').delete()\n"
    )


def attempt(visitor, password, **headers):
    action, form = visitor.open_form("/admin/login/")
    answers = {**form["fields"], "username": PROBE_USER, "password": password}
    return visitor.post(action, answers, allow_redirects=False, headers=headers)


def test_five_failures_lock_the_name_out_until_an_operator_unlocks_it(
    new_visitor, tier, probe_account
):
    attacker = new_visitor()
    # A forged X-Real-IP is replaced by nginx's own: the attempts count against the real address.
    answers = [attempt(attacker, "wrong", **{"X-Real-IP": f"198.51.100.{n}"}) for n in range(5)]
    assert [a.status_code for a in answers] == [200, 200, 200, 200, 429]

    refused = attempt(new_visitor(), probe_account)
    assert refused.status_code == 429
    assert "Too many failed sign-in attempts" in refused.text
    recorded = tier.shell(
        "from axes.models import AccessAttempt\n"
        f"print(sorted(set(AccessAttempt.objects.filter(username='{PROBE_USER}')"
        ".values_list('ip_address', flat=True))))"
    )
    assert recorded == "['127.0.0.1']"

    tier.manage("axes_reset_username", PROBE_USER)

    assert attempt(new_visitor(), probe_account).status_code == 302


def test_the_lockout_holds_with_redis_stopped(new_visitor, tier, probe_account):
    # Attempts are kept in PostgreSQL, so stopping Redis neither forgets nor breaks them.
    for _ in range(5):
        attempt(new_visitor(), "wrong")
    tier.redis.stop()
    try:
        assert attempt(new_visitor(), probe_account).status_code == 429
    finally:
        tier.redis.start()
