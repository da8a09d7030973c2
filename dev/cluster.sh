#!/usr/bin/env bash
# Local clusters on one machine, for trying (and testing) vanthu on more than one node:
# an Elasticsearch cluster of 3 nodes (indices get one replica: mapping's auto_expand_replicas 0-1)
# and a Redis Cluster of 3 masters. Same node build as dev/services.sh (dev/elasticsearch, Maven).
#
#   bash dev/cluster.sh [start]         # Elasticsearch: 3 nodes, HTTP $CLUSTER_ES_PORT.. (9200-9202)
#   bash dev/cluster.sh stop [--purge]  # stop the nodes this script started (--purge: remove their data)
#   bash dev/cluster.sh status
#   bash dev/cluster.sh kill-node N     # SIGKILL node N (1-3), as a crash would
#   bash dev/cluster.sh start-node N    # start node N again on its data; returns once it has joined
#   bash dev/cluster.sh redis-start | redis-stop | redis-status   # Redis Cluster, $CLUSTER_REDIS_PORT..
#
# The single dev node of dev/services.sh also uses 9200: stop it first, or pick other ports
# (the tests use CLUSTER_ES_PORT=9210, CLUSTER_REDIS_PORT=7011).
#
# Environment:
#   CLUSTER_ES_PORT            HTTP port of node 1; node N uses +N-1 (default 9200)
#   CLUSTER_ES_TRANSPORT_PORT  transport port of node 1 (default CLUSTER_ES_PORT+100)
#   CLUSTER_ES_HEAP            JVM heap options per node (default "-Xms384m -Xmx384m")
#   CLUSTER_START_TIMEOUT      seconds to wait for the cluster (default 240)
#   CLUSTER_REDIS_PORT         port of Redis master 1; master N uses +N-1 (default 7001)
#   ES_USER                    user the nodes run as when run as root (default vanthu-es)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_ROOT="$ROOT/.data"
NODES=3

ES_PORT="${CLUSTER_ES_PORT:-9200}"
ES_TPORT="${CLUSTER_ES_TRANSPORT_PORT:-$((ES_PORT + 100))}"
ES_HEAP="${CLUSTER_ES_HEAP:--Xms384m -Xmx384m}"
START_TIMEOUT="${CLUSTER_START_TIMEOUT:-240}"
REDIS_PORT="${CLUSTER_REDIS_PORT:-7001}"
ES_USER="${ES_USER:-vanthu-es}"
ES_PROJECT="$ROOT/dev/elasticsearch"
ES_VERSION="$(sed -n 's:.*<es.version>\(.*\)</es.version>.*:\1:p' "$ES_PROJECT/pom.xml")"
ES_BUILT="$ES_PROJECT/target/elasticsearch-$ES_VERSION"
ES_STAMP="$ES_PROJECT/target/.services-build-stamp"   # shared with dev/services.sh
ES_HOME="$ES_BUILT"
CLUSTER_DIR="$DATA_ROOT/es-cluster-$ES_PORT"
REDIS_DIR="$DATA_ROOT/redis-cluster-$REDIS_PORT"

