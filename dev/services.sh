#!/usr/bin/env bash
# Local services for vanthu: PostgreSQL (the system of record), Redis and a real Elasticsearch 8.x node.
#
#   bash dev/services.sh start    # start whatever is not already answering; safe to repeat
#   bash dev/services.sh stop     # stop only what this script started (pid files in .data/); never PostgreSQL
#   bash dev/services.sh status
#
# PostgreSQL: Debian's cluster (postgresql package), started with pg_ctlcluster when it is not
# running; the role and database of VANTHU_DATABASE_URL (default vanthu/vanthu on 127.0.0.1:5432,
# database vanthu) are created when missing. The role may create databases: each test file makes its own.
#
# Elasticsearch: http://127.0.0.1:${ES_PORT:-9200}, one node, cluster "vanthu", no TLS, no auth.
# First start builds dev/elasticsearch with Maven (downloads ~110 MB from Maven Central);
# later starts are offline. Data: .data/elasticsearch/, console log: .data/elasticsearch.log.
#
# Environment:
#   REDIS_PORT         Redis port (default 6379)
#   ES_PORT            HTTP port (default 9200); transport port is ES_PORT+100 unless ES_TRANSPORT_PORT
#   ES_JAVA_OPTS       JVM options (default "-Xms512m -Xmx1g")
#   ES_START_TIMEOUT   seconds to wait for status yellow (default 180)
#   ES_USER            user the node runs as when this script runs as root (default vanthu-es;
#                      Elasticsearch refuses to run as root). Created if missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ "${1:-}" = cluster ] && { shift; exec bash "$ROOT/dev/cluster.sh" "$@"; }  # 3-node clusters: dev/cluster.sh
DATA_ROOT="$ROOT/.data"

REDIS_PORT="${REDIS_PORT:-6379}"
REDIS_PIDFILE="$DATA_ROOT/redis.pid"

ES_PORT="${ES_PORT:-9200}"
ES_TRANSPORT_PORT="${ES_TRANSPORT_PORT:-$((ES_PORT + 100))}"
ES_PROJECT="$ROOT/dev/elasticsearch"
ES_VERSION="$(sed -n 's:.*<es.version>\(.*\)</es.version>.*:\1:p' "$ES_PROJECT/pom.xml")"
ES_HOME="$ES_PROJECT/target/elasticsearch-$ES_VERSION"
ES_DIR="$DATA_ROOT/elasticsearch"          # config/ data/ logs/ server.pid
ES_LOG="$DATA_ROOT/elasticsearch.log"
ES_PIDFILE="$DATA_ROOT/elasticsearch.pid"  # process group of the node this script started
ES_STAMP="$ES_PROJECT/target/.services-build-stamp"
ES_USER="${ES_USER:-vanthu-es}"
ES_START_TIMEOUT="${ES_START_TIMEOUT:-180}"
ES_JAVA_OPTS="${ES_JAVA_OPTS:--Xms512m -Xmx1g}"
ES_URL="http://127.0.0.1:$ES_PORT"

