#!/usr/bin/env bash
# Replays "Why" 11: 200 wrong dashboard passwords for admin from 127.0.0.2, 60 wrong SFTP passwords for 101007 from
# 127.0.0.3; the headers of a page and the session cookie; the dashboard's listening address; passwords in the log.
source "$(dirname "$0")/lib.sh"; source ${1:-/tmp/replay/hub}/env
R=$W/r11; mkdir -p $R
echo "== 200 wrong dashboard passwords (admin, from 127.0.0.2)"; date -u +%T.%N
for i in $(seq 1 200); do
  jar=$R/c; rm -f $jar
  csrf=$(curl -s --interface 127.0.0.2 -c $jar -b $jar "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s --interface 127.0.0.2 -o /dev/null -w "%{http_code} %{redirect_url} %{time_total}\n" -c $jar -b $jar \
     --data-urlencode username=admin --data-urlencode "password=wrong$i" --data-urlencode "_csrf=$csrf" "$BASE/login"
done > $R/dash.txt; date -u +%T.%N
awk '{print $1, $2}' $R/dash.txt | sort | uniq -c; awk '{s+=$3} END {print "total request time", s, "s"}' $R/dash.txt
echo "-- the right password now, from 127.0.0.2 and from 127.0.0.1"
rm -f $R/c; csrf=$(curl -s --interface 127.0.0.2 -c $R/c -b $R/c "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s --interface 127.0.0.2 -o /dev/null -w "%{http_code} %{redirect_url}\n" -c $R/c -b $R/c --data-urlencode username=admin --data-urlencode password=admin --data-urlencode "_csrf=$csrf" "$BASE/login"
W=$W dash_login admin admin; dash_get / | head -c 0; curl -s -o /dev/null -w "%{http_code}\n" -b $COOKIES $BASE/
echo "== 60 wrong SFTP passwords (101007, from 127.0.0.3)"; printf '#!/bin/sh\necho wrong\n' > $R/wrong.sh; chmod 700 $R/wrong.sh
date -u +%T.%N
for i in $(seq 1 60); do
  SSH_ASKPASS=$R/wrong.sh SSH_ASKPASS_REQUIRE=force DISPLAY=:0 timeout 60 sftp -q -o BatchMode=no -o BindAddress=127.0.0.3 \
    -o UserKnownHostsFile=$W/data/sftp/known_hosts -o PreferredAuthentications=password -o NumberOfPasswordPrompts=1 \
    -P $SFTP_PORT -b /dev/null 101007@127.0.0.1 >/dev/null 2>&1; echo "$i $?"
done > $R/sftp.txt; date -u +%T.%N
echo "-- the right password now, from 127.0.0.3"; date -u +%T
SSH_ASKPASS=$W/askpass-ok.sh; printf '#!/bin/sh\necho pw101007\n' > $R/ok.sh; chmod 700 $R/ok.sh
SSH_ASKPASS=$R/ok.sh SSH_ASKPASS_REQUIRE=force DISPLAY=:0 timeout 60 sftp -q -o BatchMode=no -o BindAddress=127.0.0.3 \
    -o UserKnownHostsFile=$W/data/sftp/known_hosts -o PreferredAuthentications=password -o NumberOfPasswordPrompts=1 \
    -P $SFTP_PORT -b /dev/null 101007@127.0.0.1; echo "exit $?"; date -u +%T
echo "== log lines"; grep -ciE "sign-in|failed|locked" $W/hub.log
grep -iE "sign-in|sign in|locked|lockout" $W/hub.log | grep -E "admin|101007" | sed -n '1,3p;$p' | cut -c1-300
for p in wrong1 wrong17 wrong wrong200 pw101007 lonestar bluegrass; do echo "log lines holding '$p': $(grep -c -- "$p" $W/hub.log)"; done
echo "== headers"; curl -s -D - -o /dev/null $BASE/login | grep -iE "content-security|referrer|set-cookie|x-frame"
echo "== listening"; ss -ltnp | grep -E ":($WEB_PORT|$SFTP_PORT) "
