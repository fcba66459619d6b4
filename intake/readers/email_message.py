"""A saved e-mail (.eml): the minutes in its body, or in the one document attached to it.

Minutes often reach an office as a message: typed in the body, or attached with a line of
covering text. The message is parsed with the standard library's `email` package. When the
body is short and one attachment is in a format the readers know, the attachment is the
minutes; otherwise the body is (its plain-text part, else its HTML part). A plain-text body
is read with the message's own From, Sent, To and Subject lines above it, as a forwarded
message prints them, so that the interpreter can take the year from the date the mail was sent and
leave the headers out as it does in pasted mail.
"""

from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from intake.readers.blocks import Document, DocumentError

# A body of fewer words than this is a covering note, and an attachment holds the minutes.
COVERING_NOTE_WORDS = 150
# The headers printed above the body, as Outlook prints a forwarded message: "Sent", not
# "Date", since in minutes a "Date:" line gives the meeting's date.
HEADERS_SHOWN = (("From", "From"), ("Date", "Sent"), ("To", "To"), ("Subject", "Subject"))


def parse_message(data: bytes, *, name: str) -> EmailMessage:
    try:
        return BytesParser(policy=policy.default).parsebytes(data)
    except (ValueError, TypeError, LookupError) as error:
        raise DocumentError(f"{name}: not an e-mail message that can be read ({error})") from None


def body_text(part: EmailMessage | None) -> str:
    if part is None:
        return ""
    try:
        return part.get_content()
    except (LookupError, ValueError, AssertionError, KeyError):
        payload = part.get_payload(decode=True) or b""
        return payload.decode("cp1252", errors="replace")


def readable_attachments(
    message: EmailMessage, *, detect: Callable[[bytes, str], str | None]
) -> list[tuple[str, bytes]]:
    """The attachments in a format the readers know, with their file names."""
    found = []
    for part in message.iter_attachments():
        data = part.get_payload(decode=True)
        filename = part.get_filename() or "attachment"
        if isinstance(data, bytes) and data and detect(data, filename):
            found.append((filename, data))
    return found


def headers_as_text(message: EmailMessage) -> str:
    lines = [f"{label}: {message[header]}" for header, label in HEADERS_SHOWN if message[header]]
    return "\n".join(lines)


def read_email(
    *,
    data: bytes,
    name: str,
    detect: Callable[[bytes, str], str | None],
    read: Callable[..., Document],
) -> Document:
    """The minutes in a saved message, read by `read` (the format-detecting reader).

    `detect(data, name)` says whether an attachment is in a format the readers know.
    """
    message = parse_message(data, name=name)
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    text = body_text(plain)
    attachments = readable_attachments(message, detect=detect)
    if attachments and len((text or body_text(html)).split()) < COVERING_NOTE_WORDS:
        if len(attachments) > 1:
            names = ", ".join(filename for filename, _ in attachments)
            raise DocumentError(
                f"{name}: a covering note with {len(attachments)} documents attached ({names}): "
                "save the one that holds the minutes and import that"
            )
        filename, content = attachments[0]
        document = read(data=content, name=f"{name} ({filename})")
        return as_message(document, name=name, subject="")
    subject = " ".join(str(message["Subject"] or "").split())
    if text.strip():
        framed = f"{headers_as_text(message)}\n\n{text}".encode()
        document = read(data=framed, name=name)
    elif html is not None and body_text(html).strip():
        document = read(data=body_text(html).encode(), name=name)
    else:
        raise DocumentError(f"{name}: an e-mail message with no text and no minutes attached")
    return as_message(document, name=name, subject=subject)


def as_message(document: Document, *, name: str, subject: str) -> Document:
    """The document as the message's: its file name, the format "email", the subject as title."""
    document.name = name
    document.format = "email"
    document.title = document.title or subject
    return document
