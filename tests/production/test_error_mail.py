"""Errors reach someone: the check an operator runs after setting ADMINS and the EMAIL_*
settings (docs/operators/deployment.md) delivers, with the production settings and the tier's
environment, to the tier's own mail server."""

from .tier import ADMINS


def test_the_operators_test_email_reaches_the_admins(tier):
    already = len(tier.mail.delivered)

    tier.manage("sendtestemail", "--admins")

    [(_sender, recipients, message)] = tier.mail.delivered[already:]
    assert recipients == [ADMINS]
    assert message["To"] == ADMINS
    assert message["Subject"].startswith("[Django] Test email from")
