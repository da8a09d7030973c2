#!/usr/bin/env bash
# The main job end to end on the bundled samples: install what is missing, start Redis and
# Elasticsearch, ingest samples/ through the queues (workers run in-process for the duration),
# then search without diacritics and list the obligations the letters assign.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)   # legacy Word .doc, converted to DOCX
command -v redis-server >/dev/null || need+=(redis-server)
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
command -v mvn >/dev/null || need+=(maven)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
# (npm ci may refuse the lock file here: see the note in .ci/run)
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error 2>/dev/null || npm install --no-audit --no-fund --loglevel=error

# A demo database, index and blob folder of their own, so the demo never mixes with real data.
export VANTHU_ES_INDEX=vanthu-demo VANTHU_QUEUE_PREFIX=vanthu-demo VANTHU_STORE_DIR="$PWD/.data/demo-store"
export VANTHU_DATABASE_URL="${VANTHU_DEMO_DATABASE_URL:-postgres://vanthu:vanthu@127.0.0.1:5432/vanthu_demo}"
bash dev/services.sh start

echo "== ingest samples/ (each letter comes in 4 renditions, so the copies are flagged as possible"
echo "   duplicates: same number and issuer; samples/bad/ holds files that must fail with a reason)"
node bin/vanthu.js ingest samples || echo "(ingest exits 1 because samples/bad/ failed, as it should)"
echo
echo '== search: "bao cao tai chinh" (no diacritics)'
node bin/vanthu.js search "bao cao tai chinh"
echo
echo '== search: "kiem soat benh tat" --doc-type "Kế hoạch"'
node bin/vanthu.js search "kiem soat benh tat" --doc-type "Kế hoạch"
echo
echo '== obligations (who must do what by when): the báo cáo 142/BC-SYT answers công văn 2150/BYT-KHTC'
node bin/vanthu.js obligations --assignee "so y te" --size 6
