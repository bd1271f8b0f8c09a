#!/usr/bin/env bash
# Replays "Why" 12 as district 101006: a certification file of one good row and 200,000 one-column rows (scaled down
# from 1,000,000), then a file with a 50,000-character value, then one with a 10 MB line, then an unrelated PEIMS drop.
source "$(dirname "$0")/lib.sh"; source ${1:-/tmp/replay/hub}/env
D=101006; R=$W/r12; mkdir -p $R; S=$REPO/samples/tx
python3 - $R $S/tx-certifications/*.csv <<'P'
import sys
out, sample = sys.argv[1], sys.argv[2]
rows = open(sample).read().splitlines()
with open(out + "/flood.csv", "w") as f:
    f.write(rows[0] + "\n")
    for i in range(200000):
        f.write("x\n")
with open(out + "/bigvalue.csv", "w") as f:
    f.write("\n".join(rows) + "\n")
    f.write('900000099,' + "Q" * 50000 + ',6/1/2014,1/31/2019,"Grades (EC-6)",ALL,CGN\n')
with open(out + "/longline.csv", "w") as f:
    f.write("\n".join(rows) + "\n")
    f.write('900000098,STD,6/1/2014,1/31/2019,"' + "L" * 10_000_000 + '",ALL,CGN\n')
P
ls -l $R
for f in flood bigvalue longline; do
  date -u +%T; sftp_batch $D pw$D <<< "put $R/$f.csv inbound/tx-certifications/2018-2019/$f.csv"; sleep 20
done
date -u +%T; sftp_batch $D pw$D <<< "put $S/tx-peims/099902_2019_Fall_StaffAssociation.xml inbound/tx-peims/2018-2019/"
sleep 20
grep "District $D" $W/hub.log | cut -c1-300
grep accepted $W/smtp.log | grep flood@ | sed 's/.*accepted//' | cut -c1-200
ls -lR $W/data/sftp/$D/outbound $W/data/sftp/$D/inbound/tx-certifications/2018-2019 | cut -c1-150
# the student enrollment interchange, so that the PR1500 run is computed (over the year's current certification file)
date -u +%T; sftp_batch $D pw$D <<< "put $S/tx-peims/099902_2019_Fall_StudentEnrollment.xml inbound/tx-peims/2018-2019/"
sleep 25
# a file mostly good, with 1,000 unreadable rows: the cap of 500 issues of a rule in a file
python3 - $R $S/tx-certifications/*.csv <<'P'
import sys
out, sample = sys.argv[1], sys.argv[2]
rows = open(sample).read().splitlines()
with open(out + "/capped.csv", "w") as f:
    for i in range(3000):
        f.write(f'{910000000 + i},STD,6/1/2014,1/31/2030,"Grades (EC-6)",ALL,CGN\n')
    for i in range(1000):
        f.write(f'{920000000 + i},STD\n')
P
date -u +%T; sftp_batch $D pw$D <<< "put $R/capped.csv inbound/tx-certifications/2018-2019/capped.csv"
sleep 30
grep "District $D" $W/hub.log | tail -2 | cut -c1-300
grep accepted $W/smtp.log | grep flood@ | sed 's/.*accepted//' | cut -c1-200
for d in $W/data/runs/*/; do f=$d/PR1500_Issues.csv; [ -f $f ] && grep -q "bigvalue.csv\|capped.csv" $f && {
  echo "$f: $(wc -c < $f) bytes, $(wc -l < $f) lines"; cut -d, -f2 $f | sort | uniq -c; grep -m1 QQQ $f | cut -c1-120; grep -m1 -o "QQQ*" $f | awk '{print "Q value shown with", length($0), "characters"}'; grep -i "more " $f | cut -c1-300; }; done
