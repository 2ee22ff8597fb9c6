"""Runs inside the QGIS desktop (qgis --code): records what the Data på karta plugin put into the
main window, opens its panel, takes a screenshot and quits QGIS.

The result file and screenshot paths come from the environment (DPK_RESULT, DPK_SCREENSHOT)."""

import json
import os
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QLabel, QTreeWidget
from qgis.utils import iface


def inspect_window():
    window = iface.mainWindow()
    found = {"loaded": False}
    dock = window.findChild(QDockWidget, "DataPaKartaDock")
    action = window.findChild(QAction, "DataPaKartaToggleAction")
    found["dock_exists"] = dock is not None
    found["action_exists"] = action is not None
    if dock is None or action is None:
        return found

    found["loaded"] = True
    # QGIS shows a newly added panel; the action must hide it and show it again.
    if not dock.isVisible():
        action.trigger()
        QgsApplication.processEvents()
    found["action_checked_when_shown"] = action.isChecked()
    action.trigger()
    QgsApplication.processEvents()
    found["hidden_by_action"] = not dock.isVisible()
    action.trigger()
    QgsApplication.processEvents()
    found["shown_by_action"] = dock.isVisible()
    found["floating"] = dock.isFloating()
    found["dock_area"] = int(window.dockWidgetArea(dock))
    found["title"] = dock.windowTitle()
    found["labels"] = {label.objectName(): label.text()
                       for label in dock.findChildren(QLabel) if label.objectName()}
    indicators = dock.findChild(QTreeWidget, "DataPaKartaIndicators")
    found["indicator_names"] = (
        [indicators.topLevelItem(i).text(0) for i in range(indicators.topLevelItemCount())]
        if indicators is not None else None)
    found["in_plugin_menu"] = any(
        action in menu_action.menu().actions()
        for menu_action in iface.pluginMenu().actions() if menu_action.menu())
    # The plugin's Processing provider is in the toolbox that the desktop's Processing uses.
    provider = QgsApplication.processingRegistry().providerById("datapakarta")
    found["processing_provider"] = provider.name() if provider is not None else None
    found["processing_algorithms"] = (
        sorted(algorithm.id() for algorithm in provider.algorithms())
        if provider is not None else None)
    window.resize(1280, 800)
    QgsApplication.processEvents()
    found["screenshot_saved"] = window.grab().save(os.environ["DPK_SCREENSHOT"])
    return found


def run():
    try:
        found = inspect_window()
    except Exception:  # the test runner reports whatever went wrong
        found = {"loaded": False, "error": traceback.format_exc()}
    with open(os.environ["DPK_RESULT"], "w", encoding="utf-8") as result:
        json.dump(found, result, ensure_ascii=False, indent=1)
    QTimer.singleShot(0, iface.actionExit().trigger)


QTimer.singleShot(2000, run)
