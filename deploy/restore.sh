#!/bin/sh
# Restore a backup made by deploy/backup.sh into an EMPTY database and an empty media folder.
#   deploy/restore.sh BACKUP_FOLDER   (reads DATABASE_URL and MEDIA_ROOT from the environment)
# Refuses to write over a database that already has tables, or a media folder with files.
set -eu

folder=${1:?usage: deploy/restore.sh BACKUP_FOLDER}
: "${DATABASE_URL:?set DATABASE_URL}"
media=${MEDIA_ROOT:-$(cd "$(dirname "$0")/.." && pwd)/media}

(cd "$folder" && sha256sum --check --quiet SHA256SUMS)

tables=$(psql --no-psqlrc --tuples-only --no-align --dbname "$DATABASE_URL" \
    --command "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
if [ "$tables" != "0" ]; then
    echo "The database already has $tables tables: restore into a new, empty one." >&2
    exit 1
fi
if [ -d "$media" ] && [ -n "$(ls -A "$media")" ]; then
    echo "$media is not empty: restore the files into an empty folder." >&2
    exit 1
fi

# One transaction: either everything is restored, or nothing is.
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction \
    --dbname "$DATABASE_URL" "$folder/database.dump"
mkdir -p "$media"
tar -C "$media" -xzf "$folder/media.tar.gz"
echo "Restored $folder"
