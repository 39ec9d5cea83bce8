#!/usr/bin/env bash
# A PostgreSQL high-availability stack on loopback ports, in a scratch folder: single-node etcd
# (the DCS), three PostgreSQL 15 instances under Patroni with synchronous replication, and HAProxy
# sending writes to the leader and reads to the replicas by Patroni's REST health checks.
#
#   deploy/ha/cluster.sh start            start everything and wait for leader + sync standby + replica
#   deploy/ha/cluster.sh status           patronictl list, and which node HAProxy's ports reach
#   deploy/ha/cluster.sh leader           the leader's node name (pg1, pg2 or pg3)
#   deploy/ha/cluster.sh kill-postmaster  kill -9 the leader's postmaster alone (Patroni restarts it in place)
#   deploy/ha/cluster.sh kill-node [pgN]  kill -9 a node's Patroni agent and PostgreSQL together (default: the leader)
#   deploy/ha/cluster.sh start-node pgN   bring a killed node back (it rejoins as a replica)
#   deploy/ha/cluster.sh stop             stop HAProxy, Patroni (and so PostgreSQL) and etcd; remove the folder
#
# Needs: apt-get install -y patroni etcd-server haproxy, and PostgreSQL 15 binaries (PG_BIN).
# Runs as root (PostgreSQL and Patroni run as the postgres user) or as the postgres user itself.
# Ports (override by environment): PostgreSQL 15432-15434, Patroni REST 18008-18010, etcd 12379
# (peer 12380), HAProxy writes 15000, reads 15001, stats 15002. Clients connect as
# postgres://postgres:postgres@127.0.0.1:15000/<db> (writes) or :15001 (reads).
set -euo pipefail

HA_DIR=${HA_DIR:-/tmp/tongxin-ha}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT_BASE=${HA_PG_PORT_BASE:-15432}
REST_PORT_BASE=${HA_REST_PORT_BASE:-18008}
ETCD_PORT=${HA_ETCD_PORT:-12379}
ETCD_PEER_PORT=${HA_ETCD_PEER_PORT:-12380}
WRITE_PORT=${HA_WRITE_PORT:-15000}
READ_PORT=${HA_READ_PORT:-15001}
STATS_PORT=${HA_STATS_PORT:-15002}
# Leader key TTL: a leader that stops renewing it is replaced after about this long.
TTL=${HA_TTL:-10}
NODES=(pg1 pg2 pg3)
PG_USER=postgres

log() { printf '[ha %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
  log "$*"
  exit 1
}

if [ "$(id -u)" = 0 ]; then AS_PG=(runuser -u "$PG_USER" --); else AS_PG=(); fi
as_pg() { "${AS_PG[@]}" "$@"; }

node_index() {
  case "$1" in
  pg1) echo 0 ;;
  pg2) echo 1 ;;
  pg3) echo 2 ;;
  *) die "unknown node $1 (pg1, pg2, pg3)" ;;
  esac
}
pg_port() { echo $((PG_PORT_BASE + $(node_index "$1"))); }
rest_port() { echo $((REST_PORT_BASE + $(node_index "$1"))); }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

wait_for() { # wait_for <seconds> <description> <command...>
  local seconds=$1 what=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "timed out after ${seconds}s waiting for $what (logs in $HA_DIR)"
    sleep 0.5
  done
}

write_etcd() {
  mkdir -p "$HA_DIR/etcd"
  setsid etcd --name ha --data-dir "$HA_DIR/etcd/data" \
    --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster "ha=http://127.0.0.1:$ETCD_PEER_PORT" --initial-cluster-state new \
    >"$HA_DIR/etcd/etcd.log" 2>&1 </dev/null &
  echo $! >"$HA_DIR/etcd/pid"
}

patroni_config() { # patroni_config <node>
  local node=$1
  cat <<YAML
scope: tongxin
namespace: /tongxin/
name: $node
log:
  level: INFO
  dir: $HA_DIR/$node
restapi:
  listen: 127.0.0.1:$(rest_port "$node")
  connect_address: 127.0.0.1:$(rest_port "$node")
etcd3:
  hosts: 127.0.0.1:$ETCD_PORT
bootstrap:
  dcs:
    ttl: $TTL
    loop_wait: 2
    retry_timeout: 4
    maximum_lag_on_failover: 1048576
    # A commit is acknowledged only once the synchronous standby has it: the standby Patroni
    # promotes holds every acknowledged transaction.
    synchronous_mode: true
    synchronous_node_count: 1
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        max_connections: 200
        wal_level: replica
        hot_standby: 'on'
        max_wal_senders: 10
        max_replication_slots: 10
        wal_keep_size: 256MB
        wal_log_hints: 'on'
        synchronous_commit: 'on'
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
    - data-checksums
  pg_hba:
    - local all all trust
    - host replication replicator 127.0.0.1/32 trust
    - host all all 127.0.0.1/32 trust
postgresql:
  listen: 127.0.0.1:$(pg_port "$node")
  connect_address: 127.0.0.1:$(pg_port "$node")
  data_dir: $HA_DIR/$node/data
  bin_dir: $PG_BIN
  pgpass: $HA_DIR/$node/pgpass
  authentication:
    superuser: { username: postgres, password: postgres }
    replication: { username: replicator, password: replicator }
    rewind: { username: postgres, password: postgres }
  parameters:
    unix_socket_directories: $HA_DIR/$node
    shared_buffers: 64MB
tags:
  nofailover: false
  noloadbalance: false
YAML
}

