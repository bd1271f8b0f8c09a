#!/usr/bin/env bash
# Replays "Why" 10 as district 101010: a certification file keyed by an SSN in each form the issue names
# (123-45-6789, 12345678, 123 45 6789, 123456789.0, 123.45.6789, 123456789), rows that raise issues about them;
# then searches the outbound folder, the mails and the dashboard (and, hub stopped, the data folder: see r_after_stop.sh).
source "$(dirname "$0")/lib.sh"; source ${1:-/tmp/replay/hub}/env
D=101010; R=$W/r10; mkdir -p $R
cat > $R/ssn.csv <<'C'
123-45-6781,STD,6/1/2014,1/31/2030,"Grades (EC-6)",ALL,CGN
12345672,STD,6/1/2014,1/31/2030,"Grades (EC-6)",ALL,CGN
123 45 6783,STD,6/1/2014,1/31/2030,"Grades (EC-6)",ALL,CGN
123456784.0,STD,6/1/2014,1/31/2030,"Grades (EC-6)",ALL,CGN
123.45.6785,STD,6/1/2014,1/31/2030,"Grades (EC-6)",ALL,CGN
123456786,STD,6/1/2014,1/31/2030,"Grades (EC-6)",ALL,CGN
123-45-6787,XXX,6/1/2014,1/31/2030,"Grades (EC-6)",ALL,CGN
12345678.0,STD,bad-date,1/31/2030,"Grades (EC-6)",ALL,CGN
123 45 6789,STD,6/1/2014
123.45.6780,STD,6/1/2014,1/31/2030,"Grades (EC-6)",ALL,CGN,extra
123456788.0,PRO,13/45/2014,1/31/2030,"Grades (EC-6)",ALL,CGN
C
sftp_batch $D pw$D <<< "put $R/ssn.csv inbound/tx-certifications/2018-2019/ssn.csv"
sleep 20
echo "$(cat $R/ssn.csv | cut -d, -f1)" | sed 's/\.0$//' > $R/forms.txt
P='123-45-678[0-9]|1234567[0-9][0-9]?|123 45 678[0-9]|123\.45\.678[0-9]'
echo "== outbound"; grep -rEo "$P" $W/data/sftp/$D/outbound | sort | uniq -c
echo "== mails"; for f in $(grep -l ssn@ $W/smtp-mail/*.eml); do python3 - "$f" "$P" <<'M'
import email, sys, re
m = email.message_from_binary_file(open(sys.argv[1], "rb"))
text = "".join(p.get_payload(decode=True).decode("utf-8", "replace") for p in m.walk() if not p.is_multipart())
print(sys.argv[1], "subject:", m["subject"], "hits:", re.findall(sys.argv[2], m["subject"] + text))
print("   ", [l for l in text.splitlines() if "***" in l][:4])
M
done
dash_login lonestar lonestar >/dev/null; dash_login admin admin
run=$(dash_get /districts/$D | grep -o '/runs/[0-9]*' | sort -u | head -3); echo "runs: $run"
for r in $run; do for p in "" /issues; do echo "== dashboard $r$p"; dash_get $r$p | grep -Eo "$P|\*\*\*-\*\*-[0-9]{4}" | sort | uniq -c; done; done
echo "== log"; grep -Ec "$P" $W/hub.log
