"""Real corpora in: saved web pages, mailing-list archives and exports with their own columns."""

import gzip
import mailbox
from email.message import EmailMessage
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.ingest.corpus import CorpusError, Reading, load_corpus, parse_columns

from .paths import NIKKEI, SEEDS

WILD = Path(__file__).resolve().parents[2] / "shared" / "data" / "wild"
ARTICLE = [
    "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for his first visit in 24 years.",
    "\u201cWe will support each other,\u201d Putin said after talks with North Korean leader Kim Jong Un.",
    "Analysts said the pact worried Seoul and Tokyo, and the United States called it troubling.",
    "\u201cThis is dangerous,\u201d said Leif-Eric Easley, a professor at Ewha Womans University in Seoul.",
]
HOSTILE_PAGE = f"""<!DOCTYPE html><html lang="en"><head>
<title>Putin and Kim sign pact | World News Daily</title>
<meta property="og:title" content="Putin and Kim sign a mutual defence pact">
<meta name="author" content="Jane Reporter">
<meta property="og:site_name" content="World News Daily">
<meta property="article:published_time" content="2024-06-19T08:30:00+09:00">
<script>var ads = "\u201cClick here,\u201d said the banner"; document.write('<p>Subscribe now</p>');</script>
<style>.menu {{ color: red }}</style></head><body>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies. Manage settings.</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/contact">Contact Us</a></li>
<li><a href="/newsletters">Email Newsletters</a></li></ul></nav>
<iframe src="https://ads.example.com/banner"></iframe>
<main><article><h1>Putin and Kim sign a mutual defence pact</h1>
<p class="byline">By Jane Reporter</p>
{"".join(f"<p>{p}</p>" for p in ARTICLE)}
</article>
<section id="comments"><h3>Comments</h3>
<div class="comment"><p>\u201cWorst summit ever,\u201d said reader Bob Troll in the comments.</p></div></section>
<aside><h3>Most read</h3><ul><li><a href="/a">Celebrity chef opens restaurant</a></li></ul></aside></main>
<footer><p>Copyright Gannett 2024. All rights reserved. Contact Us. Privacy policy.</p></footer>
</body></html>"""


def by_id(docs):
    return {d.doc_id: d for d in docs}


