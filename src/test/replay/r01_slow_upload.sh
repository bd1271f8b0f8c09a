#!/usr/bin/env bash
# Replays "Why" 1: a 2.4 MB certification file of 40,001 rows put in 10 chunks with 5 s stalls (settle period 2 s).
source "$(dirname "$0")/lib.sh"; source ${1:-/tmp/replay/hub}/env
D=101001; R=$W/r01; mkdir -p $R
python3 - "$R/101001_2018-2019_ECOS_certifications.csv" <<'P'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(40001):
        f.write(f'{900000000 + i},STD,6/1/2014,1/31/2030,"Grades (EC-6)",ALL,CGN,\n'[:-2] + "\n")
P
ls -l $R/*.csv; wc -l $R/*.csv
ap=$W/askpass-$D.sh; printf '#!/bin/sh\necho pw%s\n' $D > $ap; chmod 700 $ap
size=$(stat -c %s $R/*.csv)
echo "put $R/101001_2018-2019_ECOS_certifications.csv inbound/tx-certifications/2018-2019/" > $R/batch
date -u +%T; STALL_LOG=$R/stall.log SSH_ASKPASS=$ap SSH_ASKPASS_REQUIRE=force DISPLAY=:0 sftp -q -o BatchMode=no \
  -o UserKnownHostsFile=$W/data/sftp/known_hosts -o ProxyCommand="python3 $REPO/src/test/replay/stall_relay.py 127.0.0.1 $SFTP_PORT $((size/10)) 5" \
  -P $SFTP_PORT -o StrictHostKeyChecking=yes -b $R/batch $D@localhost; echo "sftp exit $?"; date -u +%T
cat $R/stall.log
sleep 15
find $W/data/sftp/$D -type f -exec ls -l {} \;
# the same slow upload under a temporary name, renamed at the end (README: upload under a temporary name on slow links)
sed 's/,CGN$/,BIL/' $R/101001_2018-2019_ECOS_certifications.csv > $R/renamed.csv
printf 'put %s inbound/tx-certifications/2018-2019/renamed.csv.part\nrename inbound/tx-certifications/2018-2019/renamed.csv.part inbound/tx-certifications/2018-2019/renamed.csv\n' $R/renamed.csv > $R/batch2
date -u +%T; STALL_LOG=$R/stall2.log SSH_ASKPASS=$ap SSH_ASKPASS_REQUIRE=force DISPLAY=:0 sftp -q -o BatchMode=no \
  -o UserKnownHostsFile=$W/data/sftp/known_hosts -o ProxyCommand="python3 $REPO/src/test/replay/stall_relay.py 127.0.0.1 $SFTP_PORT $((size/10)) 5" \
  -P $SFTP_PORT -o StrictHostKeyChecking=yes -b $R/batch2 $D@localhost; echo "sftp exit $?"; date -u +%T
sleep 15
find $W/data/sftp/$D -type f -exec ls -l {} \;
grep "District $D" $W/hub.log | cut -c1-300
# once more with 8 s stalls, so that the server has written what was sent before the hub looks
sed 's/,CGN$/,ESL/' $R/101001_2018-2019_ECOS_certifications.csv > $R/again.csv
echo "put $R/again.csv inbound/tx-certifications/2018-2019/again.csv" > $R/batch3
date -u +%T; STALL_LOG=$R/stall3.log SSH_ASKPASS=$ap SSH_ASKPASS_REQUIRE=force DISPLAY=:0 sftp -q -o BatchMode=no \
  -o UserKnownHostsFile=$W/data/sftp/known_hosts -o ProxyCommand="python3 $REPO/src/test/replay/stall_relay.py 127.0.0.1 $SFTP_PORT $((size/10)) 8" \
  -P $SFTP_PORT -o StrictHostKeyChecking=yes -b $R/batch3 $D@localhost; echo "sftp exit $?"; date -u +%T
sleep 15; cat $R/stall3.log
find $W/data/sftp/$D -name '*again*' -exec ls -l {} \;
grep "District $D" $W/hub.log | cut -c1-300
