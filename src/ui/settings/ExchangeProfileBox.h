// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "live/ExchangeProfile.h"

#include <QGroupBox>

#include <memory>

namespace Ui {
class ExchangeProfileBox;
}

namespace trd::ui {

// Where LIVE trades: Aster's mainnet, its testnet (other hosts, V3 signatures for chain 714) or a
// custom URL (a proxy, a local fake exchange). Part of the LIVE keys dialog; the choice is
// remembered in the application's settings (hosts and chain id only, never a key) and applied
// the next time LIVE starts. A profile named on the command line (--exchange, --rest-url) wins.
class ExchangeProfileBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ExchangeProfileBox(QWidget *parent = nullptr);
    ~ExchangeProfileBox() override;

    void setProfile(const exchange::ExchangeProfile &profile);
    // What is chosen, or what is wrong with the custom fields.
    core::Result<exchange::ExchangeProfile> profile() const;
    // The remembered profile (mainnet when none); save() remembers the chosen one.
    void load();
    core::Result<void> save() const;

private:
    void update();

    std::unique_ptr<Ui::ExchangeProfileBox> m_ui;
};

} // namespace trd::ui
