"""A bare PySide6 window, frozen by bare_window.spec: the floor that TelRef's frozen cold start is compared with."""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare PySide6 window")
window.resize(1100, 720)
window.show()
if os.environ.get("TELREF_QUIT_WHEN_SHOWN"):
    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