# As root the node runs as $ES_USER, who must be able to reach the node's files. When a parent
# folder of the clone is private (e.g. /root is 0700), run the node from a copy under
# /var/lib/vanthu-es instead (one per clone, so two clones do not share data).
world_traversable() {
  local d="$1"
  while [ "$d" != "/" ]; do
    [ $(( 8#$(stat -c %a "$d") & 1 )) -eq 1 ] || return 1
    d="$(dirname "$d")"
  done
}
ES_RELOCATED=""
if [ "$(id -u)" = 0 ] && ! world_traversable "$ROOT"; then
  ES_RUNTIME="/var/lib/vanthu-es/$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)"
  ES_RELOCATED="$ES_HOME"
  ES_HOME="$ES_RUNTIME/elasticsearch-$ES_VERSION"
  ES_DIR="$ES_RUNTIME/node"
fi

say() { printf '[services] %s\n' "$*"; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# ------------------------------------------------------------------ Redis

redis_up() { command -v redis-cli >/dev/null 2>&1 && redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

redis_start() {
  if redis_up; then say "redis: already answering on 127.0.0.1:$REDIS_PORT"; return 0; fi
  command -v redis-server >/dev/null 2>&1 || die "redis-server not found (Debian: apt-get install -y redis-server)"
  say "redis: starting on 127.0.0.1:$REDIS_PORT"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir "$DATA_ROOT" --pidfile "$REDIS_PIDFILE" --logfile "$DATA_ROOT/redis.log" >/dev/null 9>&-
  for _ in $(seq 1 50); do redis_up && { say "redis: up"; return 0; }; sleep 0.1; done
  die "redis did not answer PING within 5 s; see $DATA_ROOT/redis.log"
}

redis_stop() {
  local pid; pid="$(cat "$REDIS_PIDFILE" 2>/dev/null || true)"
  if alive "$pid" && grep -q redis-server "/proc/$pid/cmdline" 2>/dev/null; then
    say "redis: stopping pid $pid (started by this script)"
    kill -TERM "$pid"
    for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
    alive "$pid" && kill -KILL "$pid"
  elif redis_up; then
    say "redis: running but not started by this script; leaving it alone"
  else
    say "redis: not running"
  fi
  rm -f "$REDIS_PIDFILE"
}

# ------------------------------------------------------------------ PostgreSQL

PG_URL="${VANTHU_DATABASE_URL:-postgres://vanthu:vanthu@127.0.0.1:5432/vanthu}"
# postgres://USER[:PASSWORD]@HOST[:PORT]/DB
PG_USER="$(sed -E 's#^postgres(ql)?://([^:@/]+).*#\2#' <<<"$PG_URL")"
PG_PASSWORD="$(sed -nE 's#^postgres(ql)?://[^:@/]+:([^@/]*)@.*#\2#p' <<<"$PG_URL")"
PG_HOST="$(sed -E 's#^postgres(ql)?://([^@/]*@)?([^:/]+).*#\3#' <<<"$PG_URL")"
PG_PORT="$(sed -nE 's#^postgres(ql)?://([^@/]*@)?[^:/]+:([0-9]+).*#\3#p' <<<"$PG_URL")"; PG_PORT="${PG_PORT:-5432}"
PG_DB="$(sed -E 's#^[^/]*//[^/]*/([^?]+).*#\1#' <<<"$PG_URL")"

pg_up() { command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; }

# SQL as the cluster's superuser: over TCP when trust allows it, else through the local socket.
pg_admin() {
  if psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  elif [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- psql -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  else
    die "cannot connect to PostgreSQL as its superuser to create role $PG_USER (run as root, or create it yourself)"
  fi
}

pg_start() {
  if ! pg_up; then
    command -v pg_ctlcluster >/dev/null 2>&1 || die "PostgreSQL not found (Debian: apt-get install -y postgresql)"
    local version; version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$version" ] || die "no PostgreSQL cluster in /etc/postgresql (Debian: apt-get install -y postgresql)"
    say "postgresql: starting cluster $version/main"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 9>&- || die "pg_ctlcluster $version main start failed"
    for _ in $(seq 1 100); do pg_up && break; sleep 0.1; done
    pg_up || die "postgresql did not answer on $PG_HOST:$PG_PORT within 10 s"
  fi
  [[ "$PG_USER" =~ ^[a-z_][a-z0-9_]*$ && "$PG_DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "role and database names in VANTHU_DATABASE_URL must be plain lowercase identifiers"
  if [ "$(pg_admin -c "select 1 from pg_roles where rolname = '$PG_USER'")" != 1 ]; then
    say "postgresql: creating role $PG_USER"
    pg_admin -c "create role $PG_USER login createdb${PG_PASSWORD:+ password '$PG_PASSWORD'}"
  fi
  if [ "$(pg_admin -c "select 1 from pg_database where datname = '$PG_DB'")" != 1 ]; then
    say "postgresql: creating database $PG_DB (owner $PG_USER)"
    pg_admin -c "create database $PG_DB owner $PG_USER"
  fi
  say "postgresql: up on $PG_HOST:$PG_PORT, database $PG_DB"
}

pg_status() {
  if pg_up; then say "postgresql: $PG_HOST:$PG_PORT accepting connections"; return 0; fi
  say "postgresql: not running"; return 1
}

# ------------------------------------------------------------------ Elasticsearch

es_code() { curl -s -o /dev/null -m 3 -w '%{http_code}' "$ES_URL/_cluster/health" 2>/dev/null || true; }
es_answers() { local c; c="$(es_code)"; [ -n "$c" ] && [ "$c" != 000 ]; }

es_our_pgid() {  # prints the process group we started, if it is still an Elasticsearch of ours
  local pg; pg="$(cat "$ES_PIDFILE" 2>/dev/null || true)"
  alive "$pg" && tr '\0' ' ' <"/proc/$pg/cmdline" 2>/dev/null | grep -qF -- "-Des.path.home=$ES_HOME" && echo "$pg"
  return 0
}

find_java_home() {
  local j
  if [ -n "${ES_JAVA_HOME:-}" ]; then j="$ES_JAVA_HOME"
  elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then j="$JAVA_HOME"
  else
    command -v java >/dev/null 2>&1 || die "java not found (Elasticsearch $ES_VERSION needs Java 17+)"
    j="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  fi
  local v; v="$("$j/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [ "${v%%.*}" -ge 17 ] 2>/dev/null || die "Java at $j is version '$v'; Elasticsearch $ES_VERSION needs 17+"
  echo "$j"
}

build_stamp() {
  { echo "$ES_VERSION"; cat "$ES_PROJECT/pom.xml"; find "$ES_PROJECT/src" -type f | sort | xargs cat; } | sha256sum | cut -d' ' -f1
}

sync_relocated() {  # refresh the runtime copy of the node when the repo's build changed
  [ -n "$ES_RELOCATED" ] || return 0
  if [ "$(cat "$ES_HOME/.stamp" 2>/dev/null)" != "$(cat "$ES_STAMP" 2>/dev/null)" ]; then
    rm -rf "$ES_HOME"; mkdir -p "$ES_HOME"
    cp -a "$ES_RELOCATED/." "$ES_HOME/"
    cp "$ES_STAMP" "$ES_HOME/.stamp"
    chmod -R o+rX "$(dirname "$ES_HOME")"
    say "elasticsearch: running from $ES_HOME (a parent folder of $ROOT is private)"
  fi
}

es_build() {  # unpack the node and install the plugin (Maven); skipped when nothing changed
  local stamp; stamp="$(build_stamp)"
  local built="${ES_RELOCATED:-$ES_HOME}"
  if [ -x "$built/bin/elasticsearch" ] && [ -f "$built/plugins/vanthu-analysis/vanthu-analysis.jar" ] \
     && [ "$(cat "$ES_STAMP" 2>/dev/null)" = "$stamp" ]; then
    sync_relocated
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "mvn not found (Debian: apt-get install -y maven)"
  local out="$DATA_ROOT/elasticsearch-build.log" t0=$SECONDS
  say "elasticsearch: building $ES_VERSION with Maven (first run downloads ~110 MB from Maven Central)"
  # Offline first (fast, no network when everything is cached), then online.
  if ! mvn -B -q -o -Dstyle.color=never -f "$ES_PROJECT/pom.xml" package >"$out" 2>&1; then
    mvn -B -q -Dstyle.color=never -f "$ES_PROJECT/pom.xml" package >"$out" 2>&1 \
      || { tail -n 30 "$out" >&2; die "Maven build failed; full output in $out"; }
  fi
  echo "$stamp" >"$ES_STAMP"
  sync_relocated
  say "elasticsearch: built in $((SECONDS - t0)) s"
}

es_version() {  # from the node itself
  curl -s -m 5 "$ES_URL/_nodes/_local?filter_path=nodes.*.version" 2>/dev/null | sed -n 's/.*"version":"\([^"]*\)".*/\1/p'
}

show_log() {  # the errors first (a stack trace can push them out of the tail), then the tail
  {
    echo "----- errors in $ES_LOG -----"
    grep -E -m 8 '\]\[(ERROR|FATAL)|^ERROR|^Caused by|Exception:' "$ES_LOG" | cut -c1-300 || true
    echo "----- last lines of $ES_LOG -----"
    tail -n 25 "$ES_LOG" | cut -c1-300
  } >&2
}

es_start() {
  if es_answers; then
    say "elasticsearch: already answering on $ES_URL (version $(es_version))"
    return 0
  fi
  local pg; pg="$(es_our_pgid)"
  if [ -z "$pg" ]; then
    es_build
    local java_home; java_home="$(find_java_home)"
    mkdir -p "$ES_DIR/data" "$ES_DIR/logs" "$ES_DIR/config"
    # Fresh copy of the distribution's config each start (the keystore ES creates there is kept).
    cp -r "$ES_HOME/config/." "$ES_DIR/config/"
    local -a run_as=()
    if [ "$(id -u)" = 0 ]; then
      if ! id -u "$ES_USER" >/dev/null 2>&1; then
        say "elasticsearch: creating system user $ES_USER (Elasticsearch refuses to run as root)"
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER"
      fi
      find "$ES_DIR" ! -user "$ES_USER" -exec chown "$ES_USER:" {} +
      run_as=(setpriv --reuid="$ES_USER" --regid="$ES_USER" --init-groups)
      "${run_as[@]}" test -x "$ES_HOME/bin/elasticsearch" -a -w "$ES_DIR/data" \
        || die "user $ES_USER cannot reach $ES_HOME or write $ES_DIR: a parent folder of $ROOT is not world-searchable (e.g. /root is 0700). Clone the repo elsewhere, or: chmod o+x on those folders"
    fi
    [ -f "$ES_LOG" ] && mv -f "$ES_LOG" "$ES_LOG.1"
    rm -f "$ES_DIR/server.pid"
    say "elasticsearch: starting $ES_VERSION on $ES_URL (heap: $ES_JAVA_OPTS; log: ${ES_LOG#"$ROOT"/})"
    (
      cd "$ES_DIR"
      exec setsid "${run_as[@]}" env \
        ES_HOME="$ES_HOME" ES_PATH_CONF="$ES_DIR/config" ES_JAVA_HOME="$java_home" ES_JAVA_OPTS="$ES_JAVA_OPTS" \
        "$ES_HOME/bin/elasticsearch" \
        -Ecluster.name=vanthu -Enode.name=vanthu-1 \
        -Epath.data="$ES_DIR/data" -Epath.logs="$ES_DIR/logs" \
        -Enetwork.host=127.0.0.1 -Ehttp.port="$ES_PORT" -Etransport.port="$ES_TRANSPORT_PORT" \
        -Ediscovery.type=single-node \
        -Expack.security.enabled=false \
        -Ecluster.routing.allocation.disk.threshold_enabled=false \
        -p "$ES_DIR/server.pid"
    ) >"$ES_LOG" 2>&1 </dev/null 9>&- &  # 9>&-: the node must not inherit the services.lock
    pg=$!
    echo "$pg" >"$ES_PIDFILE"
  else
    say "elasticsearch: already starting (pid $pg); waiting for it"
  fi

  local t0=$SECONDS deadline=$((SECONDS + ES_START_TIMEOUT))
  until curl -fs -o /dev/null -m 10 "$ES_URL/_cluster/health?wait_for_status=yellow&timeout=5s" 2>/dev/null; do
    if ! alive "$pg"; then
      rm -f "$ES_PIDFILE"
      show_log
      die "elasticsearch exited during startup (see $ES_LOG and $ES_DIR/logs/)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      show_log
      say "elasticsearch: stopping the node that did not come up"
      es_stop >/dev/null 2>&1 || true
      die "elasticsearch did not reach status yellow on $ES_URL within ${ES_START_TIMEOUT} s (ES_START_TIMEOUT to raise)"
    fi
    sleep 1
  done
  say "elasticsearch: up in $((SECONDS - t0)) s, version $(es_version), pid $pg"
}

es_stop() {
  local pg; pg="$(es_our_pgid)"
  if [ -z "$pg" ]; then
    rm -f "$ES_PIDFILE"
    if es_answers; then say "elasticsearch: $ES_URL answers but was not started by this script; leaving it alone"
    else say "elasticsearch: not running"; fi
    return 0
  fi
  say "elasticsearch: stopping process group $pg"
  kill -TERM -- "-$pg" 2>/dev/null || true
  local i
  for i in $(seq 1 60); do alive "$pg" || break; sleep 0.5; done
  if alive "$pg"; then say "elasticsearch: still alive after 30 s, killing"; kill -KILL -- "-$pg" 2>/dev/null || true; sleep 0.5; fi
  rm -f "$ES_PIDFILE"
  say "elasticsearch: stopped"
}

es_status() {
  local pg; pg="$(es_our_pgid)"
  if es_answers; then
    local h; h="$(curl -s -m 5 "$ES_URL/_cluster/health" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')"
    say "elasticsearch: $ES_URL status=$h version=$(es_version)${pg:+ (started by this script, pid $pg)}"
    return 0
  fi
  if [ -n "$pg" ]; then say "elasticsearch: starting (pid $pg), not answering yet"; else say "elasticsearch: not running"; fi
  return 1
}

redis_status() {
  local pid; pid="$(cat "$REDIS_PIDFILE" 2>/dev/null || true)"
  if redis_up; then say "redis: 127.0.0.1:$REDIS_PORT PONG$(alive "$pid" && echo " (started by this script, pid $pid)")"; return 0; fi
  say "redis: not running"; return 1
}

# ------------------------------------------------------------------ main

cmd="${1:-}"
case "$cmd" in
  start|stop|status) ;;
  *) echo "usage: bash dev/services.sh start|stop|status" >&2; exit 2 ;;
esac

mkdir -p "$DATA_ROOT"
if [ "$cmd" != status ]; then
  # One start/stop at a time (e.g. parallel test runners calling start).
  exec 9>"$DATA_ROOT/services.lock"
  flock -w 300 9 || die "another dev/services.sh has held $DATA_ROOT/services.lock for 300 s"
fi

case "$cmd" in
  start) pg_start; redis_start; es_start ;;
  stop) es_stop; redis_stop ;;
  status) rc=0; pg_status || rc=1; redis_status || rc=1; es_status || rc=1; exit $rc ;;
esac
