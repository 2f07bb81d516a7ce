// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"
#include "DeskApp.h"
#include "Screenshooter.h"
#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>

using namespace Qt::Literals::StringLiterals;

namespace {

void applyTheme(const QString &theme)
{
    if (theme == u"system") {
        return; // Qt follows the desktop's palette (dark or light) through its platform theme
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (theme != u"dark") {
        return;
    }
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1b, 0x1d, 0x23));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xee));
    p.setColor(QPalette::Base, QColor(0x14, 0x16, 0x1b));
    p.setColor(QPalette::AlternateBase, QColor(0x1f, 0x22, 0x29));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xee));
    p.setColor(QPalette::Button, QColor(0x25, 0x28, 0x30));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x25, 0x28, 0x30));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xee));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6a, 0x6f, 0x78));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6a, 0x6f, 0x78));
    QApplication::setPalette(p);
}

} // namespace

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
    applyTheme(options.theme);

    trd::app::DeskApp desk(options);
    if (auto started = desk.start(); !started) {
        trd::ui::MessageBox::warning(
            nullptr, u"TrancheDesk"_s, u"TrancheDesk could not start:\n\n%1"_s.arg(started.error().message));
        return 1;
    }
    std::unique_ptr<trd::app::Screenshooter> shooter;
    if (!options.screenshotDir.isEmpty()) {
        shooter = std::make_unique<trd::app::Screenshooter>(
            desk.window(), options.screenshotDir, options.screenshotAfterSeconds);
    }
    return QApplication::exec();
}
