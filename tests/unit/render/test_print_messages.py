"""Printing's refusals are Messages the print dialog translates; a page that cannot be
written says why in our words, never the system's strerror."""

from __future__ import annotations

import pytest

from zoneeditor.core.errors import WriteError
from zoneeditor.core.messages import Message
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.print_layout import PrintJob
from zoneeditor.render.print_map import PrintError
from zoneeditor.render.print_options import OptionError, PrintOptions


@pytest.fixture(scope="module")
def project():
    return read_project(sample_path())


def test_an_unknown_version_names_the_versions(qapp, project):
    with pytest.raises(PrintError) as caught:
        PrintJob(project, "Proposal Z", PrintOptions(show_basemap=False, diff_against=None))
    message = caught.value.message
    assert message.template == "no version %1 (versions: %2)"
    assert message.args[0] == "'Proposal Z'" and "agreed" in message.args[1]
    with pytest.raises(PrintError) as caught:
        PrintJob(project, "agreed", PrintOptions(show_basemap=False, diff_against="nope"))
    assert caught.value.message.template == "cannot compare: %1"


def test_options_out_of_range_are_messages_and_still_value_errors():
    with pytest.raises(ValueError) as caught:
        PrintOptions(dpi=5)
    assert isinstance(caught.value, OptionError)
    assert caught.value.message.template == "dpi %1 is outside 30 … 1200"
    assert caught.value.message.args == ("5",)
    with pytest.raises(OptionError) as caught:
        PrintOptions(paper="A9")
    assert caught.value.message.template == "unknown paper size %1 (choose from %2)"


def test_a_pdf_under_a_file_says_so(qapp, project, tmp_path):
    from zoneeditor.render.print_output import write_pdf

    blocker = tmp_path / "prints"
    blocker.write_text("a file, not a folder")
    job = PrintJob(project, "agreed", PrintOptions(show_basemap=False, diff_against=None))
    with pytest.raises(WriteError) as caught:
        write_pdf(job, blocker / "map.pdf")
    reason = caught.value.reason
    assert isinstance(reason, Message)
    assert reason.template == "%1 is a file, not a folder: choose another place; %2"
    assert "Not a directory" not in str(caught.value)
