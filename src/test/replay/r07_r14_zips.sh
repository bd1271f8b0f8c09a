#!/usr/bin/env bash
# Replays "Why" 7 and 14: as district 165, the KECS bundle, then a SIS zip with a "/" entry, then one lacking
# enrollments.csv, then the KECS bundle changed (which must run over the last good SIS bundle); as 166 a 3 GiB zip
# bomb and a lying one; as 167 a zip of 100,000 entries. Zips from make_zips.py in $ZIPS.
source "$(dirname "$0")/lib.sh"; source ${1:-/tmp/replay/hub}/env
ZIPS=${ZIPS:-/tmp/replay/zips}; K=$REPO/samples/ky/ky-kecs
date -u +%T
ky_put <<B
put $K/*.csv inbound/ky-kecs/2025-2026/
put $K/_READY inbound/ky-kecs/2025-2026/
B
sftp_batch 166 pw166 <<B
put $ZIPS/bomb.zip inbound/ky-sis/2025-2026/bomb.zip
B
sftp_batch 167 pw167 <<B
put $ZIPS/entries.zip inbound/ky-sis/2025-2026/entries.zip
B
sleep 20; date -u +%T
ky_put <<B
put $ZIPS/slash.zip inbound/ky-sis/2025-2026/slash.zip
B
sftp_batch 166 pw166 <<B
put $ZIPS/liar.zip inbound/ky-sis/2025-2026/liar.zip
B
sleep 25; date -u +%T
ky_put <<B
put $ZIPS/incomplete.zip inbound/ky-sis/2025-2026/incomplete.zip
B
sleep 20; date -u +%T
sed 's/$//' $K/educators.csv > $W/educators.csv; echo >> $W/educators.csv
ky_put <<B
put $W/educators.csv inbound/ky-kecs/2025-2026/educators.csv
put $K/_READY inbound/ky-kecs/2025-2026/
B
sleep 25; date -u +%T
for d in 165 166 167; do echo "== $d"; find $W/data/sftp/$d/inbound/ky-sis $W/data/sftp/$d/inbound/ky-kecs -type f | sed "s#$W/data/sftp/##"; done
grep -E "District (165|166|167)" $W/hub.log | cut -c1-300
grep -E "accepted" $W/smtp.log | grep -E "lead.coordinator|bomb@|entries@" | cut -c1-250
