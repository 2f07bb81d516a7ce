// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class FirstRunPanel;
}

namespace trd::ui {

// The very first start explains itself once: a simulated market, where symbols are added, where
// LIVE is. Dismissed for good with "Got it" (remembered in QSettings).
class FirstRunPanel : public QFrame
{
    Q_OBJECT
public:
    explicit FirstRunPanel(QWidget *parent = nullptr);
    ~FirstRunPanel() override;

    static bool isDismissed();
    static void setDismissed(bool dismissed);

private:
    std::unique_ptr<Ui::FirstRunPanel> m_ui;
};

} // namespace trd::ui
