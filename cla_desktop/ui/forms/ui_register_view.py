# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_view.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RegisterView(object):
    def setupUi(self, RegisterView):
        if not RegisterView.objectName():
            RegisterView.setObjectName(u"RegisterView")
        RegisterView.resize(900, 500)
        self.layout = QVBoxLayout(RegisterView)
        self.layout.setObjectName(u"layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.sinceLabel = QLabel(RegisterView)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filters.addWidget(self.sinceLabel)

        self.sinceEdit = QDateEdit(RegisterView)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setCalendarPopup(True)
        self.sinceEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.filters.addWidget(self.sinceEdit)

        self.untilLabel = QLabel(RegisterView)
        self.untilLabel.setObjectName(u"untilLabel")

        self.filters.addWidget(self.untilLabel)

        self.untilEdit = QDateEdit(RegisterView)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)
        self.untilEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.filters.addWidget(self.untilEdit)

        self.clerkLabel = QLabel(RegisterView)
        self.clerkLabel.setObjectName(u"clerkLabel")

        self.filters.addWidget(self.clerkLabel)

        self.clerkEdit = QLineEdit(RegisterView)
        self.clerkEdit.setObjectName(u"clerkEdit")

        self.filters.addWidget(self.clerkEdit)

        self.stateLabel = QLabel(RegisterView)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filters.addWidget(self.stateLabel)

        self.stateCombo = QComboBox(RegisterView)
        self.stateCombo.setObjectName(u"stateCombo")

        self.filters.addWidget(self.stateCombo)

        self.refreshButton = QPushButton(RegisterView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filters.addWidget(self.refreshButton)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filtersSpacer)


        self.layout.addLayout(self.filters)

        self.table = QTableWidget(RegisterView)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.table)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.statusLabel = QLabel(RegisterView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.actions.addWidget(self.statusLabel)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)

        self.reprintButton = QPushButton(RegisterView)
        self.reprintButton.setObjectName(u"reprintButton")

        self.actions.addWidget(self.reprintButton)

        self.annulButton = QPushButton(RegisterView)
        self.annulButton.setObjectName(u"annulButton")

        self.actions.addWidget(self.annulButton)


        self.layout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.untilLabel.setBuddy(self.untilEdit)
        self.clerkLabel.setBuddy(self.clerkEdit)
        self.stateLabel.setBuddy(self.stateCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterView)
    # setupUi

    def retranslateUi(self, RegisterView):
        self.sinceLabel.setText(QCoreApplication.translate("RegisterView", u"&Desde:", None))
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("RegisterView", u"Desde la fecha", None))
#endif // QT_CONFIG(accessibility)
        self.untilLabel.setText(QCoreApplication.translate("RegisterView", u"&Hasta:", None))
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("RegisterView", u"Hasta la fecha", None))
#endif // QT_CONFIG(accessibility)
        self.clerkLabel.setText(QCoreApplication.translate("RegisterView", u"&Usuario:", None))
#if QT_CONFIG(accessibility)
        self.clerkEdit.setAccessibleName(QCoreApplication.translate("RegisterView", u"Usuario que emiti\u00f3", None))
#endif // QT_CONFIG(accessibility)
        self.clerkEdit.setPlaceholderText(QCoreApplication.translate("RegisterView", u"todos", None))
        self.stateLabel.setText(QCoreApplication.translate("RegisterView", u"&Estado:", None))
#if QT_CONFIG(accessibility)
        self.stateCombo.setAccessibleName(QCoreApplication.translate("RegisterView", u"Estado de la constancia", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("RegisterView", u"&Actualizar", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RegisterView", u"Constancias emitidas", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("RegisterView", u"Estado del registro", None))
#endif // QT_CONFIG(accessibility)
        self.reprintButton.setText(QCoreApplication.translate("RegisterView", u"&Reimprimir", None))
        self.annulButton.setText(QCoreApplication.translate("RegisterView", u"A&nular\u2026", None))
        pass
    # retranslateUi

