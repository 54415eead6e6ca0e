# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consulta_queue.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ConsultaQueue(object):
    def setupUi(self, ConsultaQueue):
        if not ConsultaQueue.objectName():
            ConsultaQueue.setObjectName(u"ConsultaQueue")
        ConsultaQueue.resize(900, 560)
        self.layout = QVBoxLayout(ConsultaQueue)
        self.layout.setObjectName(u"layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.stateLabel = QLabel(ConsultaQueue)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filters.addWidget(self.stateLabel)

        self.stateCombo = QComboBox(ConsultaQueue)
        self.stateCombo.setObjectName(u"stateCombo")

        self.filters.addWidget(self.stateCombo)

        self.countsLabel = QLabel(ConsultaQueue)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setText(u"")
        self.countsLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.countsLabel.sizePolicy().hasHeightForWidth())
        self.countsLabel.setSizePolicy(sizePolicy)

        self.filters.addWidget(self.countsLabel)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filtersSpacer)

        self.sendDraftButton = QPushButton(ConsultaQueue)
        self.sendDraftButton.setObjectName(u"sendDraftButton")

        self.filters.addWidget(self.sendDraftButton)

        self.sendButton = QPushButton(ConsultaQueue)
        self.sendButton.setObjectName(u"sendButton")

        self.filters.addWidget(self.sendButton)

        self.retryOneButton = QPushButton(ConsultaQueue)
        self.retryOneButton.setObjectName(u"retryOneButton")

        self.filters.addWidget(self.retryOneButton)

        self.retryButton = QPushButton(ConsultaQueue)
        self.retryButton.setObjectName(u"retryButton")

        self.filters.addWidget(self.retryButton)

        self.refreshButton = QPushButton(ConsultaQueue)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filters.addWidget(self.refreshButton)


        self.layout.addLayout(self.filters)

        self.splitter = QSplitter(ConsultaQueue)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.table = QTableWidget(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.table)
        self.detailEdit = QPlainTextEdit(self.splitter)
        self.detailEdit.setObjectName(u"detailEdit")
        self.detailEdit.setReadOnly(True)
        self.splitter.addWidget(self.detailEdit)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.stateLabel.setBuddy(self.stateCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsultaQueue)
    # setupUi

    def retranslateUi(self, ConsultaQueue):
        self.stateLabel.setText(QCoreApplication.translate("ConsultaQueue", u"&Estado:", None))
#if QT_CONFIG(accessibility)
        self.stateCombo.setAccessibleName(QCoreApplication.translate("ConsultaQueue", u"Filtro por estado", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countsLabel.setAccessibleName(QCoreApplication.translate("ConsultaQueue", u"Consultas por estado", None))
#endif // QT_CONFIG(accessibility)
        self.sendDraftButton.setText(QCoreApplication.translate("ConsultaQueue", u"Enviar &borrador a DIGE", None))
#if QT_CONFIG(tooltip)
        self.sendDraftButton.setToolTip(QCoreApplication.translate("ConsultaQueue", u"Poner en la cola de correo la consulta seleccionada (guardada como borrador)", None))
#endif // QT_CONFIG(tooltip)
        self.sendButton.setText(QCoreApplication.translate("ConsultaQueue", u"Enviar &ahora", None))
#if QT_CONFIG(tooltip)
        self.sendButton.setToolTip(QCoreApplication.translate("ConsultaQueue", u"Enviar ya lo que est\u00e1 en cola, sin esperar al env\u00edo autom\u00e1tico de cada minuto", None))
#endif // QT_CONFIG(tooltip)
        self.retryOneButton.setText(QCoreApplication.translate("ConsultaQueue", u"Rein&tentar", None))
#if QT_CONFIG(tooltip)
        self.retryOneButton.setToolTip(QCoreApplication.translate("ConsultaQueue", u"Reintentar la consulta seleccionada", None))
#endif // QT_CONFIG(tooltip)
        self.retryButton.setText(QCoreApplication.translate("ConsultaQueue", u"&Reintentar todos", None))
        self.refreshButton.setText(QCoreApplication.translate("ConsultaQueue", u"Act&ualizar", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ConsultaQueue", u"Consultas", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailEdit.setAccessibleName(QCoreApplication.translate("ConsultaQueue", u"Detalle de la consulta, historial y correo enviado", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

