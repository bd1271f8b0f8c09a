#!/usr/bin/env bash
# Replays "Why" 2 and 3: the Texas sample dropped by district 101002 (mailed to an SMTP server that accepts after
# 15 s) and by 101003 (mailed to one that refuses with 552); then watches the SMTP log for a while.
source "$(dirname "$0")/lib.sh"; source ${1:-/tmp/replay/hub}/env
for D in 101002 101003; do
  sftp_batch $D pw$D <<B
put $REPO/samples/tx/tx-certifications/*.csv inbound/tx-certifications/2018-2019/
put $REPO/samples/tx/tx-peims/*.xml inbound/tx-peims/2018-2019/
B
done
date -u +%T; sleep ${2:-150}
grep -E "accepted|refused|waiting|connect \(" $W/smtp.log
grep -nE "MAIL|mail|Mail" $W/hub.log | grep -vi "mail/" | tail -20 | cut -c1-300
