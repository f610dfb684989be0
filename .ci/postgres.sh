#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the database tests and prints the shell line that
# points the tests at it:   eval "$(.ci/postgres.sh start)"   …   .ci/postgres.sh stop
# It installs PostgreSQL from the system packages when missing, runs as the unprivileged
# "postgres" user when started as root, listens on 127.0.0.1 only and keeps everything in one
# temporary folder, so stopping it leaves nothing behind.
set -euo pipefail

PORT="${POLICYBRIEF_PG_PORT:-55432}"
DIR="${POLICYBRIEF_PG_DIR:-/tmp/policybrief-pg}"
USER_NAME=policybrief
PASSWORD=policybrief-test
DATABASE=policybrief

# As root, through runuser (util-linux), which asks PAM for no authentication: su, whose
# pam_rootok failed in some sandboxes ("su: Authentication failure"), left the tests skipped.
as_owner() {
  if [ "$(id -u)" != 0 ]; then
    bash -c "$*"
  elif command -v runuser >/dev/null; then
    runuser -u postgres -- bash -c "$*"
  else
    su postgres -s /bin/bash -c "$*"
  fi
}

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] || { echo "no PostgreSQL server found" >&2; exit 1; }
  echo "$found"
}

start() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >/dev/null
  fi
  local bin; bin=$(pg_bin)
  if [ ! -f "$DIR/data/PG_VERSION" ]; then
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    as_owner "'$bin/initdb' -D '$DIR/data' -A scram-sha-256 -U postgres --pwfile=<(echo '$PASSWORD') -E UTF8 --locale=C.UTF-8" >&2
  fi
  if ! as_owner "'$bin/pg_ctl' -D '$DIR/data' status" >/dev/null 2>&1; then
    as_owner "'$bin/pg_ctl' -D '$DIR/data' -l '$DIR/server.log' -w \
      -o \"-h 127.0.0.1 -p $PORT -k '$DIR'\" start" >&2
  fi
  export PGPASSWORD="$PASSWORD"
  local psql=("$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
  if [ -z "$("${psql[@]}" -d postgres -c "select 1 from pg_roles where rolname = '$USER_NAME'")" ]; then
    "${psql[@]}" -d postgres -c "create role $USER_NAME login password '$PASSWORD'" >&2
    "${psql[@]}" -d postgres -c "create database $DATABASE owner $USER_NAME" >&2
  fi
  echo "export POLICYBRIEF_TEST_JDBC='jdbc:postgresql://127.0.0.1:$PORT/$DATABASE?user=$USER_NAME&password=$PASSWORD'"
}

stop() {
  local bin; bin=$(pg_bin)
  if [ -f "$DIR/data/PG_VERSION" ]; then
    as_owner "'$bin/pg_ctl' -D '$DIR/data' -m fast -w stop" >&2 || true
  fi
  rm -rf "$DIR"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
