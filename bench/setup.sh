#!/usr/bin/env bash
# What `npm run bench` needs on a fresh Debian machine, installed when missing (idempotent, quiet
# when everything is there): the letter generator's fonts (fonts-liberation2: Liberation Serif 2
# has the Vietnamese letters), the tesseract CLI and its vie model (the OCR limit), GNU time and
# taskset (CPU and pinning figures), the peers (Tika, FSCrawler: ../shared/peers/setup), and the
# services (dev/services.sh start: Redis, Elasticsearch, PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation2)
command -v tesseract >/dev/null || need+=(tesseract-ocr)
dpkg -s tesseract-ocr-vie >/dev/null 2>&1 || need+=(tesseract-ocr-vie)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
[ -x /usr/bin/time ] || need+=(time)
command -v taskset >/dev/null || need+=(util-linux)
if [ ${#need[@]} -gt 0 ]; then
  echo "[bench/setup] apt-get install ${need[*]}" >&2
  if [ "$(id -u)" != 0 ]; then echo "[bench/setup] not root: install these first" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ -f ../shared/peers/setup ]; then
  bash ../shared/peers/setup 2>&1 | grep -v '^\[peers/setup\] have ' >&2 || { echo "[bench/setup] peers set-up failed" >&2; exit 1; }
else
  echo "[bench/setup] ../shared/peers not found: the FSCrawler comparison will be skipped" >&2
fi

bash dev/services.sh start >/dev/null