say() { printf '[cluster] %s\n' "$*"; }
die() { printf '[cluster] ERROR: %s\n' "$*" >&2; exit 1; }
alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# As in dev/services.sh: as root the nodes run as $ES_USER, from a copy under /var/lib/vanthu-es
# when a parent folder of the clone is private (e.g. /root is 0700).
world_traversable() {
  local d="$1"
  while [ "$d" != "/" ]; do [ $(( 8#$(stat -c %a "$d") & 1 )) -eq 1 ] || return 1; d="$(dirname "$d")"; done
}
RELOCATED=""
if [ "$(id -u)" = 0 ] && ! world_traversable "$ROOT"; then
  RUNTIME="/var/lib/vanthu-es/$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)"
  RELOCATED=1
  ES_HOME="$RUNTIME/elasticsearch-$ES_VERSION"
  CLUSTER_DIR="$RUNTIME/es-cluster-$ES_PORT"
fi

# ------------------------------------------------------------------ Elasticsearch

build_stamp() {  # the same stamp as dev/services.sh, so either script sees the other's build
  { echo "$ES_VERSION"; cat "$ES_PROJECT/pom.xml"; find "$ES_PROJECT/src" -type f | sort | xargs cat; } | sha256sum | cut -d' ' -f1
}

es_build() {
  local stamp; stamp="$(build_stamp)"
  if ! { [ -x "$ES_BUILT/bin/elasticsearch" ] && [ -f "$ES_BUILT/plugins/vanthu-analysis/vanthu-analysis.jar" ] \
         && [ "$(cat "$ES_STAMP" 2>/dev/null)" = "$stamp" ]; }; then
    command -v mvn >/dev/null 2>&1 || die "mvn not found (Debian: apt-get install -y maven)"
    mkdir -p "$DATA_ROOT"
    local out="$DATA_ROOT/elasticsearch-build.log"
    say "building Elasticsearch $ES_VERSION with Maven (first run downloads ~110 MB from Maven Central)"
    mvn -B -q -o -Dstyle.color=never -f "$ES_PROJECT/pom.xml" package >"$out" 2>&1 \
      || mvn -B -q -Dstyle.color=never -f "$ES_PROJECT/pom.xml" package >"$out" 2>&1 \
      || { tail -n 30 "$out" >&2; die "Maven build failed; full output in $out"; }
    echo "$stamp" >"$ES_STAMP"
  fi
  if [ -n "$RELOCATED" ] && [ "$(cat "$ES_HOME/.stamp" 2>/dev/null)" != "$(cat "$ES_STAMP")" ]; then
    rm -rf "$ES_HOME"; mkdir -p "$ES_HOME"
    cp -a "$ES_BUILT/." "$ES_HOME/"; cp "$ES_STAMP" "$ES_HOME/.stamp"
    chmod -R o+rX "$(dirname "$ES_HOME")"
  fi
}

java_home() {
  if [ -n "${ES_JAVA_HOME:-}" ]; then echo "$ES_JAVA_HOME"; return; fi
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME"; return; fi
  command -v java >/dev/null 2>&1 || die "java not found (Elasticsearch $ES_VERSION needs Java 17+)"
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

node_http() { echo $((ES_PORT + $1 - 1)); }
node_dir() { echo "$CLUSTER_DIR/node-$1"; }
node_group() {  # the process group of node N, if it is still one of ours
  local pg; pg="$(cat "$(node_dir "$1")/group.pid" 2>/dev/null || true)"
  alive "$pg" && tr '\0' ' ' <"/proc/$pg/cmdline" 2>/dev/null | grep -qF -- "-Des.path.home=$ES_HOME" && echo "$pg"
  return 0
}
answers() { local c; c="$(curl -s -o /dev/null -m 3 -w '%{http_code}' "http://127.0.0.1:$1/" 2>/dev/null || true)"; [ -n "$c" ] && [ "$c" != 000 ]; }

es_node_start() {  # start node N (no wait)
  local n="$1" dir http; dir="$(node_dir "$n")"; http="$(node_http "$n")"
  if [ -n "$(node_group "$n")" ]; then say "node $n: already running"; return 0; fi
  answers "$http" && die "port $http already answers (the dev node of dev/services.sh?); set CLUSTER_ES_PORT"
  mkdir -p "$dir/data" "$dir/logs" "$dir/config"
  cp -r "$ES_HOME/config/." "$dir/config/"
  local -a run_as=()
  if [ "$(id -u)" = 0 ]; then
    id -u "$ES_USER" >/dev/null 2>&1 \
      || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER"
    chown -R "$ES_USER:" "$CLUSTER_DIR"
    run_as=(setpriv --reuid="$ES_USER" --regid="$ES_USER" --init-groups)
  fi
  local seeds="" masters="" i
  for i in $(seq 1 $NODES); do
    seeds+="${seeds:+,}127.0.0.1:$((ES_TPORT + i - 1))"; masters+="${masters:+,}node-$i"
  done
  (
    cd "$dir"
    exec setsid "${run_as[@]}" env ES_HOME="$ES_HOME" ES_PATH_CONF="$dir/config" ES_JAVA_HOME="$(java_home)" \
      ES_JAVA_OPTS="$ES_HEAP" "$ES_HOME/bin/elasticsearch" \
      -Ecluster.name="vanthu-cluster-$ES_PORT" -Enode.name="node-$n" \
      -Epath.data="$dir/data" -Epath.logs="$dir/logs" \
      -Enetwork.host=127.0.0.1 -Ehttp.port="$http" -Etransport.port="$((ES_TPORT + n - 1))" \
      -Ediscovery.seed_hosts="$seeds" -Ecluster.initial_master_nodes="$masters" \
      -Expack.security.enabled=false -Ecluster.routing.allocation.disk.threshold_enabled=false \
      -p "$dir/server.pid"
  ) >"$dir/console.log" 2>&1 </dev/null &
  echo $! >"$dir/group.pid"
  say "node $n: starting on http://127.0.0.1:$http (transport $((ES_TPORT + n - 1)), heap $ES_HEAP, data $dir)"
}

wait_nodes() {  # wait until node 1 (or any node up) sees $1 nodes and status $2
  local want="$1" status="$2" deadline=$((SECONDS + START_TIMEOUT)) n
  while [ "$SECONDS" -lt "$deadline" ]; do
    for n in $(seq 1 $NODES); do
      curl -fs -o /dev/null -m 10 "http://127.0.0.1:$(node_http "$n")/_cluster/health?wait_for_nodes=$want&wait_for_status=$status&timeout=5s" 2>/dev/null && return 0
    done
    for n in $(seq 1 $NODES); do
      if [ -z "${KILLED:-}" ] && [ -f "$(node_dir "$n")/group.pid" ] && ! alive "$(cat "$(node_dir "$n")/group.pid")"; then
        tail -n 20 "$(node_dir "$n")/console.log" >&2; die "node $n exited; see $(node_dir "$n")/logs/"
      fi
    done
    sleep 1
  done
  die "the cluster did not reach $want nodes, status $status within $START_TIMEOUT s"
}

es_start() {
  es_build
  local t0=$SECONDS n
  for n in $(seq 1 $NODES); do es_node_start "$n"; done
  wait_nodes "$NODES" green
  say "elasticsearch: $NODES nodes green in $((SECONDS - t0)) s: http://127.0.0.1:$ES_PORT-$(node_http $NODES)"
}

es_stop() {
  local n pg
  for n in $(seq 1 $NODES); do
    pg="$(node_group "$n")"
    [ -n "$pg" ] && { kill -TERM -- "-$pg" 2>/dev/null || true; say "node $n: stopping"; }
  done
  for n in $(seq 1 $NODES); do
    pg="$(cat "$(node_dir "$n")/group.pid" 2>/dev/null || true)"
    local i; for i in $(seq 1 60); do alive "$pg" || break; sleep 0.5; done
    alive "$pg" && kill -KILL -- "-$pg" 2>/dev/null || true
    rm -f "$(node_dir "$n")/group.pid"
  done
  if [ "${1:-}" = --purge ]; then rm -rf "$CLUSTER_DIR"; say "elasticsearch: stopped, data removed"; else say "elasticsearch: stopped"; fi
}

es_status() {
  local n
  for n in $(seq 1 $NODES); do
    say "node $n: http://127.0.0.1:$(node_http "$n") $( [ -n "$(node_group "$n")" ] && echo running || echo stopped)"
  done
  for n in $(seq 1 $NODES); do
    answers "$(node_http "$n")" && { curl -s "http://127.0.0.1:$(node_http "$n")/_cat/health?h=status,node.total,active_shards"; return 0; }
  done
  return 1
}

kill_node() {
  local pg; pg="$(node_group "$1")"
  [ -n "$pg" ] || die "node $1 is not running"
  kill -KILL -- "-$pg"
  while alive "$pg"; do sleep 0.1; done
  say "node $1: killed (SIGKILL)"
}

# ------------------------------------------------------------------ Redis Cluster

redis_ports() { local i; for i in $(seq 0 $((NODES - 1))); do echo $((REDIS_PORT + i)); done; }
redis_ok() { redis-cli -p "$1" cluster info 2>/dev/null | grep -q '^cluster_state:ok'; }

redis_start() {
  command -v redis-server >/dev/null 2>&1 || die "redis-server not found (Debian: apt-get install -y redis-server)"
  local p hosts=()
  for p in $(redis_ports); do
    hosts+=("127.0.0.1:$p")
    redis-cli -p "$p" ping 2>/dev/null | grep -q PONG && continue
    mkdir -p "$REDIS_DIR/$p"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$p" --cluster-enabled yes \
      --cluster-config-file "$REDIS_DIR/$p/nodes.conf" --cluster-node-timeout 5000 \
      --save "" --appendonly no --dir "$REDIS_DIR/$p" --pidfile "$REDIS_DIR/$p/redis.pid" \
      --logfile "$REDIS_DIR/$p/redis.log" >/dev/null
  done
  for p in $(redis_ports); do
    local i; for i in $(seq 1 50); do redis-cli -p "$p" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
  done
  if ! redis_ok "$REDIS_PORT"; then
    redis-cli --cluster create "${hosts[@]}" --cluster-replicas 0 --cluster-yes >"$REDIS_DIR/create.log" 2>&1 \
      || { cat "$REDIS_DIR/create.log" >&2; die "redis-cli --cluster create failed"; }
  fi
  for p in $(redis_ports); do
    local i; for i in $(seq 1 100); do redis_ok "$p" && break; sleep 0.1; done
    redis_ok "$p" || die "redis $p: cluster_state not ok after 10 s"
  done
  say "redis: cluster of $NODES masters up: ${hosts[*]}"
}

redis_stop() {
  local p pid
  for p in $(redis_ports); do
    pid="$(cat "$REDIS_DIR/$p/redis.pid" 2>/dev/null || true)"
    if alive "$pid" && grep -q redis-server "/proc/$pid/cmdline" 2>/dev/null; then
      kill -TERM "$pid"
      local i; for i in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
      alive "$pid" && kill -KILL "$pid"
    fi
  done
  rm -rf "$REDIS_DIR"
  say "redis: cluster stopped, its folder removed"
}

redis_status() {
  local p rc=0
  for p in $(redis_ports); do
    if redis_ok "$p"; then say "redis $p: cluster_state ok"; else say "redis $p: not ok"; rc=1; fi
  done
  return $rc
}

# ------------------------------------------------------------------ main

case "${1:-start}" in
  start) es_start ;;
  stop) es_stop "${2:-}" ;;
  status) es_status ;;
  kill-node) kill_node "${2:?node number}" ;;
  start-node) es_build; KILLED=1 es_node_start "${2:?node number}"; KILLED=1 wait_nodes "$NODES" yellow
              say "node $2: joined" ;;
  redis-start) redis_start ;;
  redis-stop) redis_stop ;;
  redis-status) redis_status ;;
  *) echo "usage: bash dev/cluster.sh start|stop [--purge]|status|kill-node N|start-node N|redis-start|redis-stop|redis-status" >&2; exit 2 ;;
esac