def test_a_hostile_page_gives_its_article_title_author_and_date(tmp_path):
    (tmp_path / "pact.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    (tmp_path / "zipped.html.gz").write_bytes(gzip.compress(HOSTILE_PAGE.encode("utf-8")))
    (tmp_path / "saved-as.txt").write_text(HOSTILE_PAGE, encoding="utf-8")
    docs = by_id(load_corpus(tmp_path))
    assert set(docs) == {"pact", "zipped", "saved-as"}
    for doc in docs.values():
        assert doc.ok, doc.error
        for paragraph in ARTICLE:
            assert paragraph in doc.text
        for junk in ("cookies", "Contact Us", "Newsletters", "Bob Troll", "Copyright", "Celebrity", "Click here",
                     "Subscribe", "<"):
            assert junk not in doc.text, junk
        assert doc.meta["title"] == "Putin and Kim sign a mutual defence pact"
        assert doc.meta["author"] == "Jane Reporter" and doc.meta["source"] == "World News Daily"
        assert doc.meta["published"] == "2024-06-19"
        assert doc.meta["title_from"] == doc.meta["published_from"] == "page"


def test_metadata_wins_over_the_page_and_a_url_dates_a_page_without_one(tmp_path):
    (tmp_path / "pact.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    undated = HOSTILE_PAGE.replace('content="2024-06-19T08:30:00+09:00"', 'content=""')
    (tmp_path / "undated.html").write_text(undated, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "doc_id,title,published,url\npact,Our own title,2024-06-20,\n"
        "undated,,,https://news.example.com/2024/06/21/putin-kim-pact\n", encoding="utf-8")
    docs = by_id(load_corpus(tmp_path))
    assert docs["pact"].meta["title"] == "Our own title" and docs["pact"].meta["title_from"] == "metadata"
    assert docs["pact"].meta["published"] == "2024-06-20" and docs["pact"].meta["published_from"] == "metadata"
    assert docs["undated"].meta["published"] == "2024-06-21" and docs["undated"].meta["published_from"] == "url"


def test_the_size_limit_is_on_the_article_not_the_page(tmp_path):
    padded = HOSTILE_PAGE.replace("</style>", "</style><script>" + "var x = 1;\n" * 120_000 + "</script>")
    assert len(padded) > 1_000_000
    (tmp_path / "heavy.html").write_text(padded, encoding="utf-8")
    (doc,) = load_corpus(tmp_path)
    assert doc.ok and len(doc.text) < 2000


def test_pages_in_another_language_are_skipped_with_it(tmp_path):
    german = HOSTILE_PAGE.replace("".join(f"<p>{p}</p>" for p in ARTICLE), "".join(
        f"<p>{p}</p>" for p in ["Der russische Präsident ist am Mittwoch zu seinem ersten Besuch seit 24 Jahren "
                                "in Pjöngjang eingetroffen.", "Die beiden Staaten wollen sich im Fall eines "
                                "Angriffs gegenseitig beistehen, teilte die Regierung mit.", "Beobachter in "
                                "Seoul und Tokio zeigten sich besorgt über die neue Partnerschaft."]))
    (tmp_path / "de.html").write_text(german, encoding="utf-8")
    (tmp_path / "en.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    docs = by_id(load_corpus(tmp_path))
    assert docs["de"].status == "skipped" and "written in de" in docs["de"].error
    assert docs["en"].ok
    assert by_id(load_corpus(tmp_path, Reading(language="")))["de"].ok  # no check asked for


def test_a_txt_headline_line_is_the_title(tmp_path):
    (tmp_path / "bbc.txt").write_text("Putin and Kim sign defence pact\n\n" + "\n\n".join(ARTICLE), encoding="utf-8")
    (tmp_path / "prose.txt").write_text("\n\n".join(ARTICLE), encoding="utf-8")
    docs = by_id(load_corpus(tmp_path))
    assert docs["bbc"].meta["title"] == "Putin and Kim sign defence pact" and docs["bbc"].meta["title_from"] == "text"
    assert docs["prose"].meta["title"] == "" and docs["prose"].meta["title_from"] == "none"


# --- mailing-list archives holding the seed's repost -------------------------------------------

def _seed_post() -> tuple[str, str, str]:
    """The [Salon] subject, the article URL and the article text of the seed repost."""
    lines = (SEEDS / f"{NIKKEI}.txt").read_text(encoding="utf-8").split("\n")
    subject = lines[0]
    rest = "\n".join(lines[1:]).split("This archive was generated")[0].strip()
    url, article = rest.split("\n", 1)
    return subject, url.strip(), article.strip()


def _message(subject: str, body: str, message_id: str, date: str,
             sender: str = "Chas Freeman <chas@example.org>") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "salon@listserv.example.org"
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{message_id}>"
    msg.set_content(body)
    return msg


def _reply(article: str) -> str:
    quoted = "\n".join(f"> {line}" for line in article.split("\n")[:12])
    return (f"On Wed, 19 Jun 2024, Chas Freeman wrote:\n{quoted}\n\nThe pact matters less than Beijing's silence "
            f"about it.\n\n-- \nA. Reader\nSent from my phone")


def test_an_mbox_is_one_document_per_post_with_replies_masked(tmp_path):
    subject, url, article = _seed_post()
    box = mailbox.mbox(tmp_path / "salon.mbox")
    box.add(_message(subject, f"{url}\n\n{article}\n", "repost-1@example.org", "Wed, 19 Jun 2024 09:12:00 -0400"))
    box.add(_message("Re: " + subject, _reply(article), "reply-2@example.org", "Thu, 20 Jun 2024 10:00:00 +0000"))
    box.flush()
    docs = by_id(load_corpus(tmp_path))
    assert set(docs) == {"repost-1@example.org", "reply-2@example.org"}
    post, reply = docs["repost-1@example.org"], docs["reply-2@example.org"]
    assert post.meta["title"] == subject.removeprefix("[Salon] ") and post.meta["title_from"] == "message"
    assert post.meta["url"] == url and post.meta["source"] == "Salon" and post.meta["author"] == "Chas Freeman"
    assert post.meta["published"] == "2024-06-19" and post.meta["published_from"] == "message"
    assert "Kim Jong Un" in post.body and url not in post.body and len(post.body) == len(post.text)
    assert reply.meta["title"] == post.meta["title"]
    assert "Beijing's silence" in reply.body
    assert "Putin" not in reply.body and "Sent from my phone" not in reply.body  # quoted and signed off
    assert "Putin" in reply.text  # masked, not cut: offsets still index the message


def test_a_posts_first_person_is_its_writer_named_as_the_header_has_it(tmp_path, capsys):
    """The numpy-discussion and 3GPP archives: "I" in a post is its sender (the quoted reply is
    masked before the parse); the From header's encoded words and Pipermail's repeated address
    are a name, and a company directory's "Last, First" is First Last."""
    box = mailbox.mbox(tmp_path / "numpy.mbox")
    box.add(_message("Re: [Numpy-discussion] TLS", "Nils Wagner writes:\n\n> I said that LAPACK is the only way.\n\n"
                     "I said the only reasonable solution is to implement the algorithm in C.\n\n"
                     '>>>>> "NW" == Nils Wagner writes:\n\n    NW> I said that Fortran is faster.\n\nKonrad.\n',
                     "reply-1@example.org", "Thu, 22 Nov 2001 10:00:00 +0000",
                     sender="=?utf-8?q?Konrad_Hinsen=C3=A9?= <hinsen@example.org>"))
    # (an HTML part that lost its line breaks still has the quoted message masked)
    box.add(_message("RE: [EVS] references", "I said we would clean up the references at the meeting.Best "
                     "regards,Stefan-----Original Message-----From: Milan Jelinek Sent: Monday To: EVS SWG I "
                     "said we would wait for the next version.\n", "reply-2@example.org",
                     "Fri, 23 Nov 2001 10:00:00 +0000", sender='"Bruhn, Stefan" <stefan.bruhn@example.com>'))
    subject, url, article = _seed_post()  # a forwarded article's "I" is its columnist's, not the sender's
    box.add(_message(subject, f"{url}\n\nI said the pact would not last.\n\n{article}\n", "repost-3@example.org",
                     "Wed, 19 Jun 2024 09:12:00 -0400"))
    box.flush()
    (tmp_path / "column.txt").write_text("I said the pact would not last.\n", encoding="utf-8")  # no sender
    assert main(["annotate", str(tmp_path), "--out", str(tmp_path / "out"), "-q", "--format", "csv",
                 "--cache-dir", str(tmp_path / "cache")]) == 0
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", keep_default_na=False).set_index("doc_id")
    assert docs.loc["reply-1@example.org", "author"] == "Konrad Hinsené"
    assert docs.loc["reply-1@example.org", "author_from"] == "message" and docs.loc["column", "author_from"] == "none"
    quotes = pd.read_csv(tmp_path / "out" / "quotes.csv", keep_default_na=False)
    said = quotes[quotes["speaker"] == "I"].set_index("doc_id")["speaker_entity"].to_dict()
    assert said == {"reply-1@example.org": "Konrad Hinsené", "reply-2@example.org": "Stefan Bruhn",
                    "repost-3@example.org": "", "column": ""}
    # the quoted posts' words are not the sender's
    assert not quotes["text"].str.contains("LAPACK|Fortran|next version").any()


def test_eml_files_and_an_archive_page_hold_the_same_post(tmp_path):
    subject, url, article = _seed_post()
    msg = _message(subject, f"{url}\n\n{article}\n", "repost-1@example.org", "Wed, 19 Jun 2024 09:12:00 -0400")
    (tmp_path / "post.eml").write_bytes(msg.as_bytes())
    (tmp_path / "saved-mail.txt").write_bytes(msg.as_bytes())
    paragraphs = "".join(f"<p>{p}</p>\n" for p in article.split("\n\n"))
    (tmp_path / "pipermail.html").write_text(
        f"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<HTML><HEAD><TITLE> {subject}\n"
        f"</TITLE></HEAD><BODY><H1>{subject}</H1><B>Chas Freeman</B> <A HREF=\"mailto:salon%40example.org\">"
        f"chas at example.org</A><BR><I>Wed Jun 19 09:12:00 EDT 2024</I><P><UL><LI>Previous message</UL>"
        f"<HR><!--beginarticle-->\n<PRE>{url}\n\n</PRE>{paragraphs}\n<!--endarticle-->\n<HR>"
        f"<UL><LI>Next message: [Salon] Other</UL></BODY></HTML>", encoding="utf-8")
    docs = by_id(load_corpus(tmp_path))
    assert set(docs) == {"post", "saved-mail", "pipermail"}
    for doc in docs.values():
        assert doc.ok, doc.error
        assert doc.meta["title"] == subject.removeprefix("[Salon] ")
        assert doc.meta["url"] == url and doc.meta["source"] == "Salon"
        assert doc.meta["published"] == "2024-06-19" and doc.meta["author"] == "Chas Freeman"
        assert "Vladimir Putin" in doc.body and "Previous message" not in doc.text


@pytest.mark.skipif(not WILD.exists(), reason="needs ../shared/data/wild")
def test_the_wild_mail_archives():
    docs = load_corpus(WILD / "mail-archives")
    by_status = pd.Series([d.status for d in docs]).value_counts().to_dict()
    ok = [d for d in docs if d.ok]
    # 82 Pipermail posts (the monthly file holds each twice), 50 LISTSERV posts, 2 hypermail pages,
    # the AAP e-mail saved as .txt; the two licence files are not corpus files.
    assert len(ok) >= 130 and by_status.get("skipped", 0) >= 82
    assert all("duplicate doc_id" in d.error for d in docs if d.status == "skipped")
    aap = next(d for d in ok if "superdesk" in d.doc_id or "odd_charset" in d.doc_id or "Everill" in d.meta["author"])
    assert "LOS ANGELES" in aap.text and "=\n" not in aap.text and "â€" not in aap.body
    assert all(d.meta["published"] for d in ok)


# --- exports with their own columns -------------------------------------------------------------

def test_columns_named_on_the_command_line(tmp_path, capsys):
    table = pd.DataFrame({"story_id": ["a", "b"], "body": ["\n\n".join(ARTICLE)] * 2, "headline": ["One", "Two"],
                          "when": ["June 19, 2024", "someday"], "outlet": ["Wire", "Wire"]})
    table.to_csv(tmp_path / "export.csv", index=False)
    assert parse_columns("text=body, title=headline,published=when") == {
        "text": "body", "title": "headline", "published": "when"}
    with pytest.raises(CorpusError, match="bad column mapping"):
        parse_columns("words=body")
    with pytest.raises(CorpusError, match="no column 'missing'"):
        load_corpus(tmp_path / "export.csv", Reading(columns={"text": "missing"}))
    code = main(["annotate", str(tmp_path / "export.csv"), "--out", str(tmp_path / "out"), "-q", "--format", "csv",
                 "--columns", "text=body,title=headline,published=when,source=outlet", "--cache-dir",
                 str(tmp_path / "cache")])
    err = capsys.readouterr().err
    assert code == 0
    assert "reading text from 'body', title from 'headline', published from 'when'" in err
    assert "1 of 2 documents have a publication date that could not be read" in err
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", keep_default_na=False)
    assert list(docs["title"]) == ["One", "Two"] and list(docs["published"]) == ["2024-06-19", ""]
    assert list(docs["status"]) == ["ok", "ok"]
    texts = pd.read_csv(tmp_path / "out" / "texts.csv", keep_default_na=False)
    assert list(texts["text"]) == ["\n\n".join(ARTICLE)] * 2


def test_titles_in_a_parallel_folder_are_titles_not_documents(tmp_path):
    for kind in ("Real", "Fake"):
        (tmp_path / kind).mkdir()
        (tmp_path / f"{kind}_titles").mkdir()
        (tmp_path / kind / "1.txt").write_text("\n\n".join(ARTICLE), encoding="utf-8")
        (tmp_path / f"{kind}_titles" / "1.txt").write_bytes(f"{kind} story: “Putin” in Pyongyang".encode("cp1252"))
    (tmp_path / "Real_titles" / "2.txt").write_text("A title without its article", encoding="utf-8")
    docs = by_id(load_corpus(tmp_path))
    assert set(docs) == {"Real/1", "Fake/1", "Real_titles/2"}  # an orphan title file stays a document
    assert docs["Real/1"].meta["title"] == "Real story: “Putin” in Pyongyang"
    assert docs["Fake/1"].meta["title_from"] == "file"