start_node() { # start_node <node>
  local node=$1
  mkdir -p "$HA_DIR/$node"
  [ -f "$HA_DIR/$node/patroni.yml" ] || patroni_config "$node" >"$HA_DIR/$node/patroni.yml"
  chown -R "$PG_USER:" "$HA_DIR/$node" 2>/dev/null || true
  alive "$HA_DIR/$node/patroni.pid" && {
    log "$node already running"
    return
  }
  rm -f "$HA_DIR/$node/patroni.pid"
  # setsid: the agent survives the shell that started it. The pid file is written by the shell
  # that then becomes Patroni (exec), so it is the agent's own pid that kill-node kills.
  # shellcheck disable=SC2016
  setsid "${AS_PG[@]}" bash -c 'echo $$ >"$1"; exec patroni "$2"' _ "$HA_DIR/$node/patroni.pid" "$HA_DIR/$node/patroni.yml" \
    >>"$HA_DIR/$node/patroni.out" 2>&1 </dev/null &
  wait_for 10 "Patroni $node to start" test -s "$HA_DIR/$node/patroni.pid"
  log "started Patroni $node (PostgreSQL on $(pg_port "$node"), REST on $(rest_port "$node"))"
}

write_haproxy() {
  {
    cat <<CFG
global
  maxconn 1000
  pidfile $HA_DIR/haproxy/haproxy.pid
  log stdout format raw local0 notice

defaults
  mode tcp
  log global
  retries 2
  timeout connect 2s
  timeout client 30m
  timeout server 30m
  timeout check 2s

listen stats
  mode http
  bind 127.0.0.1:$STATS_PORT
  stats enable
  stats uri /

# Writes: only the node whose Patroni answers 200 on /primary. Connections to a node marked
# down are cut, so clients reconnect to the new leader instead of writing into a demoted one.
listen primary
  bind 127.0.0.1:$WRITE_PORT
  option httpchk GET /primary
  http-check expect status 200
  default-server inter 1s fastinter 500ms fall 2 rise 1 on-marked-down shutdown-sessions
CFG
    for node in "${NODES[@]}"; do echo "  server $node 127.0.0.1:$(pg_port "$node") check port $(rest_port "$node")"; done
    cat <<CFG

# Reads: the running replicas (Patroni answers 200 on /replica), round robin.
listen replicas
  bind 127.0.0.1:$READ_PORT
  balance roundrobin
  option httpchk GET /replica
  http-check expect status 200
  default-server inter 1s fastinter 500ms fall 2 rise 1 on-marked-down shutdown-sessions
CFG
    for node in "${NODES[@]}"; do echo "  server $node 127.0.0.1:$(pg_port "$node") check port $(rest_port "$node")"; done
  } >"$HA_DIR/haproxy/haproxy.cfg"
}

cluster_json() { curl -fsS --max-time 2 "http://127.0.0.1:$REST_PORT_BASE/cluster" 2>/dev/null ||
  curl -fsS --max-time 2 "http://127.0.0.1:$((REST_PORT_BASE + 1))/cluster" 2>/dev/null ||
  curl -fsS --max-time 2 "http://127.0.0.1:$((REST_PORT_BASE + 2))/cluster"; }

leader() {
  cluster_json | python3 -c 'import json,sys; print(next(m["name"] for m in json.load(sys.stdin)["members"] if m["role"] == "leader"))'
}

healthy() { # a leader, a synchronous standby and a replica, both replicas running
  cluster_json | python3 -c '
import json, sys
members = json.load(sys.stdin)["members"]
roles = sorted(m["role"] for m in members)
running = all(m["state"] in ("running", "streaming") for m in members)
sys.exit(0 if roles == ["leader", "replica", "sync_standby"] and running else 1)'
}

