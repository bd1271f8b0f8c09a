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
district() { cat <<Y
    - id: "$1"
      state: $4
      name: Replay $2
      coordinators: [$3@replay.example]
      feeds: [$5]
      sftp:
        host: localhost
        port: "\${edhub.embedded-sftp.port}"
        user: "$1"
        password: pw$1
        known-hosts: "\${edhub.data-dir}/sftp/known_hosts"
Y
}
tx() { district "$1" "$2" "$3" TX "tx-certifications, tx-peims"; }
ky() { district "$1" "$2" "$3" KY "ky-sis, ky-kecs"; }
{
cat <<Y
edhub:
  districts:
    - id: "099902"
      state: TX
      name: Lone Star Sample ISD
      coordinators: [peims.coordinator@lonestar-isd.example]
      feeds: [tx-certifications, tx-peims]
      sftp:
        host: localhost
        port: "\${edhub.embedded-sftp.port}"
        user: "099902"
        password: lonestar
        known-hosts: "\${edhub.data-dir}/sftp/known_hosts"
    - id: "165"
      state: KY
      name: Harlan Valley Independent
      coordinators: [lead.coordinator@harlan-valley.example]
      feeds: [ky-sis, ky-kecs]
      sftp:
        host: localhost
        port: "\${edhub.embedded-sftp.port}"
        user: "165"
        password: bluegrass
        known-hosts: "\${edhub.data-dir}/sftp/known_hosts"
Y
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
