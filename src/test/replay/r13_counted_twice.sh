#!/usr/bin/env bash
# Replays "Why" 13 as district 099902: the Texas sample, then its staff interchange again under another name (same
# bytes), then a corrected copy under a third name; the teachers' drill-down counted after each.
source "$(dirname "$0")/lib.sh"; source ${1:-/tmp/replay/hub}/env
D=099902; R=$W/r13; mkdir -p $R; S=$REPO/samples/tx; O=$W/data/sftp/$D/outbound/2018-2019
count() { python3 - "$O/PR1500_Part2_Teachers.csv" <<'P'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
print(len(rows), "drill-down rows; columns:", list(rows[0].keys())[:12] if rows else None)
P
}
tx_put <<B
put $S/tx-certifications/*.csv inbound/tx-certifications/2018-2019/
put $S/tx-peims/*.xml inbound/tx-peims/2018-2019/
B
sleep 25; count; cp $O/PR1500_Part2_Teachers.csv $R/teachers-1.csv
tx_put <<< "put $S/tx-peims/099902_2019_Fall_StaffAssociation.xml inbound/tx-peims/2018-2019/099902_2019-10-15_StaffAssociation.xml"
sleep 20; count; cp $O/PR1500_Part2_Teachers.csv $R/teachers-2.csv
sed 's#</InterchangeStaffAssociation>#<!-- corrected export -->\n</InterchangeStaffAssociation>#' $S/tx-peims/099902_2019_Fall_StaffAssociation.xml > $R/099902_2019-10-20_StaffAssociation.xml
cmp -s $R/099902_2019-10-20_StaffAssociation.xml $S/tx-peims/099902_2019_Fall_StaffAssociation.xml && echo "WARNING: corrected copy identical"
tx_put <<< "put $R/099902_2019-10-20_StaffAssociation.xml inbound/tx-peims/2018-2019/"
sleep 25; count; cp $O/PR1500_Part2_Teachers.csv $R/teachers-3.csv
cmp $R/teachers-1.csv $R/teachers-3.csv && echo "drill-down identical after the renamed copies"
grep "District $D" $W/hub.log | cut -c1-300
grep -E "HUB-REPLACED|DUPLICATE" $W/hub.log | cut -c1-300
