#!/usr/bin/env python3
"""Writes the tables of the GB18030 decoder (gb18030.rs) from Python's gb18030 codec
(GB18030-2000), with the later changes that the WHATWG Encoding Standard, and so every
browser and encoding_rs, follows: from GB18030-2005, the two-byte code A8BC is U+1E3F and
the four-byte pointer 7457 is U+E7C7 (the decoder handles the latter itself); from
GB18030-2022, A3A0 is U+3000 and 18 codes that were private-use characters are the
characters since encoded in Unicode.

    python3 src/report/gb18030_tables.py

writes gb18030_two_byte.bin (the code point of each two-byte pointer, 23940 little-endian
u16) and prints the four-byte ranges for gb18030.rs. The fuzz crate compares the decoder
with encoding_rs over every two- and four-byte sequence (fuzz/src/lib.rs).
"""

import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

two_byte = []
for lead in range(0x81, 0xFF):
    for trail in list(range(0x40, 0x7F)) + list(range(0x80, 0xFF)):
        c = bytes([lead, trail]).decode("gb18030")
        assert len(c) == 1 and ord(c) <= 0xFFFF
        two_byte.append(ord(c))
assert len(two_byte) == 23940
CHANGES = {
    0xA8BC: 0x1E3F,
    0xA3A0: 0x3000,
    0xA6D9: 0xFE10, 0xA6DA: 0xFE12, 0xA6DB: 0xFE11, 0xA6DC: 0xFE13, 0xA6DD: 0xFE14,
    0xA6DE: 0xFE15, 0xA6DF: 0xFE16, 0xA6EC: 0xFE17, 0xA6ED: 0xFE18, 0xA6F3: 0xFE19,
    0xFE59: 0x9FB4, 0xFE61: 0x9FB5, 0xFE66: 0x9FB6, 0xFE67: 0x9FB7, 0xFE6D: 0x9FB8,
    0xFE7E: 0x9FB9, 0xFE90: 0x9FBA, 0xFEA0: 0x9FBB,
}
for code, code_point in CHANGES.items():
    lead, trail = code >> 8, code & 0xFF
    two_byte[(lead - 0x81) * 190 + trail - (0x40 if trail < 0x7F else 0x41)] = code_point
with open(os.path.join(HERE, "gb18030_two_byte.bin"), "wb") as f:
    f.write(struct.pack("<23940H", *two_byte))

# Four-byte pointers 0..=39419 map, in order, to the BMP code points that have no two-byte
# code; the ranges are where that order jumps.
ranges = []
previous = None
for pointer in range(39420):
    if pointer == 7457:
        previous = None
        continue
    b4 = pointer % 10
    b3 = pointer // 10 % 126
    b2 = pointer // 1260 % 10
    b1 = pointer // 12600
    c = ord(bytes([b1 + 0x81, b2 + 0x30, b3 + 0x81, b4 + 0x30]).decode("gb18030"))
    if previous is None or c != previous[1] + pointer - previous[0]:
        ranges.append((pointer, c))
        previous = (pointer, c)
print(f"const RANGES: [(u32, u32); {len(ranges)}] = [")
line = "   "
for p, c in ranges:
    item = f" ({p}, 0x{c:04X}),"
    if len(line) + len(item) > 96:
        print(line)
        line = "   "
    line += item
print(line)
print("];")
