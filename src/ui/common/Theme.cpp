// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include "common/DeskStyle.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui::Theme {

namespace {

const QString kKey = u"view/theme"_s;

void setStyle(const QString &name)
{
    if (QStyle *base = QStyleFactory::create(name)) {
        QApplication::setStyle(new DeskStyle(base));
    }
}

struct Platform
{
    bool isCaptured = false;
    QString style;
    QPalette palette;
    QString current = u"system"_s;
};

Platform &platform()
{
    static Platform p;
    return p;
}

QPalette darkPalette()
{
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
    // Bevels and separators: shades of the window, not the light defaults.
    p.setColor(QPalette::Light, QColor(0x3a, 0x3e, 0x48));
    p.setColor(QPalette::Midlight, QColor(0x2e, 0x31, 0x39));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4f, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x0e, 0x0f, 0x12));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6a, 0x6f, 0x78));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6a, 0x6f, 0x78));
    return p;
}

// Fusion's light palette with the roles the app draws text in set to pass WCAG AA (4.5:1): the
// accent darker than Fusion's #308cc6, which carried white text at 3.7:1.
QPalette lightPalette(const QPalette &standard)
{
    QPalette p = standard;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, QColor(0x1b, 0x1d, 0x23));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::Text, QColor(0x1b, 0x1d, 0x23));
    p.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::ButtonText, QColor(0x1b, 0x1d, 0x23));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x5f, 0xbf));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x56, 0xb8));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, QColor(0x1b, 0x1d, 0x23));
    p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x66, 0x70));
    return p;
}

} // namespace

void apply(const QString &name)
{
    Platform &p = platform();
    if (!p.isCaptured) {
        p.isCaptured = true;
        p.style = QApplication::style() ? QApplication::style()->name() : QString();
        p.palette = QApplication::palette();
    }
    const QString theme = (name == u"dark" || name == u"light") ? name : u"system"_s;
    p.current = theme;
    if (theme == u"system") {
        if (!p.style.isEmpty()) {
            setStyle(p.style);
        }
        if (QApplication::palette() != p.palette) {
            QApplication::setPalette(p.palette);
        }
        return;
    }
    setStyle(u"Fusion"_s);
    QApplication::setPalette(theme == u"dark" ? darkPalette() : lightPalette(QApplication::style()->standardPalette()));
}

QString current()
{
    return platform().current;
}

QString saved()
{
    return QSettings().value(kKey, u"system"_s).toString();
}

void save(const QString &name)
{
    QSettings settings;
    settings.setValue(kKey, name);
}

} // namespace trd::ui::Theme
