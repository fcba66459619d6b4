"""OLE compound files ([MS-CFB], version 3) written from streams, for the .doc reader tests.

olefile reads these files but cannot make one. Each stream is padded to the mini-stream
cutoff, so that all lie in ordinary 512-byte sectors and no mini FAT is needed.
"""

import struct

SECTOR = 512
MINI_CUTOFF = 4096
FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
ROOT, STREAM = 5, 2
ENTRIES_PER_SECTOR = SECTOR // 128
FAT_ENTRIES_PER_SECTOR = SECTOR // 4


def padded(data: bytes, size: int) -> bytes:
    return data + bytes(-len(data) % size)


def directory_entry(name: str, kind: int, *, right: int, child: int, start: int, size: int):
    encoded = (name + "\0").encode("utf-16-le")
    return (
        padded(encoded, 64)[:64]
        + struct.pack("<HBB", len(encoded), kind, 1)  # 1: black
        + struct.pack("<III", NO_STREAM, right, child)
        + bytes(16 + 4 + 8 + 8)  # class id, state, times
        + struct.pack("<IQ", start, size)
    )


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A compound file holding `streams` at its root, in the order given."""
    bodies = [padded(data.ljust(MINI_CUTOFF, b"\0"), SECTOR) for data in streams.values()]
    starts, sector = [], 0
    for body in bodies:
        starts.append(sector)
        sector += len(body) // SECTOR
    entries = [
        directory_entry("Root Entry", ROOT, right=NO_STREAM, child=1, start=END_OF_CHAIN, size=0)
    ]
    for index, (name, data) in enumerate(streams.items(), start=1):
        following = index + 1 if index < len(streams) else NO_STREAM
        entries.append(
            directory_entry(
                name,
                STREAM,
                right=following,
                child=NO_STREAM,
                start=starts[index - 1],
                size=max(len(data), MINI_CUTOFF),
            )
        )
    directory = padded(b"".join(entries), SECTOR)
    directory_start, directory_sectors = sector, len(directory) // SECTOR
    fat_start = directory_start + directory_sectors
    fat_sectors = 1
    while fat_start + fat_sectors > fat_sectors * FAT_ENTRIES_PER_SECTOR:
        fat_sectors += 1
    fat = []
    for body, start in zip(bodies, starts, strict=True):
        count = len(body) // SECTOR
        fat += [start + 1 + index for index in range(count - 1)] + [END_OF_CHAIN]
    fat += [directory_start + 1 + index for index in range(directory_sectors - 1)]
    fat += [END_OF_CHAIN] + [FAT_SECTOR] * fat_sectors
    fat += [FREE] * (fat_sectors * FAT_ENTRIES_PER_SECTOR - len(fat))
    difat = [fat_start + index for index in range(fat_sectors)] + [FREE] * (109 - fat_sectors)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIII", 0, fat_sectors, directory_start, 0)
        + struct.pack("<IIIII", MINI_CUTOFF, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
        + struct.pack("<109I", *difat)
    )
    return header + b"".join(bodies) + directory + struct.pack(f"<{len(fat)}I", *fat)
