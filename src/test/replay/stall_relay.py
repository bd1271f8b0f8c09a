#!/usr/bin/env python3
# An ssh ProxyCommand standing for a slow link (replay of "Why" 1): forwards the client's bytes to HOST:PORT and
# stalls for PAUSE seconds after every CHUNK bytes the client sends once the first SKIP bytes (handshake) are through.
# Usage: sftp -o ProxyCommand="stall_relay.py HOST PORT CHUNK PAUSE [SKIP]" ...
import socket, sys, threading, time, os
host, port, chunk, pause = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
skip = int(sys.argv[5]) if len(sys.argv) > 5 else 20000
log = open(os.environ.get("STALL_LOG", "/dev/null"), "a")
s = socket.create_connection((host, port))
def down():
    while True:
        d = s.recv(65536)
        if not d:
            break
        sys.stdout.buffer.write(d); sys.stdout.buffer.flush()
    os._exit(0)
threading.Thread(target=down, daemon=True).start()
sent, since = 0, 0
inp = sys.stdin.buffer.raw
while True:
    d = inp.read(8192)
    if not d:
        break
    s.sendall(d); sent += len(d)
    if sent > skip:
        since += len(d)
        if since >= chunk:
            log.write(f"{time.strftime('%H:%M:%S')} stall after {sent} bytes\n"); log.flush()
            time.sleep(pause); since = 0
s.shutdown(socket.SHUT_WR)
time.sleep(2)
