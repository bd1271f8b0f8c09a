#!/usr/bin/env bash
# Replays "Why" 9: the Texas sample delivered; then a folder where PR1500_Issues.csv goes and a corrected certification
# file dropped (the outbound folder cannot take the new set); the run page and the folder looked at; then the obstacle
# removed and the retry awaited. Starts its own hub: r09_outbound.sh /tmp/replay/r09
source "$(dirname "$0")/lib.sh"
start_hub ${1:-/tmp/replay/r09} --edhub.settle-period=2s --edhub.outbound.retry-delay=5s || exit 1
OUT=$W/data/sftp/099902/outbound/2018-2019; CERT=$REPO/samples/tx/tx-certifications/099902_2018-2019_ECOS_certifications.csv
tx_put <<B
put $CERT inbound/tx-certifications/2018-2019/
put $REPO/samples/tx/tx-peims/*.xml inbound/tx-peims/2018-2019/
B
wait_for 120 test -f $OUT/PR1500_Part2.xlsx && sleep 3
echo "--- first run delivered:"; ls -l --time-style=+%T $OUT
sha256sum $OUT/* > $W/first.sha
rm $OUT/PR1500_Issues.csv; mkdir -p $OUT/PR1500_Issues.csv/in-the-way
sed '2s/STD/PRO/' $CERT > $W/corrected.csv
tx_put <<B
put $W/corrected.csv inbound/tx-certifications/2018-2019/corrected.csv
B
sleep 25
echo "--- after the second run (the obstacle in place):"; ls -l --time-style=+%T $OUT; ls $OUT | grep -c '\.part$' | sed 's/^/temporary files: /'
grep -v PR1500_Issues $W/first.sha | sha256sum -c --quiet && echo "the other reports: the first run's, unchanged"
dash_login lonestar lonestar >/dev/null
run=$(dash_get /districts/099902 | grep -o '/runs/[0-9]*' | sort -t/ -k3 -n | tail -1)
echo "--- $run says:"; dash_get $run | sed 's/<[^>]*>/ /g' | grep -o 'NOT DELIVERED YET[^.]*\.[^.]*\.[^.]*' | head -2
rm -r $OUT/PR1500_Issues.csv
wait_for 90 sh -c "dash_get() { curl -s -b $COOKIES $BASE\$1; }; dash_get $run | grep -q 'Delivered to outbound'"
echo "--- after the obstacle was removed:"; ls -l --time-style=+%T $OUT
dash_get $run | sed 's/<[^>]*>/ /g' | grep -o 'Delivered to outbound[^.]*' | head -1
grep -E "outbound|Outbound" $W/hub.log | grep -E "WARN|ERROR|INFO" | cut -c1-260 | tail -6
stop_hub
