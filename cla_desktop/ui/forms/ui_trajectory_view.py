# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trajectory_view.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSplitter, QTabWidget, QVBoxLayout, QWidget)

class Ui_TrajectoryView(object):
    def setupUi(self, TrajectoryView):
        if not TrajectoryView.objectName():
            TrajectoryView.setObjectName(u"TrajectoryView")
        TrajectoryView.resize(1000, 700)
        self.layout = QVBoxLayout(TrajectoryView)
        self.layout.setObjectName(u"layout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(TrajectoryView)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.identityLayout = QVBoxLayout()
        self.identityLayout.setObjectName(u"identityLayout")
        self.nameLabel = QLabel(TrajectoryView)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.nameLabel)

        self.identityLabel = QLabel(TrajectoryView)
        self.identityLabel.setObjectName(u"identityLabel")
        self.identityLabel.setText(u"")
        self.identityLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.identityLabel)


        self.headerLayout.addLayout(self.identityLayout)


        self.layout.addLayout(self.headerLayout)

        self.splitter = QSplitter(TrajectoryView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.nivelTabs = QTabWidget(self.splitter)
        self.nivelTabs.setObjectName(u"nivelTabs")
        self.splitter.addWidget(self.nivelTabs)
        self.problemsBox = QGroupBox(self.splitter)
        self.problemsBox.setObjectName(u"problemsBox")
        self.problemsBoxLayout = QVBoxLayout(self.problemsBox)
        self.problemsBoxLayout.setObjectName(u"problemsBoxLayout")
        self.problemsScroll = QScrollArea(self.problemsBox)
        self.problemsScroll.setObjectName(u"problemsScroll")
        self.problemsScroll.setWidgetResizable(True)
        self.problemsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.problemsContainer = QWidget()
        self.problemsContainer.setObjectName(u"problemsContainer")
        self.problemsLayout = QVBoxLayout(self.problemsContainer)
        self.problemsLayout.setSpacing(4)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsScroll.setWidget(self.problemsContainer)

        self.problemsBoxLayout.addWidget(self.problemsScroll)

        self.splitter.addWidget(self.problemsBox)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(TrajectoryView)
    # setupUi

    def retranslateUi(self, TrajectoryView):
        self.backButton.setText(QCoreApplication.translate("TrajectoryView", u"\u2190 Volver", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("TrajectoryView", u"Volver a la b\u00fasqueda (Esc)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("TrajectoryView", u"Volver a la b\u00fasqueda", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameLabel.setAccessibleName(QCoreApplication.translate("TrajectoryView", u"Apellidos y nombres", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.identityLabel.setAccessibleName(QCoreApplication.translate("TrajectoryView", u"Documento, c\u00f3digo y fecha de nacimiento", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nivelTabs.setAccessibleName(QCoreApplication.translate("TrajectoryView", u"Trayectoria por nivel", None))
#endif // QT_CONFIG(accessibility)
        self.problemsBox.setTitle(QCoreApplication.translate("TrajectoryView", u"A revisar", None))
#if QT_CONFIG(accessibility)
        self.problemsBox.setAccessibleName(QCoreApplication.translate("TrajectoryView", u"Problemas detectados", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

