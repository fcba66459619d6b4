"""ZIP-based documents (.docx, .odt) checked before a byte of them is decompressed."""

import zipfile

from intake.readers.blocks import DocumentError

# What such a file may hold before it is taken for an archive bomb.
MAX_ENTRIES = 5_000
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
# Entries smaller than this may compress as well as they like (a page of spaces does).
RATIO_FREE_BYTES = 1024 * 1024
ENCRYPTED_FLAG = 0x1


def check_archive(*, archive: zipfile.ZipFile, name: str, what: str = "Word file") -> None:
    """Refuse an archive bomb or an encrypted entry; `what` names the kind of file in messages.

    The sizes are those the archive declares; zipfile never decompresses an entry past its
    declared size, so a file that lies about them is stopped all the same.
    """
    entries = archive.infolist()
    kind = f"{'an' if what[0].lower() in 'aeiou' else 'a'} {what}"
    if len(entries) > MAX_ENTRIES:
        raise DocumentError(f"{name}: {kind} of {len(entries):,} parts, too many to be real")
    total = sum(entry.file_size for entry in entries)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise DocumentError(
            f"{name}: {kind} that would unpack to {total:,} bytes, more than the "
            f"{MAX_UNCOMPRESSED_BYTES:,} allowed: is it really minutes?"
        )
    for entry in entries:
        if entry.flag_bits & ENCRYPTED_FLAG:
            raise DocumentError(f"{name}: a password-protected {what}: remove the password")
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > RATIO_FREE_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise DocumentError(
                f"{name}: part {entry.filename} compresses {ratio:,.0f} to 1, as archive bombs "
                "do, not documents"
            )
