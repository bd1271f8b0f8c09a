# Shared helpers of the hand replays (sourced): start the packaged jar in a folder of its own, put files as a district
# with OpenSSH's sftp, read the dashboard with curl, query the H2 file once the hub is stopped.
# Usage: source src/test/replay/lib.sh; start_hub /tmp/replay/x [--edhub.settle-period=2s ...]; ...; stop_hub
REPO=${REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
JAR=${JAR:-$REPO/target/edhub.jar}
H2JAR=${H2JAR:-$(ls ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar)}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_hub DIR [options...]: the demo (embedded SFTP server, H2, sample districts) with its own data folder and ports
start_hub() {
  W=$1; shift
  mkdir -p "$W"; cd "$W" || return 1
  SFTP_PORT=$(free_port); WEB_PORT=$(free_port)
  java -Xmx512m -Djava.io.tmpdir="$W/jtmp" -jar "$JAR" --edhub.embedded-sftp.port=$SFTP_PORT --server.port=$WEB_PORT --management.server.port=0 \
       --edhub.poll-delay=1s "$@" > "$W/hub.log" 2>&1 &
  HUB_PID=$!; mkdir -p "$W/jtmp"; echo $HUB_PID > "$W/hub.pid"
  for i in $(seq 1 120); do grep -q "edhub is running" "$W/hub.log" 2>/dev/null && break; sleep 1; done
  grep -q "edhub is running" "$W/hub.log" || { echo "hub did not start"; tail -30 "$W/hub.log"; return 1; }
  BASE=http://127.0.0.1:$WEB_PORT
  echo "hub pid $HUB_PID sftp $SFTP_PORT web $WEB_PORT"
}

stop_hub() { [ -n "$HUB_PID" ] && kill "$HUB_PID" 2>/dev/null; wait "$HUB_PID" 2>/dev/null; HUB_PID=; }

# sftp_batch USER PASSWORD <<< "commands": OpenSSH sftp in batch mode, the password through SSH_ASKPASS
sftp_batch() {
  local user=$1 pass=$2 ap="$W/askpass-$1.sh"
  printf '#!/bin/sh\necho %s\n' "$pass" > "$ap"; chmod 700 "$ap"
  SSH_ASKPASS="$ap" SSH_ASKPASS_REQUIRE=force DISPLAY=:0 sftp -q -o BatchMode=no -o UserKnownHostsFile="$W/data/sftp/known_hosts" \
     -o StrictHostKeyChecking=yes -o PreferredAuthentications=password -o NumberOfPasswordPrompts=1 \
     -P "$SFTP_PORT" -b - "$user@127.0.0.1" < /dev/stdin
}
tx_put() { sftp_batch 099902 lonestar; }
ky_put() { sftp_batch 165 bluegrass; }

# dash USER PASSWORD: signs in (cookie jar $W/cookies-USER), then dash_get PATH prints a page
dash_login() {
  local jar="$W/cookies-$1"; rm -f "$jar"
  local csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -w '%{http_code}\n' -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$2" \
       --data-urlencode "_csrf=$csrf" "$BASE/login"
  COOKIES=$jar
}
dash_get() { curl -s -b "$COOKIES" -c "$COOKIES" "$BASE$1"; }

# h2 "SQL": the hub's H2 file (stop the hub first)
h2() { java -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$W/data/edhub" -user sa -password "" -sql "$1"; }

# wait_for SECONDS COMMAND...: until the command succeeds
wait_for() { local t=$1; shift; for i in $(seq 1 "$t"); do "$@" && return 0; sleep 1; done; return 1; }
inbox() { find "$W/data/sftp/$1/inbound" | sort; }
