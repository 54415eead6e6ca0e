# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_view.ui'
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
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_SearchView(object):
    def setupUi(self, SearchView):
        if not SearchView.objectName():
            SearchView.setObjectName(u"SearchView")
        SearchView.resize(900, 600)
        self.layout = QVBoxLayout(SearchView)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(SearchView)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.queryEdit = QLineEdit(SearchView)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.queryEdit)

        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.birthYearLabel = QLabel(SearchView)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.filtersLayout.addWidget(self.birthYearLabel)

        self.birthYearSpin = QSpinBox(SearchView)
        self.birthYearSpin.setObjectName(u"birthYearSpin")
        self.birthYearSpin.setMinimum(1989)
        self.birthYearSpin.setMaximum(2030)
        self.birthYearSpin.setValue(1989)

        self.filtersLayout.addWidget(self.birthYearSpin)

        self.nivelLabel = QLabel(SearchView)
        self.nivelLabel.setObjectName(u"nivelLabel")

        self.filtersLayout.addWidget(self.nivelLabel)

        self.nivelCombo = QComboBox(SearchView)
        self.nivelCombo.addItem("")
        self.nivelCombo.addItem("")
        self.nivelCombo.addItem("")
        self.nivelCombo.addItem("")
        self.nivelCombo.setObjectName(u"nivelCombo")

        self.filtersLayout.addWidget(self.nivelCombo)

        self.yearLabel = QLabel(SearchView)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filtersLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(SearchView)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2008)
        self.yearSpin.setMaximum(2030)
        self.yearSpin.setValue(2008)

        self.filtersLayout.addWidget(self.yearSpin)

        self.schoolLabel = QLabel(SearchView)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.filtersLayout.addWidget(self.schoolLabel)

        self.schoolEdit = QLineEdit(SearchView)
        self.schoolEdit.setObjectName(u"schoolEdit")
        self.schoolEdit.setMaxLength(9)

        self.filtersLayout.addWidget(self.schoolEdit)

        self.ugelLabel = QLabel(SearchView)
        self.ugelLabel.setObjectName(u"ugelLabel")

        self.filtersLayout.addWidget(self.ugelLabel)

        self.ugelCombo = QComboBox(SearchView)
        self.ugelCombo.setObjectName(u"ugelCombo")
        self.ugelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ugelCombo.setMinimumContentsLength(12)

        self.filtersLayout.addWidget(self.ugelCombo)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)


        self.layout.addLayout(self.filtersLayout)

        self.resultsTable = QTableView(SearchView)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.resultsTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.resultsTable.setAlternatingRowColors(True)
        self.resultsTable.setWordWrap(False)

        self.layout.addWidget(self.resultsTable)

        self.statusLabel = QLabel(SearchView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.layout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.birthYearLabel.setBuddy(self.birthYearSpin)
        self.nivelLabel.setBuddy(self.nivelCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.schoolLabel.setBuddy(self.schoolEdit)
        self.ugelLabel.setBuddy(self.ugelCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SearchView)
    # setupUi

    def retranslateUi(self, SearchView):
        self.title.setText(QCoreApplication.translate("SearchView", u"B\u00fasqueda de estudiantes", None))
#if QT_CONFIG(accessibility)
        self.queryEdit.setAccessibleName(QCoreApplication.translate("SearchView", u"Buscar estudiante", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.queryEdit.setToolTip(QCoreApplication.translate("SearchView", u"DNI, c\u00f3digo del estudiante o nombres y apellidos en cualquier orden (Ctrl+F, F3). Intro abre la trayectoria.", None))
#endif // QT_CONFIG(tooltip)
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("SearchView", u"DNI, c\u00f3digo de estudiante o nombres y apellidos\u2026", None))
        self.birthYearLabel.setText(QCoreApplication.translate("SearchView", u"Naci&miento:", None))
#if QT_CONFIG(accessibility)
        self.birthYearSpin.setAccessibleName(QCoreApplication.translate("SearchView", u"Filtro por a\u00f1o de nacimiento", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.birthYearSpin.setToolTip(QCoreApplication.translate("SearchView", u"A\u00f1o de nacimiento del estudiante", None))
#endif // QT_CONFIG(tooltip)
        self.birthYearSpin.setSpecialValueText(QCoreApplication.translate("SearchView", u"Todos", None))
        self.nivelLabel.setText(QCoreApplication.translate("SearchView", u"&Nivel:", None))
        self.nivelCombo.setItemText(0, QCoreApplication.translate("SearchView", u"Todos", None))
        self.nivelCombo.setItemText(1, QCoreApplication.translate("SearchView", u"Inicial", None))
        self.nivelCombo.setItemText(2, QCoreApplication.translate("SearchView", u"Primaria", None))
        self.nivelCombo.setItemText(3, QCoreApplication.translate("SearchView", u"Secundaria", None))

#if QT_CONFIG(accessibility)
        self.nivelCombo.setAccessibleName(QCoreApplication.translate("SearchView", u"Filtro por nivel", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("SearchView", u"A\u00f1&o:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("SearchView", u"Filtro por a\u00f1o lectivo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("SearchView", u"A\u00f1o lectivo en que estuvo matriculado", None))
#endif // QT_CONFIG(tooltip)
        self.yearSpin.setSpecialValueText(QCoreApplication.translate("SearchView", u"Todos", None))
        self.schoolLabel.setText(QCoreApplication.translate("SearchView", u"&IE:", None))
#if QT_CONFIG(accessibility)
        self.schoolEdit.setAccessibleName(QCoreApplication.translate("SearchView", u"Filtro por c\u00f3digo modular de la IE", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.schoolEdit.setToolTip(QCoreApplication.translate("SearchView", u"C\u00f3digo modular de la instituci\u00f3n educativa (7 d\u00edgitos, con o sin anexo)", None))
#endif // QT_CONFIG(tooltip)
        self.schoolEdit.setPlaceholderText(QCoreApplication.translate("SearchView", u"0474494-0", None))
        self.ugelLabel.setText(QCoreApplication.translate("SearchView", u"U&GEL:", None))
#if QT_CONFIG(accessibility)
        self.ugelCombo.setAccessibleName(QCoreApplication.translate("SearchView", u"Filtro por UGEL", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsTable.setAccessibleName(QCoreApplication.translate("SearchView", u"Resultados de la b\u00fasqueda", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("SearchView", u"Estado de la b\u00fasqueda", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

