#!/usr/bin/env bash
# Starts the packaged jar for the replays: the demo's two sample districts plus one district per replay (so one hub
# serves them all), settle period 2 s, mail to smtp_server.py; writes $W/env for the replay scripts.
# Usage: src/test/replay/start.sh /tmp/replay/hub   (stop.sh stops both; RESTART=1 keeps the folder's data)
set -e
source "$(dirname "$0")/lib.sh"
W=${1:-/tmp/replay/hub}; [ "$RESTART" = 1 ] || rm -rf "$W"; mkdir -p "$W"; shift || true
SMTP_PORT=$(free_port)
python3 "$REPO/src/test/replay/smtp_server.py" $SMTP_PORT "$W/smtp.log" "$W/smtp-mail" & echo $! > "$W/smtp.pid"
[ "$RESTART" = 1 ] && mv "$W/hub.log" "$W/hub-$(date +%H%M%S).log"
# district ID NAME COORDINATOR STATE FEEDS PASSWORD: one district on the embedded SFTP server
district() { cat <<Y
    - id: "$1"
      state: $4
      name: $2
      coordinators: [$3]
      feeds: [$5]
      sftp:
        host: localhost
        port: "\${edhub.embedded-sftp.port}"
        user: "$1"
        password: $6
        known-hosts: "\${edhub.data-dir}/sftp/known_hosts"
Y
}
TX_FEEDS="tx-certifications, tx-peims"; KY_FEEDS="ky-sis, ky-kecs"
tx() { district "$1" "Replay $2" "$3@replay.example" TX "$TX_FEEDS" "pw$1"; }
ky() { district "$1" "Replay $2" "$3@replay.example" KY "$KY_FEEDS" "pw$1"; }
{
cat <<Y
edhub:
  districts:
Y
district 099902 "Lone Star Sample ISD" peims.coordinator@lonestar-isd.example TX "$TX_FEEDS" lonestar
district 165 "Harlan Valley Independent" lead.coordinator@harlan-valley.example KY "$KY_FEEDS" bluegrass
tx 101001 "slow upload" upload
tx 101002 "slow SMTP" slow
tx 101003 "refused mail" refuse
tx 101004 "odd names" names
tx 101005 "going back" back
tx 101006 "issue flood" flood
tx 101007 "sign-in" signin
tx 101010 "SSN forms" ssn
ky 166 "zip bomb" bomb
ky 167 "zip entries" entries
} > "$W/application.yaml"
start_hub "$W" --edhub.settle-period=2s --edhub.mail.smtp-host=127.0.0.1 --edhub.mail.smtp-port=$SMTP_PORT \
   --edhub.mail.retry-delay=5s "$@"
echo "W=$W SFTP_PORT=$SFTP_PORT WEB_PORT=$WEB_PORT BASE=$BASE HUB_PID=$HUB_PID SMTP_PORT=$SMTP_PORT" > "$W/env"
cat "$W/env"
