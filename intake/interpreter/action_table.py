"""Action minutes in a table (Item | Discussion | Action | Owner | Due): the item cell heads a
section, each paragraph of the discussion cell is a statement, each paragraph of the action
cell a procedural action record; owner, due date and status are not statements."""

import re
from dataclasses import replace

from intake.readers.blocks import BlockKind

from .attendance_headings import attendance_heading
from .motions import DECISION_WORDED
from .record import StatementDraft
from .units import Unit

_COLUMNS = {
    "item": re.compile(r"^(?:agenda\s+)?(?:item|topic|subject|no\.?|#)s?$", re.IGNORECASE),
    "discussion": re.compile(
        r"^(?:discussion|notes?|summary|minutes?|comments?|details?|report|update|action text)s?$",
        re.I,
    ),
    "action": re.compile(
        r"^(?:actions?|action items?|decisions?(?:\s*/\s*actions?)?|next steps|outcomes?)$", re.I
    ),
    "owner": re.compile(r"^(?:owner|responsible|who|lead|by whom|assigned to|person)s?$", re.I),
    "due": re.compile(r"^(?:due|deadline|by when|when|date|due date|target date|status)$", re.I),
}
_DECIDED = re.compile(r"^(?:decision|decided|action|agreed)\s*[:\u2013\u2014-]", re.I)
_EMPTY = re.compile(r"^[\s\u2013\u2014\-\u2012.n/a]*$", re.IGNORECASE)
# A comment's anchor exported with the text ('[a]', '[b]'): no part of what was recorded.
COMMENT_ANCHOR = re.compile(r"\[[a-z]{1,2}\]")


def action_columns(cells: tuple[str, ...]) -> dict[str, int]:
    """{'item': 0, 'discussion': 1, …} for an action table's header row, else {}."""
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        for column, pattern in _COLUMNS.items():
            if column not in found and pattern.match(cell.strip()):
                found[column] = i
                break
    wanted = "discussion" in found or "action" in found
    return found if wanted and len(found) >= 3 else {}


class ActionTableReading:
    """The reader's rule for action tables (a mixin of `turns.Reader`)."""

    def action_row(self, i: int, unit: Unit) -> bool:
        """A row of an action table, or its header; True when the row was read as one."""
        if unit.kind is not BlockKind.TABLE_ROW:
            self.action_table = {}
            return False
        header = action_columns(unit.cells)
        if header:
            self.action_table = header
            return True
        if not self.action_table:
            return False
        cells = unit.cells

        def cell(column: str) -> str:
            i = self.action_table.get(column)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        if cell("item") and not _EMPTY.match(cell("item")):
            self.record.new_panel(cell("item")[:300], "", unit)
        self.begin_body(None)
        roll = cell("discussion")
        if attendance_heading(roll.split("\n")[0]):
            # 'Roll Call | Present: 4 - Ann Lee, … / Excused: 1 - …': the roll, not a statement.
            lines = tuple(roll.split("\n"))
            as_text = replace(unit, kind=BlockKind.PARAGRAPH, text=roll, lines=lines, cells=())
            if self.attendance(i, as_text):
                return True
        for column, kind in (("discussion", "narrative"), ("action", "procedural")):
            for paragraph in cell(column).split("\n"):
                text = COMMENT_ANCHOR.sub("", paragraph).strip()
                if text and not _EMPTY.match(text):
                    # 'Decision: …' in the discussion: the record's own decision.
                    decided = _DECIDED.match(text) and not DECISION_WORDED.match(text)
                    said = "procedural" if decided else kind  # 'Agreed: to …' is the wording
                    self.record.panel.statements.append(StatementDraft(text, None, said, unit))
        return True
