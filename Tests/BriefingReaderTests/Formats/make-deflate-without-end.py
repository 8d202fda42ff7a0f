#!/usr/bin/env python3
"""Writes deflate-without-end.docx: seed003.docx whose word/document.xml is a deflate stream that
never ends, the shape that hung ZIPFoundation 0.9.20's Archive.extract (`tongbao parse` at 100 %
CPU for ever, before DocxDecoder read zips through TableFiles.ZipEntries).

The part's bytes are the whole document deflated with a sync flush (every byte of the XML is
there, but no final block), then the header of a stored block (BFINAL 0, LEN 65535) whose bytes
never come. ZIPFoundation's Linux inflater loop (Data.decode) feeds zlib chunks read from the
archive *past the entry's compressed size* until zlib says Z_STREAM_END: the rest of the file
(the other parts, the central directory) is swallowed as the stored block's bytes, then the reads
at the end of the file return nothing and the loop spins. ZipEntries cuts zlib's input at the
entry's compressed size and refuses the part when zlib asks for more ("a deflate stream that does
not end"). Sizes and the CRC-32 are those of the real XML, so nothing else gives the damage away.

Run from this folder: python3 make-deflate-without-end.py
"""
import struct
import zipfile
import zlib

SOURCE, TARGET, PART = "seed003.docx", "deflate-without-end.docx", "word/document.xml"


def raw_deflate(data, finish=True):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FINISH if finish else zlib.Z_SYNC_FLUSH)


src = zipfile.ZipFile(SOURCE)
local, central = bytearray(), bytearray()
for info in src.infolist():
    data = src.read(info.filename)
    crc = zlib.crc32(data) & 0xFFFFFFFF
    if info.filename == PART:
        packed = raw_deflate(data, finish=False) + b"\x00\xff\xff\x00\x00"
    else:
        packed = raw_deflate(data)
    name = info.filename.encode()
    offset = len(local)
    # version 20, flags 0, method 8 (deflate), DOS time and date of 1980-01-01 00:00
    common = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, crc, len(packed), len(data))
    local += b"PK\x03\x04" + common + struct.pack("<HH", len(name), 0) + name + packed
    central += (
        b"PK\x01\x02" + struct.pack("<H", 20) + common
        + struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, offset) + name
    )
end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(src.infolist()), len(src.infolist()), len(central), len(local), 0)
open(TARGET, "wb").write(bytes(local + central + end))

# What ZipEntries sees: every byte of the XML, and then a stream that asks for more.
check = zipfile.ZipFile(TARGET)
info = check.getinfo(PART)
blob = open(TARGET, "rb").read()
n, e = struct.unpack("<HH", blob[info.header_offset + 26 : info.header_offset + 30])
start = info.header_offset + 30 + n + e
d = zlib.decompressobj(-15)
out = d.decompress(blob[start : start + info.compress_size])
assert out == src.read(PART) and not d.eof, "the part must hold the whole XML and not end"
print(f"{TARGET}: {len(blob)} bytes; {PART}: {info.compress_size} bytes packed, never ends")
