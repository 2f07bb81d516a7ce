// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recording/DownloadCandlesDialog.h"

#include "common/MessageBox.h"
#include "common/UiFormat.h"
#include "live/AsterRestApi.h"
#include "live/KlineDownloader.h"
#include "live/RestClient.h"
#include "ui_DownloadCandlesDialog.h"

#include <QDateTime>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

DownloadCandlesDialog::DownloadCandlesDialog(
    core::MarkStore *store, const QStringList &symbols, Rest rest, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DownloadCandlesDialog>())
    , m_store(store)
    , m_rest(std::move(rest))
{
    m_ui->setupUi(this);
    m_ui->symbolCombo->addItems(symbols);
    for (QDateTimeEdit *edit : { m_ui->fromEdit, m_ui->toEdit }) {
        edit->setTimeSpec(Qt::UTC);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_ui->toEdit->setDateTime(now);
    m_ui->fromEdit->setDateTime(now.addDays(-7));
    m_ui->sourceLabel->setText(m_rest.client
            ? tr("From %1, within the session's request budget.").arg(m_rest.url.toDisplayString())
            : tr("PAPER runs on the built-in demo market, which has no candle history: the candles come from %1 "
                 "(the configured REST address), after you agree.")
                  .arg(m_rest.url.toDisplayString()));
    connect(m_ui->downloadButton, &QPushButton::clicked, this, &DownloadCandlesDialog::download);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_downloader) {
            m_downloader->cancel();
        }
    });
}

DownloadCandlesDialog::~DownloadCandlesDialog()
{
    if (m_downloader) {
        m_downloader->cancel();
    }
}

bool DownloadCandlesDialog::isDownloading() const
{
    return m_downloader && m_downloader->isRunning();
}

void DownloadCandlesDialog::reject()
{
    // Closing stops the download: what it stored stays, and the next one resumes after it.
    if (m_downloader) {
        m_downloader->cancel();
    }
    QDialog::reject();
}

exchange::KlineDownloader *DownloadCandlesDialog::downloader()
{
    if (m_downloader) {
        return m_downloader.get();
    }
    exchange::RestClient *client = m_rest.client;
    if (!client) {
        if (!m_isAgreed) {
            const auto answer = MessageBox::question(this, tr("Download candles"),
                tr("PAPER has no exchange to ask: download the candles from %1?").arg(m_rest.url.toDisplayString()),
                QMessageBox::Yes | QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                return nullptr;
            }
            m_isAgreed = true;
        }
        m_ownClient = std::make_unique<exchange::RestClient>(m_rest.url, &m_clock);
        client = m_ownClient.get();
    }
    m_api = std::make_unique<exchange::AsterRestApi>(client);
    m_downloader = std::make_unique<exchange::KlineDownloader>(m_api.get(), m_store, &m_clock);
    connect(m_downloader.get(), &exchange::KlineDownloader::progressed, this,
        [this](qint64 done, qint64 total, qint64 candles) {
            m_ui->progressBar->setValue(int(std::min<qint64>(1000, done * 1000 / std::max<qint64>(1, total))));
            m_ui->statusLabel->setText(tr("%n candle(s) stored", nullptr, int(std::min<qint64>(candles, INT_MAX))));
        });
    connect(m_downloader.get(), &exchange::KlineDownloader::retrying, this, [this](int delayMs, const QString &reason) {
        m_ui->statusLabel->setText(
            tr("The exchange asked to slow down (%1): asking again in %2 s.").arg(reason).arg((delayMs + 999) / 1000));
    });
    connect(
        m_downloader.get(), &exchange::KlineDownloader::finished, this, [this](bool isComplete, const QString &error) {
            setRunning(false);
            if (isComplete) {
                m_ui->progressBar->setValue(1000);
                m_ui->statusLabel->setText(m_ui->statusLabel->text() + u" — "_s + tr("done."));
            } else if (error.isEmpty()) {
                m_ui->statusLabel->setText(m_ui->statusLabel->text() + u" — "_s
                    + tr("cancelled. Download again to resume after the last stored candle."));
            } else {
                m_ui->statusLabel->setText(error);
            }
        });
    return m_downloader.get();
}

void DownloadCandlesDialog::download()
{
    const QString symbol = m_ui->symbolCombo->currentText().trimmed().toUpper();
    const qint64 from = m_ui->fromEdit->dateTime().toMSecsSinceEpoch();
    const qint64 to = m_ui->toEdit->dateTime().toMSecsSinceEpoch();
    if (symbol.isEmpty()) {
        m_ui->statusLabel->setText(tr("Choose a symbol (e.g. BTCUSDT)."));
        return;
    }
    if (from >= to) {
        m_ui->statusLabel->setText(tr("The start must be before the end."));
        return;
    }
    exchange::KlineDownloader *d = downloader();
    if (!d) {
        m_ui->statusLabel->setText(tr("Nothing was downloaded."));
        return;
    }
    m_ui->statusLabel->setText(tr("Asking %1 for the candles of %2…").arg(m_rest.url.toDisplayString(), symbol));
    m_ui->progressBar->setValue(0);
    setRunning(true);
    d->start(symbol, from, to);
}

void DownloadCandlesDialog::setRunning(bool isRunning)
{
    m_ui->downloadButton->setEnabled(!isRunning);
    m_ui->cancelButton->setEnabled(isRunning);
    m_ui->symbolCombo->setEnabled(!isRunning);
    m_ui->fromEdit->setEnabled(!isRunning);
    m_ui->toEdit->setEnabled(!isRunning);
}

} // namespace trd::ui
