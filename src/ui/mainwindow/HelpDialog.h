// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace trd::ui {

// Help → User guide: the guide shipped as a resource, rendered from its Markdown.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    static QString guideText();

private:
    QTextBrowser *m_browser;
};

} // namespace trd::ui
