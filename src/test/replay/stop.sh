#!/usr/bin/env bash
# Stops the hub and the SMTP server that start.sh started (by their recorded process ids).
W=${1:-/tmp/replay/hub}
for p in hub smtp; do [ -f "$W/$p.pid" ] && kill "$(cat "$W/$p.pid")" 2>/dev/null; done
for i in $(seq 1 30); do kill -0 "$(cat "$W/hub.pid")" 2>/dev/null || break; sleep 1; done; echo stopped
