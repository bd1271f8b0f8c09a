#!/usr/bin/env python3
# Makes the zips of the replays of "Why" 7 and 14 from the Kentucky sample SIS bundle: slash.zip (an entry named "/"),
# bomb.zip (two entries of 1.5 GiB of zeros, 3 GiB in all, over the 2 GiB cap), liar.zip (the same, its headers
# claiming 1,000 bytes each), entries.zip (100,000 entries), incomplete.zip (no enrollments.csv), good.zip.
# Usage: make_zips.py SAMPLE_SIS_DIR OUT_DIR
import sys, os, zipfile, struct, time
sis, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
csvs = sorted(f for f in os.listdir(sis) if f.endswith(".csv"))
def bundle(name, skip=(), extra=None):
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as z:
        for f in csvs:
            if f not in skip:
                z.write(os.path.join(sis, f), f)
        if extra:
            extra(z)
bundle("good.zip")
bundle("slash.zip", extra=lambda z: z.writestr(zipfile.ZipInfo("/"), b""))
bundle("incomplete.zip", skip=("enrollments.csv",))
def entries(z):
    for i in range(100000):
        z.writestr(f"extra/e{i:06d}.csv", b"x\n")
bundle("entries.zip", extra=entries)
def zeros(z):
    block = bytes(1 << 20)
    for n in ("padding1.csv", "padding2.csv"):
        with z.open(n, "w") as w:
            for _ in range(1536):
                w.write(block)
t = time.time(); bundle("bomb.zip", extra=zeros); print("bomb made in %.0f s" % (time.time() - t))
# liar.zip: bomb.zip with the uncompressed sizes of the padding entries rewritten to 1,000 (local and central headers)
data = bytearray(open(os.path.join(out, "bomb.zip"), "rb").read())
with zipfile.ZipFile(os.path.join(out, "bomb.zip")) as z:
    for info in z.infolist():
        if info.filename.startswith("padding"):
            struct.pack_into("<I", data, info.header_offset + 22, 1000)
    cd = data.find(b"PK\x05\x06")
    cd_offset = struct.unpack_from("<I", data, cd + 16)[0]
    p = cd_offset
    while data[p:p + 4] == b"PK\x01\x02":
        n, e, c = struct.unpack_from("<HHH", data, p + 28)
        name = bytes(data[p + 46:p + 46 + n]).decode()
        if name.startswith("padding"):
            struct.pack_into("<I", data, p + 24, 1000)
        p += 46 + n + e + c
open(os.path.join(out, "liar.zip"), "wb").write(data)
for f in sorted(os.listdir(out)):
    print(f, os.path.getsize(os.path.join(out, f)))
