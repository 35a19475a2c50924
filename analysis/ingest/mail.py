"""Mailing-list archives -> one :class:`Message` per post.

Read: an ``.mbox`` file (Pipermail's monthly ``.txt`` archives are mbox too), single ``.eml``
messages (also when saved as ``.txt``), and the HTML message pages of Pipermail, MHonArc and
hypermail. The standard library's :mod:`mailbox` and :mod:`email` do the MIME work (charsets,
quoted-printable, multipart); this module only finds the post's own words. Quoted replies,
"-----Original Message-----" blocks and signatures are masked (each character a space, newlines
kept), so offsets still index the message text and the reply's quotes are not its author's.
"""

from __future__ import annotations

import email
import html as html_lib
import mailbox
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

from analysis.ingest.wrappers import mask_spans

MBOX_SUFFIXES = (".mbox",)
EML_SUFFIXES = (".eml",)
_MBOX_FROM = re.compile(r"From \S+.*\d{4}\s*$")
_HEADER = re.compile(r"^([A-Za-z][A-Za-z0-9-]{1,40}):[ \t]", re.M)
_MAIL_HEADERS = {"from", "date", "subject", "message-id", "received", "return-path", "delivered-to", "to",
                 "mime-version", "content-type"}
# A list's tag is a name ("[Salon]", "[Numpy-discussion]"), not an agenda item ("[11.5; 1451]").
_LIST_TAG = re.compile(r"^\s*(?:(?:re|fwd?|aw|sv|tr)\s*:\s*)*\[([A-Za-z][\w .-]{0,40})\]\s*", re.I)
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|sv|tr)\s*:\s*)+", re.I)
# "> ...", "| > ...", and Supercite's initials ("    HJL> ..." after '>>>>> "HJL" == Hung Jung Lu writes:')
_QUOTED_LINE = re.compile(r"^[ \t]*(?:>|\|[ \t]*>|[A-Za-z]{1,5}>(?=[ \t]|$)).*$", re.M)
_ATTRIBUTION = re.compile(r"^[^\n]{0,120}\b(?:wrote|writes|schrieb|a écrit|skrev)\s*:[ \t]*$", re.M)
# Where a quoted earlier message begins: a separator line, or Outlook's header block ("From: …",
# then "Sent:"/"Date:" within two lines).
_REPLY_BLOCK = re.compile(r"^[ \t]*(?:-{3,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Forwarded message)"
                          r"[ \t]*-{3,}|_{20,}[ \t]*$\n^From:|\*?(?:From|Från|Von|De)\*?:[^\n]*\n(?:[^\n]*\n){0,2}?"
                          r"[ \t]*\*?(?:Sent|Date|Skickat|Gesendet|Envoyé)\*?:)", re.M | re.I)
# The same where an HTML part lost its line breaks ("Best regards,Kyunghun Jung---------Original
# Message---------Sender: ...", "-NikolaiFrom:Gilles Teniou <...>Date:Tuesday, ...To:...").
_INLINE_REPLY = re.compile(r"-{3,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Forwarded message)[ \t]*-{3,}"
                           r"|(?:From|Von|De|Från)[ \t\xa0]?:[^\n]{1,200}?(?:Sent|Date|Gesendet|Envoyé|Skickat)"
                           r"[ \t\xa0]?:[^\n]{1,120}?(?:To|An|À|Till)[ \t\xa0]?:", re.I)
_SIGNATURE = re.compile(r"^-- ?$", re.M)
_URL_LINE = re.compile(r"[ \t]*<?(https?://\S+?)>?[ \t]*")


@dataclass
class Message:
    """One post: its text (offsets index it), the same text with replies and signature masked,
    and what its headers say."""

    doc_id: str
    text: str
    body: str
    title: str = ""
    author: str = ""
    date: str = ""
    list_name: str = ""
    url: str = ""
    warnings: list[str] = field(default_factory=list)


def looks_like_mbox(text: str) -> bool:
    """An mbox file's text: it opens with a ``From `` envelope line followed by headers."""
    first = text.lstrip("\ufeff").split("\n", 1)
    return bool(_MBOX_FROM.match(first[0])) and len(first) > 1 and bool(_HEADER.match(first[1]))


def looks_like_email(text: str) -> bool:
    """One e-mail's text: it opens with a block of at least three headers, two of them mail's own."""
    head = text.lstrip("\ufeff").split("\n\n", 1)[0].replace("\r", "")
    names = {m.group(1).lower() for m in _HEADER.finditer(head)}
    return head[:1].isalpha() and bool(_HEADER.match(head)) and len(names) >= 3 and len(names & _MAIL_HEADERS) >= 2


