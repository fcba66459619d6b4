"""Bytes to text for the text-based formats: the encoding, the line ends, the control characters.

The order is the one that is right most often for minutes typed on office machines: a byte
order mark when there is one; UTF-16 without one when every other byte is NUL; UTF-8 when the
bytes are valid UTF-8 (no other encoding of Western text is); Windows-1252 for 8-bit Western
text; charset-normalizer for the rest (Cyrillic, Greek, Central European, East Asian…).
"""

import codecs
import re

from charset_normalizer import from_bytes

from intake.readers.blocks import DocumentError

# UTF-32 before UTF-16: the UTF-32 LE mark begins with the UTF-16 LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# How much of a file the guesses look at: enough to be sure, little enough to be quick.
SAMPLE_BYTES = 64 * 1024

# Unicode blocks of Western European text: when charset-normalizer finds only these, the
# bytes are Windows-1252 (it would otherwise pick among look-alike code pages by chance).
WESTERN_ALPHABETS = {
    "Basic Latin",
    "Latin-1 Supplement",
    "Latin Extended-A",
    "Latin Extended-B",
    "General Punctuation",
    "Currency Symbols",
    "Letterlike Symbols",
    "Spacing Modifier Letters",
    "Control character",  # tabs and line ends
}

# Below this many non-ASCII bytes, charset-normalizer's guess is no better than chance.
FEW_NON_ASCII = 24
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
LINE_END = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
LINE_END_BUT_PAGE = re.compile("\r\n|[\r\x0b\x85\u2028\u2029]")
# Unicode's control characters (category Cc) but tab and line feed, and form feed kept.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
CONTROL_BUT_PAGE = re.compile("[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]")
# Formatting codes that chat clients and terminals leave in saved logs: mIRC's bold, colour
# (with its colour numbers), italics, underline, reverse and reset, and ANSI escape
# sequences (`ESC [ 1 m`). They format text and are no text; without them, a log is text.
FORMATTING_CODES = re.compile(
    r"\x03(\d{1,2}(,\d{1,2})?)?|[\x02\x0f\x16\x1d\x1e\x1f]|\x1b\[[0-9;?]*[A-Za-z]"
)
# Old DOS editors end a file with Ctrl-Z (SUB): the end of the file, not a character of it.
END_OF_FILE = "\x1a"


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte order mark names, and the mark's length; None without one."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None


def utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 when it is evident: most bytes on one side of each pair NUL, few on the other."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0 : pairs * 2 : 2].count(0)
    odd_nuls = sample[1 : pairs * 2 : 2].count(0)
    if odd_nuls > 0.4 * pairs and even_nuls < 0.05 * pairs:
        return "utf-16-le"
    if even_nuls > 0.4 * pairs and odd_nuls < 0.05 * pairs:
        return "utf-16-be"
    return None


def eight_bit_encoding(data: bytes) -> str | None:
    """Windows-1252 for Western text, else charset-normalizer's best guess; None if nothing fits.

    Western text decodes about as well in several code pages (é is the same byte in 1250 and
    1252), so charset-normalizer's pick among them is chance: 1252 wins whenever it is one of
    its good guesses or the best guess holds only Western letters. With few non-ASCII bytes
    it has too little to go on, and the shape of the text decides (see `reads_as_western`).
    """
    sample = data[:SAMPLE_BYTES]
    matches = from_bytes(sample)
    best = matches.best()
    if not decodes(data, "cp1252"):
        return best.encoding if best is not None else None
    if best is None or set(best.alphabets) <= WESTERN_ALPHABETS:
        return "cp1252"
    if any(m.encoding == "cp1252" and m.chaos <= best.chaos for m in matches):
        return "cp1252"
    few = sum(1 for byte in sample if byte >= 0x80) < FEW_NON_ASCII
    return "cp1252" if few and reads_as_western(sample.decode("cp1252")) else best.encoding


def reads_as_western(text: str) -> bool:
    """Whether non-ASCII letters stand alone inside words (réunion, Grüße), as in Western text.

    Text of another script read as Windows-1252 shows whole words of accented letters instead.
    """
    runs = NON_ASCII_RUN.findall(text)
    return bool(runs) and sum(map(len, runs)) <= 2 * len(runs)


def decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def is_utf8(data: bytes, *, partial: bool) -> bool:
    """Whether `data` is UTF-8; a `partial` sample may end inside a character."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=not partial)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(data: bytes, *, partial: bool = False) -> tuple[str, int]:
    """The encoding of `data` and the length of its byte order mark; "" for none that fits.

    `partial` says `data` is the start of a file, which may end inside a character.
    """
    found = bom_encoding(data)
    if found:
        return found
    utf16 = utf16_without_bom(data[:SAMPLE_BYTES])
    if utf16:
        return utf16, 0
    if is_utf8(data, partial=partial):
        return "utf-8", 0
    return eight_bit_encoding(data) or "", 0


def decode(*, data: bytes, name: str) -> str:
    """`data` as text, in the encoding detected, with no byte order mark left in it."""
    encoding, skip = detect_encoding(data)
    if not encoding:
        raise DocumentError(f"{name}: not text in any encoding the reader could recognise")
    try:
        text = data[skip:].decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise DocumentError(f"{name}: not valid {encoding} text ({error})") from None
    # A mark left inside the text by files pasted together is no text either.
    return text.replace("\ufeff", "")


def normalise_lines(text: str, *, pages: bool = False) -> str:
    """Every line end (CRLF, CR, NEL, U+2028, form feed…) as a single "\\n".

    With `pages`, a form feed is kept: it starts a page, and ends a line all the same.
    """
    return (LINE_END_BUT_PAGE if pages else LINE_END).sub("\n", text)


def check_controls(*, text: str, name: str, pages: bool = False) -> None:
    """Raise for a control character that is not text (NUL, BEL, ESC…), naming its line."""
    found = (CONTROL_BUT_PAGE if pages else CONTROL).search(text)
    if found:
        number = len(re.split("[\n\x0c]", text[: found.start()]))
        raise DocumentError(
            f"{name}: line {number} holds the control character U+{ord(found.group()):04X}, "
            "which is not text: is this a text file?"
        )


def decode_text(*, data: bytes, name: str, pages: bool = False) -> str:
    """A text or Markdown file as text: decoded, line ends as "\\n", chat and terminal
    formatting codes dropped, no stray controls.

    With `pages`, form feeds are kept to say where pages start (see `normalise_lines`).
    """
    text = decode(data=data, name=name).rstrip(END_OF_FILE)
    text = normalise_lines(FORMATTING_CODES.sub("", text), pages=pages)
    check_controls(text=text, name=name, pages=pages)
    return text
