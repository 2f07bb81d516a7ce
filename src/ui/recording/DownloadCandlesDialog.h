// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "session/DeskSession.h"

#include <QDialog>

#include <memory>

namespace trd::core {
class MarkStore;
}
namespace trd::exchange {
class AsterRestApi;
class KlineDownloader;
} // namespace trd::exchange

namespace Ui {
class DownloadCandlesDialog;
}

namespace trd::ui {

// Tools → Download candles… (issue 12 item 4): a symbol's 1-minute klines over a range into
// the store, for backtests, with progress and Cancel. LIVE downloads through the session's own
// REST client, so the weight budget it tracks covers these requests too. PAPER runs on the
// built-in demo market, which has no history: the configured REST address is asked only after
// the trader agrees.
class DownloadCandlesDialog : public QDialog
{
    Q_OBJECT
public:
    // LIVE: the session's client; null: a client of our own on the configured url.
    using Rest = DeskSession::PublicRest;

    DownloadCandlesDialog(core::MarkStore *store, const QStringList &symbols, Rest rest, QWidget *parent = nullptr);
    ~DownloadCandlesDialog() override;

    bool isDownloading() const;

protected:
    void reject() override;

private:
    void download();
    // The downloader over the session's client, or over one of ours once the trader agreed.
    exchange::KlineDownloader *downloader();
    void setRunning(bool isRunning);

    std::unique_ptr<Ui::DownloadCandlesDialog> m_ui;
    core::MarkStore *m_store;
    Rest m_rest;
    core::SystemClock m_clock;
    std::unique_ptr<exchange::RestClient> m_ownClient;
    std::unique_ptr<exchange::AsterRestApi> m_api;
    std::unique_ptr<exchange::KlineDownloader> m_downloader;
    bool m_isAgreed = false; // to download from the configured address in PAPER
};

} // namespace trd::ui
