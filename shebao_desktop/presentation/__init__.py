"""Every user-facing wording outside the widgets, Qt-free: message templates per code (zh/en)
and the formatters of money, percent, years, ages and phases. The CLI, the window and the PDF
all render through it (``messages.render``), so a code reads the same everywhere."""