writable() { as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$WRITE_PORT" -U postgres -d postgres -Atc 'select not pg_is_in_recovery()' | grep -qx t; }
readable() { as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$READ_PORT" -U postgres -d postgres -Atc 'select pg_is_in_recovery()' | grep -qx t; }

cmd_start() {
  command -v patroni >/dev/null || die 'patroni not found: apt-get install -y patroni etcd-server haproxy'
  command -v etcd >/dev/null || die 'etcd not found: apt-get install -y etcd-server'
  command -v haproxy >/dev/null || die 'haproxy not found: apt-get install -y haproxy'
  [ -x "$PG_BIN/postgres" ] || die "no PostgreSQL binaries in $PG_BIN (set PG_BIN)"
  if [ -d "$HA_DIR" ] && alive "$HA_DIR/etcd/pid"; then
    log "already running in $HA_DIR"
    return
  fi
  for port in $ETCD_PORT $ETCD_PEER_PORT $WRITE_PORT $READ_PORT $STATS_PORT \
    $PG_PORT_BASE $((PG_PORT_BASE + 1)) $((PG_PORT_BASE + 2)) $REST_PORT_BASE $((REST_PORT_BASE + 1)) $((REST_PORT_BASE + 2)); do
    port_free "$port" || die "port $port is in use (another stack running? deploy/ha/cluster.sh stop)"
  done
  rm -rf "$HA_DIR"
  mkdir -p "$HA_DIR/haproxy"
  chmod 755 "$HA_DIR"
  local started=$SECONDS
  write_etcd
  wait_for 20 'etcd' curl -fsS "http://127.0.0.1:$ETCD_PORT/health"
  log "etcd on $ETCD_PORT"
  start_node pg1
  wait_for 60 'the first leader' leader
  start_node pg2
  start_node pg3
  write_haproxy
  haproxy -D -f "$HA_DIR/haproxy/haproxy.cfg" >"$HA_DIR/haproxy/haproxy.log" 2>&1
  wait_for 120 'leader + sync standby + replica' healthy
  wait_for 20 'HAProxy write port on the leader' writable
  wait_for 20 'HAProxy read port on a replica' readable
  log "up in $((SECONDS - started))s: writes 127.0.0.1:$WRITE_PORT, reads 127.0.0.1:$READ_PORT, stats http://127.0.0.1:$STATS_PORT/"
  cmd_status
}

cmd_status() {
  as_pg patronictl -c "$HA_DIR/pg1/patroni.yml" list 2>/dev/null || cluster_json
  for port in $WRITE_PORT $READ_PORT; do
    printf 'port %s -> ' "$port"
    as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atc \
      "select inet_server_port() || case when pg_is_in_recovery() then ' (replica)' else ' (primary)' end" 2>&1 | head -1
  done
}

postmaster_pid() { head -1 "$HA_DIR/$1/data/postmaster.pid"; }

cmd_kill_postmaster() {
  local node pid
  node=$(leader)
  pid=$(postmaster_pid "$node")
  log "kill -9 postmaster $pid of leader $node"
  kill -9 "$pid"
  echo "$node"
}

cmd_kill_node() {
  local node=${1:-$(leader)} pid
  pid=$(postmaster_pid "$node" 2>/dev/null || true)
  log "kill -9 node $node: Patroni $(cat "$HA_DIR/$node/patroni.pid") and postmaster ${pid:-?}"
  kill -9 "$(cat "$HA_DIR/$node/patroni.pid")" 2>/dev/null || true
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  # The postmaster's children go with it: without their parent they exit on their own.
  echo "$node"
}

cmd_stop() {
  [ -d "$HA_DIR" ] || {
    log "nothing in $HA_DIR"
    return
  }
  if alive "$HA_DIR/haproxy/haproxy.pid"; then kill "$(cat "$HA_DIR/haproxy/haproxy.pid")" || true; fi
  for node in "${NODES[@]}"; do
    if alive "$HA_DIR/$node/patroni.pid"; then kill -TERM "$(cat "$HA_DIR/$node/patroni.pid")" || true; fi
  done
  for node in "${NODES[@]}"; do
    local deadline=$((SECONDS + 30))
    while alive "$HA_DIR/$node/patroni.pid" && [ $SECONDS -lt $deadline ]; do sleep 0.3; done
    alive "$HA_DIR/$node/patroni.pid" && kill -9 "$(cat "$HA_DIR/$node/patroni.pid")" 2>/dev/null || true
    # A postmaster left behind by a killed agent: a fast shutdown of its own.
    if [ -f "$HA_DIR/$node/data/postmaster.pid" ] && kill -0 "$(postmaster_pid "$node")" 2>/dev/null; then
      as_pg "$PG_BIN/pg_ctl" -D "$HA_DIR/$node/data" -m fast -w stop >/dev/null 2>&1 || kill -9 "$(postmaster_pid "$node")" 2>/dev/null || true
    fi
  done
  if alive "$HA_DIR/etcd/pid"; then
    kill "$(cat "$HA_DIR/etcd/pid")" || true
    while alive "$HA_DIR/etcd/pid"; do sleep 0.2; done
  fi
  if [ "${HA_KEEP:-0}" = 1 ]; then log "stopped; kept $HA_DIR"; else
    rm -rf "$HA_DIR"
    log "stopped and removed $HA_DIR"
  fi
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
leader) leader ;;
kill-postmaster) cmd_kill_postmaster ;;
kill-node) cmd_kill_node "${2:-}" ;;
start-node) start_node "${2:?start-node pg1|pg2|pg3}" ;;
*)
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
  ;;
esac
