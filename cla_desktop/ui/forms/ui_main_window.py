# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QSpacerItem, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionIssue = QAction(MainWindow)
        self.actionIssue.setObjectName(u"actionIssue")
        self.actionVerify = QAction(MainWindow)
        self.actionVerify.setObjectName(u"actionVerify")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionSearch = QAction(MainWindow)
        self.actionSearch.setObjectName(u"actionSearch")
        self.actionConstancias = QAction(MainWindow)
        self.actionConstancias.setObjectName(u"actionConstancias")
        self.actionConsultas = QAction(MainWindow)
        self.actionConsultas.setObjectName(u"actionConsultas")
        self.actionAdmin = QAction(MainWindow)
        self.actionAdmin.setObjectName(u"actionAdmin")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.central)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        QListWidgetItem(self.navigation)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(200, 0))
        self.navigation.setMaximumSize(QSize(220, 16777215))
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)

        self.centralLayout.addWidget(self.navigation)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")
        self.searchPage = QWidget()
        self.searchPage.setObjectName(u"searchPage")
        self.searchLayout = QVBoxLayout(self.searchPage)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLayout.setContentsMargins(0, 0, 0, 0)
        self.searchStack = QStackedWidget(self.searchPage)
        self.searchStack.setObjectName(u"searchStack")

        self.searchLayout.addWidget(self.searchStack)

        self.pages.addWidget(self.searchPage)
        self.constanciasPage = QWidget()
        self.constanciasPage.setObjectName(u"constanciasPage")
        self.constanciasLayout = QVBoxLayout(self.constanciasPage)
        self.constanciasLayout.setObjectName(u"constanciasLayout")
        self.pages.addWidget(self.constanciasPage)
        self.consultasPage = QWidget()
        self.consultasPage.setObjectName(u"consultasPage")
        self.consultasLayout = QVBoxLayout(self.consultasPage)
        self.consultasLayout.setObjectName(u"consultasLayout")
        self.consultasTitle = QLabel(self.consultasPage)
        self.consultasTitle.setObjectName(u"consultasTitle")

        self.consultasLayout.addWidget(self.consultasTitle)

        self.consultasHelp = QLabel(self.consultasPage)
        self.consultasHelp.setObjectName(u"consultasHelp")
        self.consultasHelp.setWordWrap(True)

        self.consultasLayout.addWidget(self.consultasHelp)

        self.consultasSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.consultasLayout.addItem(self.consultasSpacer)

        self.pages.addWidget(self.consultasPage)
        self.adminPage = QWidget()
        self.adminPage.setObjectName(u"adminPage")
        self.adminLayout = QVBoxLayout(self.adminPage)
        self.adminLayout.setObjectName(u"adminLayout")
        self.adminTitle = QLabel(self.adminPage)
        self.adminTitle.setObjectName(u"adminTitle")

        self.adminLayout.addWidget(self.adminTitle)

        self.adminHelp = QLabel(self.adminPage)
        self.adminHelp.setObjectName(u"adminHelp")
        self.adminHelp.setWordWrap(True)

        self.adminLayout.addWidget(self.adminHelp)

        self.adminSummary = QLabel(self.adminPage)
        self.adminSummary.setObjectName(u"adminSummary")
        self.adminSummary.setText(u"")
        self.adminSummary.setWordWrap(True)
        self.adminSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.adminLayout.addWidget(self.adminSummary)

        self.adminSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.adminLayout.addItem(self.adminSpacer)

        self.pages.addWidget(self.adminPage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuConstancia = QMenu(self.menubar)
        self.menuConstancia.setObjectName(u"menuConstancia")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuConstancia.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionFind)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionSearch)
        self.menuView.addAction(self.actionConstancias)
        self.menuView.addAction(self.actionConsultas)
        self.menuView.addAction(self.actionAdmin)
        self.menuConstancia.addAction(self.actionIssue)
        self.menuConstancia.addAction(self.actionVerify)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"CLA Escritorio", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Buscar estudiante", None))
