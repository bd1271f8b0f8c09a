#!/usr/bin/env bash
# After r10_ssn.sh, the hub stopped: searches every file of the data folder (H2 file, runs, mails, outbound; the kept
# copies and the district's inbound folder left out), the temporary folders and the logs for the SSNs of ssn.csv.
W=${1:-/tmp/replay/hub}
P='123-45-678[0-9]|1234567[0-9][0-9]?|123 45 678[0-9]|123\.45\.678[0-9]'
grep -rlaE "$P" "$W/data" "$W"/hub*.log "$W/jtmp" "$W/smtp-mail"* 2>/dev/null | grep -vE "/data/inputs/|/inbound/" | while read f; do
  echo "$f: $(grep -aoE "$P" "$f" | sort -u | tr '\n' ' ')"; done
echo "(end of hits)"; ls -A "$W/data/tmp"
