"""What a label carries in brackets: the holder of an office, an affiliation, a note of delivery."""

import pytest

from intake.interpreter.label_brackets import brackets, honorific_in_brackets


@pytest.mark.parametrize(
    "label, rest, inner, affiliation",
    [
        ("The Chair (Mr. John Smith (Toronto, Lib.))", "The Chair", "Mr. John Smith",
         "Toronto, Lib."),
        ("The Minister for Transport (Ms Naledi Forsyth)", "The Minister for Transport",
         "Ms Naledi Forsyth", ""),
        ("Mr. Ruiz (Chile) (spoke in Spanish)", "Mr. Ruiz", "", "Chile"),
        ("The President (RO)", "The President", "", "RO"),
        ("Ms. Lee (via video)", "Ms. Lee", "", ""),
    ],
)  # fmt: skip
def test_brackets_give_the_holder_the_affiliation_or_nothing(label, rest, inner, affiliation):
    assert brackets(label) == (rest, inner, affiliation)


@pytest.mark.parametrize(
    "label, plain",
    [
        ("DR. (SHRIMATI) KAVITA NAIR", "DR. KAVITA NAIR"),
        ("Mr (Dr) Ravi Menon", "Mr Ravi Menon"),
        ("Ann Lee (Chair)", "Ann Lee (Chair)"),
    ],
)
def test_an_honorific_in_brackets_is_set_free(label, plain):
    assert honorific_in_brackets(label) == plain
