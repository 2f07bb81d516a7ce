// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/FirstRunPanel.h"

#include "ui_FirstRunPanel.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {
const QString kDismissedKey = u"firstRun/dismissed"_s;
} // namespace

FirstRunPanel::FirstRunPanel(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::FirstRunPanel>())
{
    m_ui->setupUi(this);
    setObjectName(u"firstRunPanel"_s);
    // The palette's own colours, so it reads in the light and the dark theme alike.
    setStyleSheet(u"QFrame#firstRunPanel { background: palette(alternate-base); }"_s);
    connect(m_ui->firstRunDismiss, &QPushButton::clicked, this, [this] {
        setDismissed(true);
        hide();
    });
    setVisible(!isDismissed());
}

FirstRunPanel::~FirstRunPanel() = default;

bool FirstRunPanel::isDismissed()
{
    return QSettings().value(kDismissedKey, false).toBool();
}

void FirstRunPanel::setDismissed(bool dismissed)
{
    QSettings().setValue(kDismissedKey, dismissed);
}

} // namespace trd::ui