#if QT_CONFIG(tooltip)
        self.actionFind.setToolTip(QCoreApplication.translate("MainWindow", u"Ir al cuadro de b\u00fasqueda (Ctrl+F o F3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionIssue.setText(QCoreApplication.translate("MainWindow", u"&Emitir constancia\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionIssue.setToolTip(QCoreApplication.translate("MainWindow", u"Emitir la constancia del estudiante abierto (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionIssue.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionVerify.setText(QCoreApplication.translate("MainWindow", u"&Verificar constancia", None))
#if QT_CONFIG(tooltip)
        self.actionVerify.setToolTip(QCoreApplication.translate("MainWindow", u"Verificar una constancia por su QR o c\u00f3digo (Ctrl+K)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionVerify.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+K", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Salir", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionSearch.setText(QCoreApplication.translate("MainWindow", u"&B\u00fasqueda", None))
#if QT_CONFIG(shortcut)
        self.actionSearch.setShortcut(QCoreApplication.translate("MainWindow", u"Alt+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionConstancias.setText(QCoreApplication.translate("MainWindow", u"&Constancias", None))
#if QT_CONFIG(shortcut)
        self.actionConstancias.setShortcut(QCoreApplication.translate("MainWindow", u"Alt+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionConsultas.setText(QCoreApplication.translate("MainWindow", u"C&onsultas", None))
#if QT_CONFIG(shortcut)
        self.actionConsultas.setShortcut(QCoreApplication.translate("MainWindow", u"Alt+3", None))
#endif // QT_CONFIG(shortcut)
        self.actionAdmin.setText(QCoreApplication.translate("MainWindow", u"&Administraci\u00f3n", None))
#if QT_CONFIG(shortcut)
        self.actionAdmin.setShortcut(QCoreApplication.translate("MainWindow", u"Alt+4", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Acerca de CLA Escritorio", None))
#if QT_CONFIG(shortcut)
        self.actionAbout.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)

        __sortingEnabled = self.navigation.isSortingEnabled()
        self.navigation.setSortingEnabled(False)
        ___qlistwidgetitem = self.navigation.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"B\u00fasqueda", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem.setToolTip(QCoreApplication.translate("MainWindow", u"Buscar estudiantes por DNI, c\u00f3digo o nombres (Alt+1)", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem1 = self.navigation.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Constancias", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem1.setToolTip(QCoreApplication.translate("MainWindow", u"Emitir, reimprimir y verificar constancias (Alt+2)", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem2 = self.navigation.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"Consultas", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem2.setToolTip(QCoreApplication.translate("MainWindow", u"Consultas enviadas a DIGE y su seguimiento (Alt+3)", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem3 = self.navigation.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"Administraci\u00f3n", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem3.setToolTip(QCoreApplication.translate("MainWindow", u"Oficina, usuarios, configuraci\u00f3n y reportes (Alt+4)", None))
#endif // QT_CONFIG(tooltip)
        self.navigation.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u00c1reas de trabajo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u00c1rea de trabajo actual", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchStack.setAccessibleName(QCoreApplication.translate("MainWindow", u"B\u00fasqueda y trayectoria", None))
#endif // QT_CONFIG(accessibility)
        self.consultasTitle.setText(QCoreApplication.translate("MainWindow", u"Consultas a DIGE", None))
        self.consultasHelp.setText(QCoreApplication.translate("MainWindow", u"Registro y seguimiento de las consultas enviadas al correo de soporte de DIGE.", None))
        self.adminTitle.setText(QCoreApplication.translate("MainWindow", u"Administraci\u00f3n", None))
        self.adminHelp.setText(QCoreApplication.translate("MainWindow", u"Datos de la oficina, base de datos y estad\u00edsticas.", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Archivo", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&Ver", None))
        self.menuConstancia.setTitle(QCoreApplication.translate("MainWindow", u"&Constancia", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"Ay&uda", None))
    # retranslateUi

