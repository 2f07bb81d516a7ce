// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace trd::ui {

// Every question and message of the application goes through here, so that tests answer the
// modal dialogs without a event loop of their own (KeePassXC's MessageBox::setNextAnswer).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // The next dialog returns this at once instead of showing itself (answers queue up in order).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last dialog asked or shown (for tests and the log).
    static QString lastText();

private:
    static QMessageBox::StandardButton run(QMessageBox::Icon icon, QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
};

} // namespace trd::ui
