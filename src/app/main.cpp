// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"
#include "DeskApp.h"
#include "RemoteDeskApp.h"
#include "Screenshooter.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"TrancheDesk"_s);
    QApplication::setOrganizationName(u"TrancheDesk"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    const trd::app::AppOptions options = trd::app::AppOptions::parse(app);
    if (!options.dataDir.isEmpty()) {
        // Window layout and notification switches live beside the isolated store too.
        QDir().mkpath(options.dataDir);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, options.dataDir);
    }
    // Before any widget exists: the window is built in the language chosen in View → Language (the
    // desktop's by default), with numbers and dates in that locale.
    trd::ui::Language::apply();
    // --theme wins; without it, the choice made in View → Theme at the last run.
    trd::ui::Theme::apply(options.theme.isEmpty() ? trd::ui::Theme::saved() : options.theme);

    // --connect: a window onto a tranchedesk-engine; otherwise the window runs the engine itself.
    std::unique_ptr<trd::app::DeskApp> desk;
    std::unique_ptr<trd::app::RemoteDeskApp> remote;
    trd::core::Result<void> started;
    if (options.connectAddress.isEmpty()) {
        desk = std::make_unique<trd::app::DeskApp>(options);
        started = desk->start();
    } else {
        remote = std::make_unique<trd::app::RemoteDeskApp>(options);
        started = remote->start();
    }
    if (!started) {
        trd::ui::MessageBox::warning(nullptr, u"TrancheDesk"_s,
            QCoreApplication::translate("main", "TrancheDesk could not start:\n\n%1").arg(started.error().message));
        return 1;
    }
    std::unique_ptr<trd::app::Screenshooter> shooter;
    if (!options.screenshotDir.isEmpty()) {
        shooter = std::make_unique<trd::app::Screenshooter>(
            desk ? desk->window() : remote->window(), options.screenshotDir, options.screenshotAfterSeconds);
    }
    return QApplication::exec();
}
