"""The documented backup and restore, deploy/backup.sh and deploy/restore.sh: a backup restored
into an empty database and media folder gives back every row of every table and every file."""

import hashlib
import subprocess

import pytest

from .harness import PROJECT
from .rows import table_digests


def file_digests(folder):
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def run(script, *args, env):
    return subprocess.run(
        [str(PROJECT / "deploy" / script), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def restored_database(tier):
    tier.postgres.create_database("ecpr_restored")
    yield tier.postgres.url("ecpr_restored")
    tier.postgres.drop_database("ecpr_restored")


def test_a_backup_restores_every_row_and_every_file(tier, database, restored_database):
    backups = tier.root / "backups"
    restored_media = tier.root / "restored-media"

    made = run("backup.sh", backups, env=tier.env)
    assert made.returncode == 0, made.stderr
    original_rows = table_digests(database)
    original_files = file_digests(tier.media)
    folder = made.stdout.strip().splitlines()[-1]

    restored = run(
        "restore.sh",
        folder,
        env={**tier.env, "DATABASE_URL": restored_database, "MEDIA_ROOT": str(restored_media)},
    )

    assert restored.returncode == 0, restored.stderr
    with tier.postgres.connect("ecpr_restored") as copy:
        assert table_digests(copy) == original_rows
    assert len(original_files) > 0
    assert file_digests(restored_media) == original_files


def test_a_restore_refuses_to_write_over_a_database_in_use(tier):
    made = run("backup.sh", tier.root / "backups", env=tier.env)
    folder = made.stdout.strip().splitlines()[-1]

    refused = run("restore.sh", folder, env=tier.env)

    assert refused.returncode != 0
    assert "restore into a new, empty one" in refused.stderr
