"""YAML front matter at the top of a Markdown file: its fields, a 'key: value' line each."""

from intake.readers.blocks import BlockKind, Place
from intake.readers.front_matter import split_front_matter
from intake.readers.markdown import read_markdown

MINUTES = """---
title: "Library Board \u2014 Regular Meeting"
date: 2023-05-04
start: 2023-05-04T18:30:00
location: Main Library, Room B
attendees:
  - Ann Lee
  - Bo Park
host: {name: City Library, url: null}
draft:
---

## Call to order

Ann Lee called the meeting to order.
"""


def test_the_fields_a_line_each_and_the_text_after_them_in_its_place():
    fields, text = split_front_matter(MINUTES)
    assert fields == [
        "title: Library Board \u2014 Regular Meeting",
        "date: 2023-05-04",
        "start: 2023-05-04T18:30",
        "location: Main Library, Room B",
        "attendees: Ann Lee, Bo Park",
        "host: name: City Library",
    ]
    assert text.splitlines()[12] == "## Call to order"  # the file's own line numbers
    assert "title:" not in text


def test_the_markdown_reader_gives_the_fields_as_the_first_block():
    document = read_markdown(data=MINUTES.encode(), name="m.md")
    first, heading, *_ = document.blocks
    assert (first.kind, first.place) == (BlockKind.PARAGRAPH, Place(line=1))
    assert first.text.splitlines()[0] == "title: Library Board \u2014 Regular Meeting"
    assert (heading.text, heading.place) == ("Call to order", Place(line=13))


def test_no_front_matter_unless_a_yaml_mapping_opens_the_file():
    for text in (
        "Minutes\n---\ntitle: x\n---\n",  # not at the top
        "---\n- a list\n- of items\n---\nText\n",  # no mapping
        "---\ntitle: [unclosed\n---\nText\n",  # no YAML
        "---\n\nA rule, then text.\n",  # a rule, no closing line
    ):
        assert split_front_matter(text) == ([], text)


def test_hugos_toml_front_matter_gives_its_fields_and_its_dates_as_the_pages():
    # Hugo's `date` is "usually the publication date": not the meeting's.
    text = '+++\ntitle = "Annual General Meeting"\ndate = "2019-10-02"\ndraft = false\n+++\n\nHeld'
    fields, rest = split_front_matter(text)
    assert fields == ["title: Annual General Meeting", "published: 2019-10-02", "draft: False"]
    assert rest == "\n" * 4 + "\n\nHeld"  # line numbers stay the file's


def test_a_broken_toml_block_is_left_as_text():
    text = "+++\ntitle = \n+++\nHeld"
    assert split_front_matter(text) == ([], text)