def _plain(part: EmailMessage) -> str:
    """A part's text, whatever its declared charset says; HTML parts lose their markup."""
    try:
        text = part.get_content()
    except (LookupError, KeyError, ValueError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        text = payload.decode(part.get_content_charset() or "utf-8", errors="replace") \
            if isinstance(payload, bytes) else str(payload)
    if not isinstance(text, str):
        return ""
    if part.get_content_type() == "text/html":
        from analysis.ingest.webpage import read_page

        text = read_page(text).text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _body_text(msg: EmailMessage) -> str:
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
    except (KeyError, ValueError, AttributeError):
        part = None
    if part is None:
        part = next((p for p in msg.walk() if p.get_content_maintype() == "text"), msg)
    return _plain(part)


def _header(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name, "")
    except (ValueError, IndexError, AttributeError):  # a malformed header the policy cannot fold
        value = msg.get_all(name, [""])[0] if hasattr(msg, "get_all") else ""
    return re.sub(r"\s+", " ", str(value or "")).strip().strip("'\"")


def _masked(text: str) -> tuple[str, str]:
    """``text`` with quoted replies, reply blocks and the signature masked; and a leading bare
    URL line (a forwarded article's address) masked and returned."""
    spans = [m.span() for m in _QUOTED_LINE.finditer(text)] + [m.span() for m in _ATTRIBUTION.finditer(text)]
    ends = [m.start() for m in (_REPLY_BLOCK.search(text), _INLINE_REPLY.search(text), _SIGNATURE.search(text)) if m]
    if ends:
        spans.append((min(ends), len(text)))
    url = ""
    first = re.match(r"\s*([^\n]*)", text)
    if first and (u := _URL_LINE.fullmatch(first.group(1))):
        spans.append(first.span(1))
        url = u.group(1)
    return mask_spans(text, spans), url


def _name(author: str) -> str:
    """A From header's name as written: its MIME encoded words decoded ("Tomas
    =?utf-8?q?Toftg=C3=A5rd?=" is Tomas Toftgård) and the address Pipermail repeats in the name
    dropped ("siopis at umich.edu (Christos Siopis <siopis@umich.edu>)")."""
    if "<" in author:
        author = parseaddr(author)[0] or author
    if "=?" in author:
        try:
            author = str(make_header(decode_header(author)))
        except (ValueError, LookupError, UnicodeDecodeError):  # an unknown charset or a broken word
            pass
    return re.sub(r"\s+", " ", author).strip()


def _message(msg: EmailMessage, fallback_id: str) -> Message:
    text = _body_text(msg)
    body, url = _masked(text)
    subject = _header(msg, "subject")
    tag = _LIST_TAG.match(subject)
    list_name = tag.group(1).strip() if tag else _header(msg, "list-id").split("<")[0].strip()
    title = _REPLY_PREFIX.sub("", _LIST_TAG.sub("", subject)).strip()
    # The policy's address parser drops the "(Name)" comment that old archives put the name in.
    raw_from = next((str(v) for k, v in msg.raw_items() if k.lower() == "from"), "") or _header(msg, "from")
    raw_from = re.sub(r"\s+", " ", raw_from).strip()
    author = _name(parseaddr(raw_from)[0] or raw_from.strip('"<> '))
    message_id = _header(msg, "message-id").strip("<>")
    return Message(doc_id=message_id or fallback_id, text=text, body=body, title=title,
                   author=author, date=_header(msg, "date"),
                   list_name=list_name, url=url)


def read_mbox(path: Path, fallback: str) -> Iterator[Message]:
    """Every post of the mbox at ``path``; ``fallback#N`` names a post without a Message-ID."""
    box = mailbox.mbox(path, factory=lambda f: email.message_from_binary_file(f, policy=policy.default),
                       create=False)
    for i, msg in enumerate(box):
        post = _message(msg, f"{fallback}#{i + 1}")
        post.list_name = post.list_name or path.stem  # a list's archive is named after the list
        yield post


def read_email(raw: bytes, fallback: str) -> Message:
    """One e-mail (an ``.eml`` file's bytes)."""
    return _message(email.message_from_bytes(raw, policy=policy.default), fallback)


# Archive pages keep the message's headers in comments: hypermail as <!-- name="value" -->,
# MHonArc as <!--X-Name: value -->; Pipermail in the page's own markup.
_HYPERMAIL = re.compile(r'<!--\s*(\w+)="(.*?)"\s*-->', re.S)
_MHONARC = re.compile(r"<!--X-([\w-]+):\s*(.*?)\s*-->", re.S)
_BODIES = (re.compile(r'<!--\s*body="start"\s*-->(.*?)<!--\s*body="end"\s*-->', re.S),
           re.compile(r"<!--X-Body-of-Message-->(.*?)<!--X-Body-of-Message-End-->", re.S),
           re.compile(r"<!--beginarticle-->(.*?)<!--endarticle-->", re.S))
_TAG = re.compile(r"<[^<>]*>")


def is_archive_page(html: str) -> bool:
    """A Pipermail, MHonArc or hypermail message page (not an ordinary web page)."""
    return any(p.search(html) for p in _BODIES)


def _unhtml(fragment: str) -> str:
    text = re.sub(r"<br\s*/?>|</p>|</pre>|</div>", "\n", fragment, flags=re.I)
    return html_lib.unescape(_TAG.sub("", text)).replace("\r\n", "\n")


def read_archive_page(html: str, fallback: str) -> Message:
    """The post on one archive page."""
    fields = {k.lower(): html_lib.unescape(v) for k, v in _HYPERMAIL.findall(html)}
    fields.update({k.lower(): html_lib.unescape(v) for k, v in _MHONARC.findall(html)})
    body = next(m.group(1) for p in _BODIES if (m := p.search(html)))
    if "subject" not in fields and (t := re.search(r"<title>(.*?)</title>", html, re.I | re.S)):
        fields["subject"] = html_lib.unescape(_TAG.sub("", t.group(1)))
    if "name" not in fields and (b := re.search(r"<b>(.*?)</b>", html, re.I | re.S)):
        fields["name"] = html_lib.unescape(_TAG.sub("", b.group(1)))
    if "sent" not in fields and "date" not in fields and (i := re.search(r"<i>(.*?)</i>", html, re.I | re.S)):
        fields["date"] = _TAG.sub("", i.group(1))
    msg = EmailMessage()
    for header, key in (("Subject", "subject"), ("From", "name"), ("Date", "sent"), ("Message-ID", "id"),
                        ("Message-ID", "message-id")):
        value = re.sub(r"\s+", " ", fields.get(key, "")).strip()
        if value and header not in msg:
            msg[header] = value
    if "Date" not in msg and fields.get("date"):
        msg["Date"] = re.sub(r"\s+", " ", fields["date"]).strip()
    msg.set_content(_unhtml(body).strip("\n") + "\n")
    return _message(msg, fallback)
