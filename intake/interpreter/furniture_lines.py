"""The lines that are furniture wherever they stand, by what they say: links and page tools,
page numbers, a publisher's and a tool's notes, signature blocks, mailing-list footers."""

import re

WHOLE_LINE = [
    r"(?:back|return|go) to (?:the )?top(?: of (?:the )?page)?",
    r"top of (?:the )?page",
    r"(?:printable|print)(?: banner| version| this page| friendly(?: version)?| page)?",
    r"skip (?:to|navigation)\b.*",
    r"jump to (?:main )?(?:content|navigation)\b.*",
    r"(?:share|e-?mail|tweet|bookmark|print|save|download|cite|like|pin)"
    r"(?: (?:this|the)(?: page| article| story| item| meeting| transcript| document)?)?"
    r"(?: (?:on|via|by|to) [\w ]{1,20})?",
    r"(?:home|you are here)\s*[>\u203a\u00bb|/:].*",
    r"(?:©|\(c\)|copyright\b).{0,200}",
    r"(?:page )?last (?:updated|modified|reviewed)\b.{0,60}",
    r"(?:page )?\d{1,4}(?: (?:of|/) \d{1,4})?",
    r"[-\u2013\u2014\[(]*\s*page \d{1,4}(?: (?:of|/) \d{1,4})?\s*[-\u2013\u2014\])]*",
    r"[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]",
    r"(?:table of )?contents|in this (?:document|page|section)|on this page",
    r"(?:follow us|connect with us|subscribe|rss|sitemap|site map|privacy policy|terms of use"
    r"|accessibility|contact us|faqs?|related (?:links|content|articles|resources)|see also"
    r"|main menu|menu|search|navigation|breadcrumbs?|toggle navigation|more|close|open)\W*",
    r"(?:previous|next)(?: page| article| story| item| meeting)?\W*",
    r"\[(?:image|photo|graphic|video|logo|picture|figure)[^\]]*\]",
    r"(?:image|photo|logo|seal|banner|emblem|picture)(?: of|:)\s.{0,80}",
    r".{0,80}\s[-\u2013\u2014|]\s(?:great )?(?:seal|logo|banner|emblem|crest|icon|image|photo)",
    r"(?:watch|view|listen to|play|stream|see)(?: the| a)? (?:meeting|video|webcast|recording"
    r"|livestream|live stream|broadcast|audio|archived video|session|hearing|briefing)\b.{0,80}",
    r"(?:video|audio|webcast|recording)(?: of the (?:meeting|hearing|session|briefing))?"
    r"(?: \(.{0,40}\))?\s*[:|]?.{0,60}(?:youtube|vimeo|\.mp4|\.mp3|watch|play).{0,40}",
    r"(?:video|audio|webcast|recording|livestream)\W*",
    r"[\w.() -]{0,80}\.(?:jpe?g|png|gif|svg|webp|bmp|tiff?)(?: \(\d[^)]*\))?"
    r"(?:\s*[\u2014\u2013:|-]\s*.{0,120})?",  # a file name, and a caption after it
    r"download(?: the)? .{0,60}\((?:pdf|docx?|rtf|mp[34])[^)]*\)",
    # A link to a file with its size ('Printed minutes PDF 187 KB'), to a copy or a broadcast.
    r".{0,80}\b(?:pdf|docx?|xlsx?|rtf|mp[34]|csv)\s*,?\s*\d+(?:[.,]\d+)?\s*[kmg]i?b\b.{0,20}",
    r"(?:download|open|view)(?: as| the| in)? (?:pdf|word|docx?|rtf|printable)\b.{0,40}",
    r"(?:watch|listen|view)\s+(?:on|live|online|again)\b.{0,60}",
    r"-+ ?(?:original message|forwarded message) ?-+",
    r"[\W_]+",  # rules and separators: "* * *", "-----"
    r"(?:[-=_*]\s?){5,}[xX]?",  # a court reporter's caption box: '- - - - - - - x'
    # Status marks and the ends of releases.
    r"[\W_]*(?:draft(?: for (?:approval|discussion|comment))?|confidential|proof|unofficial|"
    r"provisional|uncorrected|for immediate release|embargoed\b.{0,60}|end|end of (?:the )?"
    r"(?:transcript|document|briefing|minutes|record)|media advisory|press release|-?30-?)[\W_]*",
    r".{0,80}\s[\u2014\u2013|-]\s(?:proof|draft|confidential|provisional|uncorrected)",
    # Notes of the tool or the publisher about the document itself.
    r"(?:irc log|minutes (?:manually )?(?:created|formatted|generated|produced)\b.{0,80}|"
    r"(?:generated|formatted|produced) by\b.{0,60}|ordered by .{0,80}to be (?:published|printed)"
    r".{0,40}|published (?:on|by)\b.{0,60}|volume \d+\b.{0,80}|questions? \d+\s*[-\u2013]\s*\d+)",
    # What a transcription or meeting tool prints about its recording: keywords, who started
    # the transcription, the recording's file name, duration and end.
    r"(?:summary\s+)?keywords?\b.{0,600}",
    r".{1,80}\s(?:started|stopped|ended|paused) (?:the )?(?:transcription|recording)",
    r".{0,160}(?:meeting recording|\d{8}_\d{6}).{0,60}",
    r".{0,80}\s[\u2022\u00b7|]\s*\d{1,2}:\d{2}(?::\d{2})?",
    r"(?:\d{1,2}h\s*)?\d{1,3}m(?:in)?\s*\d{1,2}s",
    r"(?:recording|transcription|transcript) (?:ended|stopped|started|began)\b.{0,40}",
    r"(?:auto-?generated|automatically generated|machine-generated) "
    r"(?:transcript|captions?)\b.{0,300}",
    r"transcribed by\b.{0,80}",
    # A comment exported with the document, after its anchor ('[a]Mads: 6 or 13 March?').
    r"\[[a-z]{1,2}\]\S.{0,600}",
    r"\[[a-z]{1,2}\]",
    # A closing signature block's first line.
    r"(?:certified (?:correct|true(?: copy)?)|respectfully submitted|signature|"
    r"approved as (?:a )?(?:correct|true) record)\b.{0,40}",
    r"signed(?:\s*[:,.(\u2026_-]|\s+(?:by|on behalf)\b|$).{0,40}",  # not 'Signed the lease
    r"(?:content |page |this page (?:was )?)?last (?:updated|modified|reviewed)\b.{0,60}",
    r"(?:e-?mail|send|forward)(?: this)?(?: (?:page|article))? to a (?:friend|colleague)|"
    r"e-?mail a (?:friend|colleague)|sign up for .{0,40}|follow us\b.{0,60}",
    r"(?:signed|signature)\b[\s.:_\u2026]*(?:\.{3,}|_{3,}|\u2026{2,}).{0,60}",  # 'Signed ……… Chair'
    r"contact(?: us| details| officer)?\s*:.{0,200}",  # the page's contact, not an attendee
    r"irc log\.?",
    # A footnote at the foot of a page, its mark set as a superscript ('¹ Faith and Practice …').
    r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+\s*\S.{0,300}",
    # A government printer's marks on a hearing: '[House Hearing, 116 Congress]', '[From the
    # U.S. Government Publishing Office]', '[all]', 'Serial No. 116-4', 'Printed for the use
    # of the Committee on …', '35-719 PDF  WASHINGTON : 2019', 'For sale by the …'.
    r"\[(?:house|senate|joint)\s+hearing\b[^\]]{0,60}\]|\[all\]",
    r"\[?(?:from the )?u\.?\s?s\.? government (?:publishing|printing) office\]?",
    r"serial no\.?\s*[\w-]+|printed for the use of\b.{0,160}|\d{2,3}-\d{3}\s+(?:pdf|cc)\b.{0,80}",
    r"for sale by the superintendent of documents\b.{0,400}",
    r"(?:[\w-]+\.)+(?:gov|org|com|net|edu|int|eu)(?:/\S*)?",  # a site's name on its own
    # A mailing list's footer: why the message came, how to stop it, the list's name.
    r"you (?:are receiving|received|have received|were sent) this (?:message|e-?mail|because)"
    r"\b.{0,300}",
    r"to (?:stop|unsubscribe from) (?:receiving )?(?:these|this|future|our) "
    r"(?:e-?mails?|messages?|list|mailings?)\b.{0,200}",
    r"[\w .'-]{1,60} mailing list",
    # A blog's or a wiki's chrome around the post: sharing, comments, the byline, page tools.
    r"share(?: this| on)?\s*:?|leave a (?:comment|reply)\W*",
    r"comments are (?:closed|turned off|disabled)\b.{0,60}",
    r"posted (?:on|in) .{1,60}\bby\b.{0,80}",
    r"edit (?:this|the) page(?: on [\w ]{1,20})?\W*|(?:back|return) to (?:the )?top\W*",
    r"(?:previous|next) (?:sitting|debate|day|section|post|entry)\W*",
    # A chat or meeting tool's events: reactions, pins, the call's length and end.
    r".{1,60} reacted to .{1,120} with \S{1,8}",
    r".{1,40} pinned a message to this channel\.?",
    r"(?:duration|meeting (?:ended|lasted) after)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?\W*",
    # An editor's note on the notes themselves.
    r"\[(?:notes?|minutes?)\s+(?:edited|taken|prepared|compiled|recorded|reviewed)\b[^\]]*\]",
    # A document's control marks: a UN document's distribution and language, a printer's
    # volume and issue, an ISSN, the date a page was printed.
    r"distr\.?\s*:\s*(?:general|limited|restricted)\b.{0,80}",
    r"original\s*:\s*[^\W\d_]+(?:\s*(?:and|/|,)\s*[^\W\d_]+)?\W*",
    r"vol(?:ume)?\.?\s*\d+,?\s+no\.?\s*\d+\W*",
    r"issn\s*:?\s*\d{4}-?\d{3}[\dx]\b.{0,300}",
    r"printed(?: on)?\s*:?\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b.{0,30}",
    # A publisher's legal footer and a press office's marks around a transcript.
    r"(?:legal notices?|disclaimer|cookie (?:policy|settings)|terms (?:and|&) conditions|"
    r"terms of service|imprint|impressum)\W*",
    r"disclaimer\s*:.{0,400}",
    r"(?:transcript\s+)?e\s?&\s?oe(?:\s+transcript)?\W*|ends",
    r"(?:media|press)\s+(?:contacts?|enquiries|inquiries|office)\s*:.{0,200}",
    r"subscribe (?:to|for) .{1,150}",
    # A link to a document, named with its format: 'SALGA submission (PDF)'.
    r".{1,80}\((?:pdf|docx?|xlsx?|pptx?|rtf|odt|mp[34]|csv)(?:,?\s*[\d.,]+\s*[kmg]i?b)?\)",
    # A tool's note on what it made: 'Generated from IRC by …', the machine transcript's caveat.
    r"generated (?:from|with|using|via) .{1,80}",
    r"(?:this )?(?:editable |automated |automatic )?transcript (?:was|is|has been) "
    r"(?:computer|automatically|machine|auto)[ -]?generated\b.{0,300}",
    # A closing signature block with a rule to sign on: 'Signed as a true record ….. Chair'.
    r"(?:signed|signature|certified|approved|confirmed)\b.{0,60}(?:\.{5,}|_{5,}|\u2026{3,}).{0,40}",
    # Markdown editors' marks: a generated contents, tags, abbreviations, a wiki's trail.
    r"\[\[?_?toc_?\]?\]|\$\{toc\}",
    r"(?:#(?!(?:start|end)meeting\b|topic\b|agreed\b|action\b|info\b|idea\b|link\b|chair\b)"
    r"[^\W\d_][\w/-]*\s*)+",
    r"\*\[[^\]]{1,40}\]:\s.{1,200}",
    r"(?:up|previous|prev|next|parent|back)\s*:\s*\[\[.{0,300}",
    # A page's own history and a tool's signature: 'Created by Ann Lee, last modified on …',
    # 'Created with Microsoft OneNote 2016.', 'Edited by mdelgado'.
    r"(?:created|made|written|exported|edited|modified|last modified|last edited) "
    r"(?:with|in|using|via|from|by) .{1,120}",
    r"published(?: on)?\s*:?\s*\d.{0,60}",
    r"produced by .{1,200}",
    # A wiki's labels, a page's slug, a static site's shortcode.
    r"labels?\s*:.{0,200}",
    r"(?-i:[a-z0-9]+(?:-[a-z0-9]+)+)",  # lower case only: not a "Vice-Chair" heading
    r"\{\{[<%].{0,200}[>%]\}\}|\{%.{0,200}%\}",
    # A mail's confidentiality notice and a distribution list.
    r"this (?:e-?mail|message)(?: and any (?:attachments?|files?)(?: transmitted with it)?)? "
    r"(?:(?:is|are|may be) (?:intended|confidential|privileged|strictly)|(?:may )?contains? "
    r"(?:confidential|privileged|proprietary)) .{0,400}",
    r"(?:copy|copies|distribution) to\s*:.{0,300}",
    # What an AI summary tool prints about itself.
    r"ai[- ]generated (?:content|summary|notes?|minutes)\b.{0,300}",
    r"please rate\b.{0,120}|was this (?:summary|page|article) (?:helpful|useful)\b.{0,60}",
]
FURNITURE_LINE = re.compile(rf"^(?:{'|'.join(WHOLE_LINE)})$", re.IGNORECASE)
