#!/usr/bin/env bash
# Replays "Why" 15: three replays of one run of 099902 asked for at once over HTTP (as lonestar), each request timed;
# then the new runs, their outbound files and any leftover temporary names.
source "$(dirname "$0")/lib.sh"; source ${1:-/tmp/replay/hub}/env
R=$W/r15; mkdir -p $R; D=099902
dash_login lonestar lonestar
run=$(dash_get /districts/$D | grep -o '/runs/[0-9]*' | sort -t/ -k3 -n | tail -1); echo "district page's last run: $run"
csrf=$(dash_get $run | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
for i in 1 2 3; do
  curl -s -o /dev/null -w "replay $i: %{http_code} -> %{redirect_url} in %{time_total} s\n" -b $COOKIES \
    --data-urlencode "_csrf=$csrf" "$BASE$run/replay" &
done; wait
sleep 30
ls -la $W/data/sftp/$D/outbound/2018-2019/
grep -E "replay|Replay" $W/hub.log | grep -v "Replay (\|Replay [a-z]" | tail -8 | cut -c1-300
