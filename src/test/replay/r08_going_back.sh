#!/usr/bin/env bash
# Replays "Why" 8 as district 101005: certification file A, then B (A corrected) under the same name, then A again
# (going back), then A once more (a duplicate of the current one).
source "$(dirname "$0")/lib.sh"; source ${1:-/tmp/replay/hub}/env
D=${D:-101005}; R=$W/r08-$D; mkdir -p $R; N=certs.csv
cp $REPO/samples/tx/tx-certifications/*.csv $R/A.csv; sed '1s/CGN/BIL/' $R/A.csv > $R/B.csv
for f in A B A A; do
  date -u +%T; echo "put $f"; sftp_batch $D pw$D <<< "put $R/$f.csv inbound/tx-certifications/2018-2019/$N"; sleep 14
done
sleep 10
grep "District $D" $W/hub.log | cut -c1-300
grep accepted $W/smtp.log | grep back@ | sed 's/.*Subject:/Subject:/'
ls $W/data/sftp/$D/inbound/tx-certifications/2018-2019/ $W/data/sftp/$D/inbound/tx-certifications/2018-2019/.archive
