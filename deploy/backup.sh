#!/bin/sh
# Back up the eCPR website: the database and the uploaded files, into a new dated folder.
#   deploy/backup.sh DEST        (reads DATABASE_URL and MEDIA_ROOT from the environment)
# Prints the folder it wrote. Folders in DEST older than KEEP_DAYS (30) are removed afterwards.
set -eu

dest=${1:?usage: deploy/backup.sh DEST}
: "${DATABASE_URL:?set DATABASE_URL}"
media=${MEDIA_ROOT:-$(cd "$(dirname "$0")/.." && pwd)/media}
keep_days=${KEEP_DAYS:-30}

folder="$dest/ecpr-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$folder.partial"
# Objects only, without owners or grants, so the dump restores into any empty database.
pg_dump --format=custom --no-owner --no-privileges --file "$folder.partial/database.dump" "$DATABASE_URL"
mkdir -p "$media"
tar -C "$media" -czf "$folder.partial/media.tar.gz" .
(cd "$folder.partial" && sha256sum database.dump media.tar.gz > SHA256SUMS)
# Renamed only when complete: a folder without .partial is a whole backup.
mv "$folder.partial" "$folder"

find "$dest" -mindepth 1 -maxdepth 1 -name 'ecpr-*' -type d -mtime +"$keep_days" -exec rm -rf {} +
echo "$folder"
