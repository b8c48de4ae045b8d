"""A whole use of the program, run as a child process by test_no_network.py: create a profile,
edit it, save, print to PDF. Python-level socket use is refused by an audit hook as well."""

import os
import sys
from pathlib import Path

opened = []


def audit(event, args):
    if event in ("socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo"):
        family = args[1] if event == "socket.__new__" and len(args) > 1 else None
        if event != "socket.__new__" or family not in (1,):  # AF_UNIX is not the network
            opened.append((event, repr(args)[:120]))


sys.addaudithook(audit)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate  # noqa: E402

from shebao_desktop.app import create_app  # noqa: E402
from shebao_desktop.gui.history_cells import COLUMN_OF  # noqa: E402

out = Path(sys.argv[1])
app, window = create_app(["shebao-desktop"])
window.show()
window.new_profile()
window.person.name.setText("network check")
window.person.name.editingFinished.emit()
window.person.birth.setDate(QDate(1980, 5, 1))
window.history.model.insert_row(0)  # the first row: its amount is the person's to type
window.history.model.setData(window.history.model.index(0, COLUMN_OF["amount"]), "8000")
app.processEvents()
window.session.recompute()
window.session.save_now()
assert window.export_pdf(str(out / "summary.pdf")) is not None
window.data_actions.export_years(out / "years.xlsx")
window.close()
print("AUDIT", len(opened), opened[:3])
