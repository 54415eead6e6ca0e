# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trust_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TrustView(object):
    def setupUi(self, TrustView):
        if not TrustView.objectName():
            TrustView.setObjectName(u"TrustView")
        self.layout = QVBoxLayout(TrustView)
        self.layout.setObjectName(u"layout")
        self.statusLabel = QLabel(TrustView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.table = QTableWidget(TrustView)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.layout.addWidget(self.table)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.importButton = QPushButton(TrustView)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.publishButton = QPushButton(TrustView)
        self.publishButton.setObjectName(u"publishButton")

        self.buttonRow.addWidget(self.publishButton)

        self.verifierButton = QPushButton(TrustView)
        self.verifierButton.setObjectName(u"verifierButton")

        self.buttonRow.addWidget(self.verifierButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(TrustView)
    # setupUi

    def retranslateUi(self, TrustView):
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("TrustView", u"Estado de la lista de confianza", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("TrustView", u"Claves de firma de confianza", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("TrustView", u"&Importar lista de confianza\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("TrustView", u"La lista firmada que publica su DRE (o la de una UGEL, si usted es la DRE)", None))
#endif // QT_CONFIG(tooltip)
        self.publishButton.setText(QCoreApplication.translate("TrustView", u"&Publicar la lista de esta oficina\u2026", None))
#if QT_CONFIG(tooltip)
        self.publishButton.setToolTip(QCoreApplication.translate("TrustView", u"Guarda las claves de confianza de esta oficina, firmadas, para enviarlas a la DRE o a las UGEL", None))
#endif // QT_CONFIG(tooltip)
        self.verifierButton.setText(QCoreApplication.translate("TrustView", u"Guardar el &verificador sin internet\u2026", None))
#if QT_CONFIG(tooltip)
        self.verifierButton.setToolTip(QCoreApplication.translate("TrustView", u"Una p\u00e1gina HTML que verifica constancias en cualquier navegador, sin internet", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

