"""Runs inside the QGIS desktop (qgis --code): makes the Stockholm map through the Data på karta
panel the way a user does, field by field, then records what landed in the project, saves a
screenshot of the styled map beside the panel, makes the map sheets and opens the one offered in
the layout designer, and quits QGIS. Along the way it saves a screenshot of each step for the
README beside DPK_SCREENSHOT: <name>-1-empty-panel.png, -2-filled-form.png, -3-map-and-summary.png,
-4-sheets-offered.png and -5-sheet-in-designer.png.

The environment gives the paths: DPK_RESULT (result file), DPK_SCREENSHOT, DPK_REALDATA (the shared
real data), DPK_API_BASE (the replay server's API address) and DPK_WORK (a scratch folder)."""

import json
import os
import time
import traceback

from qgis.PyQt import sip
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QEventLoop, Qt, QTimer
from qgis.PyQt.QtWidgets import (QComboBox, QDockWidget, QLineEdit, QListWidget, QPlainTextEdit,
                                 QPushButton, QScrollArea, QToolBox, QToolButton, QWidget)
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.utils import iface

EXPORT = ("skolverket-export/Grundskola - Slutbetyg årskurs 9, samtliga elever 2025 "
          "Skolenhet.csv")
AREAS = "areas/stockholm-stadsdelsomraden-2020/sdn_2020.shp"
INDICATORS = ["meritvarde", "alla_amnen", "behorig_yrkes"]
GROUP = "Stockholm 2024/25"
GEOPACKAGE_PROPERTY = "datapakarta/geopackage"


def wait_until(condition, timeout_s):
    """Lets QGIS work until condition() holds; returns whether it did within timeout_s."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        loop = QEventLoop()
        QTimer.singleShot(100, loop.quit)
        loop.exec_()
    return condition()


def child(parent, kind, name):
    # PyQt does not always know the class of a QGIS widget made in C++: it is found as a QWidget,
    # checked by its Qt class name and then cast.
    widget = parent.findChild(QWidget, name)
    if widget is None or not widget.inherits(kind.__name__):
        raise RuntimeError(f"the panel has no {kind.__name__} named {name}, found {widget!r}")
    return widget if isinstance(widget, kind) else sip.cast(widget, kind)


def fill_form(dock, realdata, api_base, work, areas):
    results_type = child(dock, QComboBox, "DataPaKartaResultsType")
    results_type.setCurrentIndex(results_type.findData("skolverket-export"))
    child(dock, QgsFileWidget, "DataPaKartaResultsFile").setFilePath(
        os.path.join(realdata, EXPORT))
    period = child(dock, QComboBox, "DataPaKartaPeriod")
    if not wait_until(lambda: period.findText("2024/25") >= 0, 30):
        raise RuntimeError("the panel did not offer the export's school year 2024/25")
    period.setCurrentIndex(period.findText("2024/25"))

    child(dock, QLineEdit, "DataPaKartaSchoolsUrl").setText(api_base)
    child(dock, QgsFileWidget, "DataPaKartaSchoolsCache").setFilePath(
        os.path.join(work, "cache"))
    child(dock, QLineEdit, "DataPaKartaMunicipality").setText("0180")
    indicators = child(dock, QListWidget, "DataPaKartaRunIndicators")
    for row in range(indicators.count()):
        item = indicators.item(row)
        item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in INDICATORS else Qt.Unchecked)
    child(dock, QgsMapLayerComboBox, "DataPaKartaAreaLayer").setLayer(areas)
    child(dock, QgsFieldComboBox, "DataPaKartaAreaCodeField").setField("Sdn_omarde")
    child(dock, QgsFieldComboBox, "DataPaKartaAreaNameField").setField("Sdn_omarde")
    child(dock, QgsFileWidget, "DataPaKartaOutput").setFilePath(
        os.path.join(work, "stockholm-2024-25.gpkg"))


def save_step(widget, number, name, found):
    """Saves a screenshot of widget as step number of the workflow, beside DPK_SCREENSHOT."""
    base, extension = os.path.splitext(os.environ["DPK_SCREENSHOT"])
    path = f"{base}-{number}-{name}{extension}"
    QgsApplication.processEvents()
    wait_until(lambda: False, 0.5)
    if widget.grab().save(path):
        found.setdefault("step_screenshots", []).append(os.path.basename(path))
    return path


def scroll_panel(dock, to_end):
    for scroll in child(dock, QToolBox, "DataPaKartaPages").findChildren(QScrollArea):
        bar = scroll.verticalScrollBar()
        bar.setValue(bar.maximum() if to_end else bar.minimum())


def make_sheets_and_open_one(dock, window, found):
    """Makes the map sheets, checks that the message bar offers them to the layout designer, and
    opens the first there."""
    child(dock, QPushButton, "DataPaKartaMakeSheets").click()
    found["sheet_layouts"] = len(QgsProject.instance().layoutManager().printLayouts())
    offer = iface.messageBar().findChild(QToolButton, "DataPaKartaOpenDesigner")
    found["sheets_offered"] = offer is not None
    save_step(window, 4, "sheets-offered", found)
    if offer is None:
        return
    offer.click()
    found["designer_opened"] = wait_until(lambda: len(iface.openLayoutDesigners()) > 0, 20)
    if not found["designer_opened"]:
        return
    designer = iface.openLayoutDesigners()[0]
    found["designer_layout"] = designer.masterLayout().name()
    designer_window = designer.window()
    designer_window.resize(1280, 800)
    wait_until(lambda: False, 2)
    save_step(designer_window, 5, "sheet-in-designer", found)
    designer.close()


def plugin_layers():
    return [layer for layer in QgsProject.instance().mapLayers().values()
            if layer.customProperty(GEOPACKAGE_PROPERTY)]


def show_one_indicator(group, areas):
    """Leaves the merit rating's areas and schools visible, so that the screenshot is legible."""
    for node in group.findLayers():
        layer = node.layer()
        node.setItemVisibilityChecked(
            layer.customProperty("datapakarta/indicator") == "meritvarde")
    QgsProject.instance().layerTreeRoot().findLayer(areas.id()).setItemVisibilityChecked(False)
    # The legend of the visible layers shows their classes, the hatched "why absent" ones too.
    view = iface.layerTreeView()
    view.setExpanded(view.node2index(group), True)
    for node in group.findLayers():
        view.setExpanded(view.node2index(node), node.isVisible())


