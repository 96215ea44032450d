# packing records: a small binary file format in memory
import struct

HEADER = "<4sHHI"
REC = "<I16sdB"
records = [(1, b"alice", 3.5, 1), (2, b"bob", -0.25, 0), (300, b"a" * 20, 1e100, 255)]
blob = struct.pack(HEADER, b"RECS", 1, len(records), struct.calcsize(REC))
for r in records:
    blob += struct.pack(REC, *r)
print(len(blob), blob[:12])
magic, version, count, size = struct.unpack_from(HEADER, blob)
print(magic, version, count, size)
off = struct.calcsize(HEADER)
for i in range(count):
    rid, name, score, flag = struct.unpack_from(REC, blob, off + i * size)
    print(rid, name.rstrip(b"\x00"), score, flag)
