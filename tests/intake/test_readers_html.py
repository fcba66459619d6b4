"""The HTML reader: a page's content as blocks, its furniture removed."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.readers.blocks import BlockKind, DocumentError, Place
from intake.readers.html import read_html
from tests.intake.golden_blocks import assert_matches_golden, golden_inputs


def read(markup: str):
    return read_html(data=markup.encode("utf-8"), name="p.html")


def texts(markup: str) -> list[str]:
    return [block.text for block in read(markup).blocks]


@pytest.mark.parametrize("source", golden_inputs(".html"), ids=lambda path: path.name)
def test_golden(source):
    document = read_html(data=source.read_bytes(), name=source.name)
    assert_matches_golden(source=source, document=document)


@pytest.mark.parametrize(
    "furniture",
    [
        "<header>Site name</header>",
        "<nav>Home</nav>",
        "<footer>Copyright</footer>",
        "<aside>Related</aside>",
        "<script>var x = 1;</script>",
        "<style>p {}</style>",
        "<noscript>Enable scripts</noscript>",
        "<template><p>Row</p></template>",
        "<form><label>Search</label></form>",
        "<button>Print</button>",
        "<iframe>Frame</iframe>",
        "<svg><text>Logo</text></svg>",
        "<div hidden>Hidden</div>",
        '<div aria-hidden="true">Hidden</div>',
        '<div role="banner">Banner</div>',
        '<div role="navigation">Links</div>',
        '<div role="contentinfo">Contact</div>',
        '<div role="search">Search</div>',
        '<a href="#main">Skip to main content</a>',
        '<div aria-label="Breadcrumb">Home / Minutes</div>',
        '<div class="site-menu">Menu</div>',
        '<div id="leftSidebar">Side</div>',
        '<ul class="breadcrumbs"><li>Home</li></ul>',
        '<div class="social-share">Tweet</div>',
        '<div id="cookie-notice">Cookies</div>',
        '<div class="toolbar">Tools</div>',
        '<div class="topnav">Top</div>',
        '<div class="site-header">ISD</div>',
    ],
)
def test_furniture_is_removed(furniture):
    assert texts(f"<body>{furniture}<p>The minutes.</p></body>") == ["The minutes."]


def test_an_element_holding_the_main_content_is_kept_whatever_its_class():
    markup = '<div class="sidebar-layout"><main><p>The minutes.</p></main></div><nav>x</nav>'
    assert texts(markup) == ["The minutes."]


def test_a_furniture_class_on_the_element_holding_most_text_does_not_remove_it():
    words = "The minutes say a great deal. " * 20
    assert texts(f'<div class="menu-page"><p>{words}</p></div><p>Short</p>') == [
        words.strip(),
        "Short",
    ]


def test_an_article_header_is_the_articles_own():
    markup = "<article><header><h1>Minutes</h1></header><p>Text of the minutes.</p></article>"
    assert texts(markup) == ["Minutes", "Text of the minutes."]


def test_only_the_main_content_is_read_when_it_has_real_text():
    markup = "<div><p>Site intro text</p></div><main><p>The minutes, at length.</p></main>"
    assert texts(markup) == ["The minutes, at length."]


def test_a_stub_main_does_not_hide_the_page():
    body = "<p>" + "The minutes, at great length. " * 10 + "</p>"
    assert len(texts(f"<main><p>Hi</p></main>{body}")) == 2


def test_ordered_lists_number_their_items_as_a_browser_does():
    blocks = read('<ol start="3"><li>a</li><li value="9">b</li><li>c</li></ol>').blocks
    assert [(b.kind, b.marker, b.text, b.level) for b in blocks] == [
        (BlockKind.LIST_ITEM, "3.", "3. a", 1),
        (BlockKind.LIST_ITEM, "9.", "9. b", 1),
        (BlockKind.LIST_ITEM, "10.", "10. c", 1),
    ]


def test_nested_lists_are_deeper():
    blocks = read("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>").blocks
    assert [(b.text, b.level, b.marker) for b in blocks] == [
        ("a", 1, ""),
        ("b", 2, ""),
        ("c", 1, ""),
    ]


def test_bold_at_the_start_is_the_bold_lead_and_whole_bold_is_bold():
    first, second, third = read(
        "<p><strong>THE CHAIR:</strong> Order.</p>"
        '<p><span style="font-weight:700">Ms. Ng</span></p>'
        "<p>Plain <b>then bold</b></p>"
    ).blocks
    assert (first.bold_lead, first.bold) == ("THE CHAIR:", False)
    assert (second.bold_lead, second.bold) == ("Ms. Ng", True)
    assert (third.bold_lead, third.bold) == ("", False)


def test_line_breaks_entities_and_white_space():
    assert texts("<p>A&amp;B  said\n  this<br/>and&nbsp;that</p>") == ["A&B said this\nand that"]


def test_data_table_rows_have_cells_and_layout_tables_do_not():
    rows = read("<table><tr><td>A</td><td>B <i>c</i></td></tr></table>").blocks
    assert [(b.kind, b.cells, b.text) for b in rows] == [
        (BlockKind.TABLE_ROW, ("A", "B c"), "A | B c")
    ]
    layout = read("<table><tr><td><p>One</p><p>Two</p></td><td><p>Menu</p></td></tr></table>")
    assert [(b.kind, b.text) for b in layout.blocks] == [
        (BlockKind.PARAGRAPH, "One"),
        (BlockKind.PARAGRAPH, "Two"),
        (BlockKind.PARAGRAPH, "Menu"),
    ]
    word = read("<table><tr><td><p>Ms. Ng</p></td><td><p>Chair</p></td></tr></table>").blocks
    assert [(b.kind, b.cells) for b in word] == [(BlockKind.TABLE_ROW, ("Ms. Ng", "Chair"))]


def test_places_count_blocks():
    blocks = read("<h1>T</h1><p>a</p><ul><li>b</li></ul>").blocks
    assert [b.place for b in blocks] == [Place(paragraph=n) for n in (1, 2, 3)]


def test_title_and_address_come_from_the_page_or_its_open_graph_tags():
    document = read(
        '<head><meta property="og:title" content="OG title">'
        '<meta property="og:url" content="https://x.example/m"></head><p>x</p>'
    )
    assert (document.title, document.source_url) == ("OG title", "https://x.example/m")


def test_a_declared_charset_is_honoured():
    data = '<meta charset="windows-1252"><p>Procès-verbal \u2013 €</p>'.encode("cp1252")
    (block,) = read_html(data=data, name="p.html").blocks
    assert block.text == "Procès-verbal \u2013 €"


def test_a_page_of_only_navigation_is_an_error_naming_the_file():
    markup = "<header><nav><a href='/'>Home</a></nav></header><footer>Copyright</footer>"
    with pytest.raises(DocumentError, match=r"^nav\.html: no text once the page's navigation"):
        read_html(data=markup.encode(), name="nav.html")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_document_or_a_document_error(data):
    try:
        document = read_html(data=data, name="p.html")
    except DocumentError as error:
        assert str(error).startswith("p.html: ")
    else:
        assert all(block.text for block in document.blocks)


TAGS = [
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<li>",
    "<ol>",
    "</ol>",
    "<ul>",
    "<tr>",
    "<td>",
    "<table>",
    "<br>",
    "<h2>",
    "</h2>",
    "<nav>",
    "<main>",
    "<div class=menu>",
    "</div>",
    "&amp;",
    "x ",
    "\n",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TAGS), st.text(max_size=5)), max_size=60).map("".join))
def test_any_markup_gives_a_document_or_a_document_error(markup):
    try:
        document = read(markup)
    except DocumentError as error:
        assert str(error).startswith("p.html: ")
    else:
        for block in document.blocks:
            assert block.text
            assert block.text.startswith(block.bold_lead) or block.marker


def test_a_declared_weight_wins_over_the_tag_and_class_rules_count():
    first, second = read(
        "<style>.c3{font-weight:700}.c1{font-weight:400}</style>"
        '<b style="font-weight:normal"><p><span class="c3">Ms. Ng:</span>'
        '<span class="c1"> Yes.</span></p><p>Plain.</p></b>'
    ).blocks
    assert (first.bold_lead, first.bold, second.bold) == ("Ms. Ng:", False, False)
    (word,) = read("<p><b style='mso-bidi-font-weight:normal'>Present:</b> Ms. Ng</p>").blocks
    assert word.bold_lead == "Present:"


def test_an_empty_line_between_breaks_separates_paragraphs():
    assert texts("<div>One<br>still one<br><br>Two<br/> <br/>Three</div>") == [
        "One\nstill one",
        "Two",
        "Three",
    ]


def test_word_list_paragraphs_are_list_items_with_words_own_markers():
    ignore = "<span style='mso-list:Ignore'>{}<span>&nbsp;&nbsp; </span></span>"
    blocks = read(
        "<p class=MsoTitle>Minutes</p>"
        f"<p style='mso-list:l0 level1 lfo1'>{ignore.format('(a)')}First</p>"
        f"<p style='mso-list:l0 level2 lfo1'>{ignore.format('&middot;')}Under it</p>"
    ).blocks
    assert [(b.kind, b.text, b.marker, b.level) for b in blocks] == [
        (BlockKind.HEADING, "Minutes", "", 1),
        (BlockKind.LIST_ITEM, "(a) First", "(a)", 1),
        (BlockKind.LIST_ITEM, "Under it", "", 2),
    ]


def test_a_table_of_running_text_is_read_as_paragraphs():
    prose = "The committee discussed the matter at length and agreed " * 4
    rows = f"<tr><td>1</td><td>{prose}</td></tr><tr><td>2</td><td>Closed.</td></tr>"
    assert texts(f"<table>{rows}</table>") == ["1", prose.strip(), "2", "Closed."]


def test_a_list_item_of_several_paragraphs_is_the_item_then_its_paragraphs():
    blocks = read(
        "<ul><li><p>First point.</p><p>Its second paragraph.</p></li><li><p>Second.</p></li>"
        "<li>Plain item <b>bold</b></li></ul>"
    ).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.LIST_ITEM, "First point."),
        (BlockKind.PARAGRAPH, "Its second paragraph."),
        (BlockKind.LIST_ITEM, "Second."),
        (BlockKind.LIST_ITEM, "Plain item bold"),
    ]


def test_a_cell_of_several_paragraphs_keeps_them_apart_and_a_header_row_makes_data():
    long = " ".join(["word"] * 40)
    (header, row) = read(
        "<table><tr><td><p>Item</p></td><td><p>Discussion</p></td><td><p>Action</p></td></tr>"
        f"<tr><td><p>1. Budget</p></td><td><p>{long}.</p><p>Agreed.</p></td>"
        "<td><p>Ann to<br>write</p></td></tr></table>"
    ).blocks
    assert header.cells == ("Item", "Discussion", "Action")
    assert row.cells == ("1. Budget", f"{long}.\nAgreed.", "Ann to write")
    # Without a header row, a table of running text lays the page out: its paragraphs.
    laid_out = read(f"<table><tr><td><p>{long}.</p></td><td><p>Side note.</p></td></tr></table>")
    assert [b.kind for b in laid_out.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    # A first row of long cells is no header.
    sentences = "<tr><td>One two three four.</td><td>a</td><td>b</td></tr>"
    prose = read(f"<table>{sentences}<tr><td>{long}</td><td>c</td><td>d</td></tr></table>")
    assert BlockKind.TABLE_ROW not in {b.kind for b in prose.blocks}


def test_a_header_named_for_the_record_it_heads_is_the_records_own():
    found = texts(
        '<body><div class="site-header">District</div><div class="meeting-header">'
        '<div class="meeting-name">Regular Meeting</div><div>Tuesday, February 27, 2024</div>'
        '</div><p>The minutes.</p><div class="page-footer">Copyright</div></body>'
    )
    assert found == ["Regular Meeting", "Tuesday, February 27, 2024", "The minutes."]


@pytest.mark.parametrize(
    "margin",
    [
        '<div title="header"><p>Board of Directors (Part 1 - Public)</p></div>',
        '<div title="footer"><p>Page 1 of 2 - Minutes approved 4 August</p></div>',
        "<div style='mso-element:footer' id=f1><p class=MsoFooter>Registered charity</p></div>",
        "<div style='mso-element:footnote-list'><div id=ftn1><p>1 A footnote.</p></div></div>",
        '<div id="sdfootnote1"><p class="sdfootnote">1 A footnote.</p></div>',
    ],
)
def test_a_word_processors_page_header_footer_and_notes_are_furniture(margin):
    assert texts(f"<body>{margin}<p>Ms. Ng: Yes.</p>{margin}</body>") == ["Ms. Ng: Yes."]
    # A division titled otherwise, or an article's own header, is text.
    assert texts('<div title="Item 4"><p>Kept.</p></div>') == ["Kept."]


@pytest.mark.parametrize(
    "title",
    [
        '<p><font size="6" style="font-size: 26pt">Oakfield Primary School</font></p>',
        '<p><span style="font-size:22.0pt">Oakfield Primary School</span></p>',
        '<p style="font-size: 32px">Oakfield Primary School</p>',
    ],
)
def test_a_paragraph_all_in_title_sized_type_is_a_heading(title):
    first, second = read(f"{title}<p>Minutes, <span style='font-size:26pt'>big</span></p>").blocks
    assert (first.kind, first.level, first.text) == (
        BlockKind.HEADING,
        1,
        "Oakfield Primary School",
    )
    assert second.kind == BlockKind.PARAGRAPH


def test_a_form_wrapping_the_whole_page_is_the_page_and_a_small_form_is_furniture():
    # ASP.NET sites (Legistar, many councils') put the whole body in one form.
    words = "The committee met and adopted the agenda. " * 10
    page = (
        '<body><form id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="x">'
        f"<p>{words}</p><form><label>Search</label><button>Go</button></form></form></body>"
    )
    assert texts(page) == [words.strip()]


@pytest.mark.parametrize(
    "terms",
    [("Date", "Place"), ("When", "Where"), ("Date:", "Venue:"), ("Date", "Location")],
)
def test_a_sidebar_giving_the_meetings_date_and_place_is_the_records_own(terms):
    when, where = terms
    markup = (
        f'<body><aside class="details"><h2>Meeting details</h2><dl><dt>{when}</dt>'
        f"<dd>3 July 2019</dd><dt>{where}</dt><dd>Room XX, Palais des Nations</dd></dl></aside>"
        "<p>The minutes.</p></body>"
    )
    assert "Room XX, Palais des Nations" in texts(markup)


def test_a_sidebar_of_other_terms_is_furniture():
    markup = (
        "<body><aside><dl><dt>Date</dt><dd>3 July 2019</dd><dt>Share</dt><dd>Email</dd></dl>"
        "</aside><p>The minutes.</p></body>"
    )
    assert texts(markup) == ["The minutes."]
