#!/usr/bin/env python3
# A small SMTP server for the replays of "Why" 2 and 3: answers DATA after 15 s for a recipient containing "slow",
# refuses it with 552 for one containing "refuse", accepts at once otherwise; logs every command and message.
# Usage: smtp_server.py PORT LOGFILE MAILDIR
import asyncio, sys, os, time
PORT, LOG, MAILDIR = int(sys.argv[1]), sys.argv[2], sys.argv[3]
os.makedirs(MAILDIR, exist_ok=True)
count = len([f for f in os.listdir(MAILDIR) if f.endswith(".eml")])
def log(line):
    with open(LOG, "a") as f:
        f.write(time.strftime("%H:%M:%S ") + line + "\n")
async def session(reader, writer):
    global count
    peer = writer.get_extra_info("peername")
    log(f"connect {peer}")
    writer.write(b"220 replay-smtp ESMTP\r\n"); await writer.drain()
    rcpts, mail_from = [], None
    try:
        while True:
            line = await reader.readline()
            if not line:
                log(f"disconnect {peer}"); break
            cmd = line.decode(errors="replace").rstrip("\r\n")
            log(f"C: {cmd[:200]}")
            up = cmd.upper()
            if up.startswith("EHLO"):
                writer.write(b"250-replay-smtp\r\n250-SIZE 100000000\r\n250 8BITMIME\r\n")
            elif up.startswith("HELO"):
                writer.write(b"250 replay-smtp\r\n")
            elif up.startswith("MAIL FROM"):
                mail_from, rcpts = cmd, []; writer.write(b"250 OK\r\n")
            elif up.startswith("RCPT TO"):
                rcpts.append(cmd); writer.write(b"250 OK\r\n")
            elif up == "DATA":
                writer.write(b"354 go ahead\r\n"); await writer.drain()
                data = bytearray()
                while True:
                    l = await reader.readline()
                    if not l or l in (b".\r\n", b".\n"):
                        break
                    data += l
                subject = next((h for h in data.decode(errors="replace").splitlines() if h.lower().startswith("subject:")), "")
                to = " ".join(rcpts).lower()
                if "refuse" in to:
                    log(f"S: 552 refused {len(data)} bytes {subject}")
                    writer.write(b"552 5.3.4 Message size exceeds fixed maximum message size\r\n")
                else:
                    if "slow" in to:
                        log(f"... waiting 15 s before accepting {len(data)} bytes {subject}")
                        await asyncio.sleep(15)
                    count += 1
                    name = os.path.join(MAILDIR, f"{count:04d}.eml")
                    with open(name, "wb") as f:
                        f.write(data)
                    log(f"S: 250 accepted {name} {len(data)} bytes to {to} {subject}")
                    writer.write(b"250 2.0.0 accepted\r\n")
            elif up == "QUIT":
                writer.write(b"221 bye\r\n"); await writer.drain(); break
            elif up in ("RSET", "NOOP"):
                writer.write(b"250 OK\r\n")
            else:
                writer.write(b"502 not implemented\r\n")
            await writer.drain()
    except Exception as e:
        log(f"error {peer} {e!r}")
    finally:
        writer.close()
async def main():
    server = await asyncio.start_server(session, "127.0.0.1", PORT)
    log(f"listening on {PORT}")
    async with server:
        await server.serve_forever()
asyncio.run(main())
