#!/usr/bin/env bash
# Replays "Why" 4, 5 and 6 as district 101004: long names (240 and 250 characters, one with the bytes of an accepted
# file), odd folders (" 2025-2026", "2018-2019 ", "2018-2019-old", a 44-character feed folder), files at other depths,
# a symlink to a folder with a good file beside it; then counts the mails and the hub's log lines over two minutes.
source "$(dirname "$0")/lib.sh"; source ${1:-/tmp/replay/hub}/env
D=101004; R=$W/r04; mkdir -p $R/l; cd $R/l
cp $REPO/samples/tx/tx-certifications/*.csv good.csv
n240=$(printf 'c%.0s' $(seq 1 236)).csv; n250=$(printf 'd%.0s' $(seq 1 246)).csv
cp good.csv $n240; sed 's/CGN/BIL/' good.csv > $n250; sed 's/CGN/ESL/' good.csv > other.csv; sed 's/CGN/SPE/' good.csv > beside.csv
F=inbound/tx-certifications; feed44=$(printf 'f%.0s' $(seq 1 44))
echo "first the good file"; sftp_batch $D pw$D <<B
put good.csv $F/2018-2019/good.csv
B
sleep 12; date -u +%T; echo "then the rest"
sftp_batch $D pw$D <<B
put $n240 $F/2018-2019/$n240
put $n250 $F/2018-2019/$n250
mkdir "$F/ 2025-2026"
put other.csv "$F/ 2025-2026/lead-space.csv"
mkdir "$F/2018-2019 "
put other.csv "$F/2018-2019 /trail-space.csv"
mkdir $F/2018-2019-old
put other.csv $F/2018-2019-old/old.csv
mkdir inbound/$feed44
mkdir inbound/$feed44/2018-2019
put other.csv inbound/$feed44/2018-2019/long-feed.csv
put other.csv inbound/x.csv
put other.csv $F/x.csv
mkdir $F/2018-2019/sub
put other.csv $F/2018-2019/sub/x.csv
B
# a symlink to a folder in the drop folder (OpenSSH sftp's ln -s), and a good file dropped beside it
sftp_batch $D pw$D <<B
ln -s /inbound/tx-peims $F/2018-2019/link-to-folder
put beside.csv $F/2018-2019/beside.csv
B
date -u +%T; sleep ${2:-120}; date -u +%T
echo "== district folders"; find $W/data/sftp/$D/inbound -printf '%y %p\n' | sed "s#$W/data/sftp/$D/##" | awk '{ if (length($0) > 90) print substr($0,1,90) "..."; else print }'
echo "== mails to names@"; grep "accepted" $W/smtp.log | grep -c names@
grep "accepted" $W/smtp.log | grep names@ | sed 's/.*Subject:/Subject:/'
echo "== log lines WARN/ERROR for $D"; grep -E "WARN|ERROR" $W/hub.log | grep -c "$D\|tx-certifications"
grep -c "^\s*at " $W/hub.log