def describe_layers(found):
    by_role = {}
    for layer in plugin_layers():
        role = layer.customProperty("datapakarta/role")
        by_role.setdefault(role, []).append(layer)
    found["layer_roles"] = {role: len(layers) for role, layers in by_role.items()}
    found["feature_counts"] = {
        f"{layer.customProperty('datapakarta/role')}:"
        f"{layer.customProperty('datapakarta/indicator') or '-'}": layer.featureCount()
        for layer in plugin_layers()}
    found["renderers"] = sorted({layer.renderer().type() for layer in plugin_layers()
                                 if layer.customProperty("datapakarta/role") != "unplaced"})
    found["crs"] = sorted({layer.crs().authid() for layer in plugin_layers() if layer.isSpatial()})


def make_map():
    realdata = os.environ["DPK_REALDATA"]
    work = os.environ["DPK_WORK"]
    window = iface.mainWindow()
    found = {"loaded": False}
    dock = window.findChild(QDockWidget, "DataPaKartaDock")
    if dock is None:
        return found
    found["loaded"] = True
    window.resize(1280, 800)
    # More room for the map: the browser panel plays no part here.
    browser = window.findChild(QDockWidget, "Browser")
    if browser is not None:
        browser.hide()
    dock.show()
    window.resizeDocks([dock], [440], Qt.Horizontal)
    child(dock, QToolBox, "DataPaKartaPages").setCurrentIndex(0)
    save_step(window, 1, "empty-panel", found)

    areas = QgsVectorLayer(os.path.join(realdata, AREAS), "Stadsdelsområden", "ogr")
    if not areas.isValid():
        raise RuntimeError(f"the area layer cannot be opened: {areas.source()}")
    QgsProject.instance().addMapLayer(areas)
    fill_form(dock, realdata, os.environ["DPK_API_BASE"], work, areas)
    scroll_panel(dock, to_end=False)
    save_step(window, 2, "filled-form", found)

    make = child(dock, QPushButton, "DataPaKartaMakeMap")
    summary = child(dock, QPlainTextEdit, "DataPaKartaSummary")
    started = time.monotonic()
    make.click()
    found["button_disabled_while_running"] = not make.isEnabled()
    found["finished"] = wait_until(lambda: make.isEnabled() and summary.toPlainText(), 120)
    found["seconds"] = round(time.monotonic() - started, 1)
    found["summary"] = summary.toPlainText()
    found["update_enabled"] = child(dock, QPushButton, "DataPaKartaUpdate").isEnabled()
    found["stored_run"] = json.loads(
        QgsProject.instance().readEntry("datapakarta", "/run")[0] or "null")

    group = QgsProject.instance().layerTreeRoot().findGroup(GROUP)
    found["group"] = group is not None
    found["layers_in_group"] = len(group.findLayers()) if group else 0
    describe_layers(found)
    if group is None:
        return found

    show_one_indicator(group, areas)
    # The summary sits below the form, at the end of the page.
    scroll_panel(dock, to_end=True)
    canvas = iface.mapCanvas()
    canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(areas, areas.extent()))
    canvas.zoomByFactor(1.05)
    canvas.refresh()
    QgsApplication.processEvents()
    canvas.waitWhileRendering()
    wait_until(lambda: False, 1)
    found["screenshot_saved"] = window.grab().save(os.environ["DPK_SCREENSHOT"])
    save_step(window, 3, "map-and-summary", found)
    make_sheets_and_open_one(dock, window, found)
    return found


def run():
    try:
        found = make_map()
    except Exception:  # the test runner reports whatever went wrong
        found = {"error": traceback.format_exc()}
    with open(os.environ["DPK_RESULT"], "w", encoding="utf-8") as result:
        json.dump(found, result, ensure_ascii=False, indent=1)
    # QGIS asks before closing a changed project, or one with layers in the temporary folder (the
    # GeoPackage is written to one): the project is closed here, without questions.
    QgsProject.instance().clear()
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(0, iface.actionExit().trigger)


QTimer.singleShot(2000, run)
