# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ReportsView(object):
    def setupUi(self, ReportsView):
        if not ReportsView.objectName():
            ReportsView.setObjectName(u"ReportsView")
        self.layout = QVBoxLayout(ReportsView)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.sinceEditLabel = QLabel(ReportsView)
        self.sinceEditLabel.setObjectName(u"sinceEditLabel")

        self.filterRow.addWidget(self.sinceEditLabel)

        self.sinceEdit = QDateEdit(ReportsView)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setCalendarPopup(True)
        self.sinceEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.filterRow.addWidget(self.sinceEdit)

        self.untilEditLabel = QLabel(ReportsView)
        self.untilEditLabel.setObjectName(u"untilEditLabel")

        self.filterRow.addWidget(self.untilEditLabel)

        self.untilEdit = QDateEdit(ReportsView)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)
        self.untilEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.filterRow.addWidget(self.untilEdit)

        self.refreshButton = QPushButton(ReportsView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterRow.addWidget(self.refreshButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.reportComboLabel = QLabel(ReportsView)
        self.reportComboLabel.setObjectName(u"reportComboLabel")

        self.filterRow.addWidget(self.reportComboLabel)

        self.reportCombo = QComboBox(ReportsView)
        self.reportCombo.setObjectName(u"reportCombo")
        self.reportCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reportCombo.setMinimumContentsLength(16)

        self.filterRow.addWidget(self.reportCombo)

        self.exportButton = QPushButton(ReportsView)
        self.exportButton.setObjectName(u"exportButton")

        self.filterRow.addWidget(self.exportButton)


        self.layout.addLayout(self.filterRow)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setObjectName(u"bodyRow")
        self.chartHost = QWidget(ReportsView)
        self.chartHost.setObjectName(u"chartHost")
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.bodyRow.addWidget(self.chartHost)

        self.table = QTableWidget(ReportsView)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.bodyRow.addWidget(self.table)

        self.bodyRow.setStretch(0, 2)
        self.bodyRow.setStretch(1, 1)

        self.layout.addLayout(self.bodyRow)

#if QT_CONFIG(shortcut)
        self.sinceEditLabel.setBuddy(self.sinceEdit)
        self.untilEditLabel.setBuddy(self.untilEdit)
        self.reportComboLabel.setBuddy(self.reportCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsView)
    # setupUi

    def retranslateUi(self, ReportsView):
        self.sinceEditLabel.setText(QCoreApplication.translate("ReportsView", u"&Desde:", None))
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("ReportsView", u"Desde la fecha", None))
#endif // QT_CONFIG(accessibility)
        self.untilEditLabel.setText(QCoreApplication.translate("ReportsView", u"&Hasta:", None))
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("ReportsView", u"Hasta la fecha", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("ReportsView", u"&Actualizar", None))
        self.reportComboLabel.setText(QCoreApplication.translate("ReportsView", u"&Reporte:", None))
#if QT_CONFIG(accessibility)
        self.reportCombo.setAccessibleName(QCoreApplication.translate("ReportsView", u"Reporte", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("ReportsView", u"&Exportar CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.chartHost.setAccessibleName(QCoreApplication.translate("ReportsView", u"Gr\u00e1fico", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ReportsView", u"Cifras del reporte", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

