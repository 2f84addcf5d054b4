#!/usr/bin/python3
"""Opens a project's layers in QGIS itself (headless, Debian's python3-qgis) and checks that the
default styles stored in the file are applied: firms categorised by sector, exchanges by status
with colour and width driven by material and quantity, firm names as labels.

Usage: qgis_style.py PROJECT.gpkg [MAP.png]
With MAP.png, renders both layers as QGIS would draw them, for a person to look at.
Exits non-zero with a message for every failed check.
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def main(path, png=None):
    app = QgsApplication([], False)
    app.initQgis()
    failures = []
    firms = QgsVectorLayer(f"{path}|layername=firms", "firms", "ogr")
    exchanges = QgsVectorLayer(f"{path}|layername=exchanges", "exchanges", "ogr")
    for layer in (firms, exchanges):
        if not layer.isValid():
            failures.append(f"QGIS cannot open layer {layer.name()}")
    if not failures:
        r = firms.renderer()
        if r.type() != "categorizedSymbol":
            failures.append(f"firms renderer is {r.type()}, not the stored categorised style")
        else:
            labels = [c.label() for c in r.categories()]
            if "Energy" not in labels or len(labels) < 8:
                failures.append(f"firm categories: {labels}")
            energy = next(c for c in r.categories() if c.label() == "Energy")
            if energy.symbol().color().name() != QColor(230, 159, 0).name():
                failures.append(f"Energy firms drawn in {energy.symbol().color().name()}")
        # Every firm gets a symbol, in its sector's colour (an expression QGIS cannot evaluate
        # would leave the firms undrawn).
        from qgis.core import QgsExpressionContextUtils, QgsRenderContext
        ctx = QgsRenderContext()
        ctx.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(firms))
        r.startRender(ctx, firms.fields())
        for feature in firms.getFeatures():
            ctx.expressionContext().setFeature(feature)
            symbol = r.symbolForFeature(feature, ctx)
            if symbol is None:
                failures.append(f"firm {feature['id']} (NACE {feature['nace']}) gets no symbol")
            elif str(feature["nace"]).startswith("35") and symbol.color().name() != QColor(230, 159, 0).name():
                failures.append(f"energy firm {feature['id']} drawn in {symbol.color().name()}")
        r.stopRender(ctx)
        if not firms.labelsEnabled() or firms.labeling() is None:
            failures.append("firm labels are off")
        elif firms.labeling().settings().fieldName != "name":
            failures.append(f"firms labelled by {firms.labeling().settings().fieldName}")
        r = exchanges.renderer()
        if r.type() != "categorizedSymbol" or r.classAttribute() != "status":
            failures.append(f"exchanges renderer is {r.type()} on {getattr(r, 'classAttribute', lambda: '')()}")
        else:
            cats = {c.value(): c for c in r.categories()}
            if set(cats) != {"candidate", "proposed", "agreed", "realised", "rejected", "ended"}:
                failures.append(f"exchange categories: {sorted(cats)}")
            layer = cats["realised"].symbol().symbolLayer(0)
            props = layer.dataDefinedProperties()
            keys = {layer.propertyDefinitions()[k].name() for k in props.propertyKeys() if props.property(k).isActive()}
            if not {"outlineColor", "outlineWidth"} <= keys:
                failures.append(f"exchange lines lack data-defined colour/width: {keys}")
            from qgis.PyQt.QtCore import Qt
            if cats["proposed"].symbol().symbolLayer(0).penStyle() != Qt.DashLine:
                failures.append("proposed exchanges are not dashed")
    if png and not failures:
        settings = QgsMapSettings()
        settings.setLayers([firms, exchanges])
        settings.setDestinationCrs(firms.crs())
        from qgis.core import QgsRectangle
        extent = firms.extent()
        if os.environ.get("QGIS_EXTENT"):  # west,south,east,north
            extent = QgsRectangle(*map(float, os.environ["QGIS_EXTENT"].split(",")))
        extent.scale(1.3)
        settings.setExtent(extent)
        settings.setOutputSize(QSize(1200, 800))
        settings.setBackgroundColor(QColor(255, 255, 255))
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        job.renderedImage().save(png, "png")
    for f in failures:
        print(f"FAIL {path}: {f}", file=sys.stderr)
    if not failures:
        print(f"ok {path}: QGIS applies the stored styles (firms by sector with labels, exchanges by status)")
    return 1 if failures else 0


if __name__ == "__main__":
    code = main(*sys.argv[1:3])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # skips Qt's teardown, which can crash headless after the checks are done
