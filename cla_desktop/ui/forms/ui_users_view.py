# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_view.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_UsersView(object):
    def setupUi(self, UsersView):
        if not UsersView.objectName():
            UsersView.setObjectName(u"UsersView")
        self.layout = QVBoxLayout(UsersView)
        self.layout.setObjectName(u"layout")
        self.table = QTableWidget(UsersView)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.layout.addWidget(self.table)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(UsersView)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.roleButton = QPushButton(UsersView)
        self.roleButton.setObjectName(u"roleButton")

        self.buttonRow.addWidget(self.roleButton)

        self.resetButton = QPushButton(UsersView)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonRow.addWidget(self.resetButton)

        self.toggleButton = QPushButton(UsersView)
        self.toggleButton.setObjectName(u"toggleButton")

        self.buttonRow.addWidget(self.toggleButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(UsersView)
    # setupUi

    def retranslateUi(self, UsersView):
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("UsersView", u"Cuentas de usuario", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("UsersView", u"&Nueva cuenta\u2026", None))
        self.roleButton.setText(QCoreApplication.translate("UsersView", u"Cambiar &rol\u2026", None))
        self.resetButton.setText(QCoreApplication.translate("UsersView", u"&Restablecer contrase\u00f1a\u2026", None))
        self.toggleButton.setText(QCoreApplication.translate("UsersView", u"&Desactivar", None))
        pass
    # retranslateUi

