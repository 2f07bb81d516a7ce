// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"
#include "tranche/Tranche.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;

namespace trd::core {
class TrancheManager;
}

namespace trd::ui {

class TrancheTableModel;

// Summary metrics for the selected symbol and side, and for the whole account: open, isolated
// and closed counts, unrealized and realized P&L, fees, funding (a part of realized), exposure,
// best entry and sync state.
// Open figures come from the engine; closed totals are kept incrementally (a history of 100,000
// tranches is summed once, at load).
class SummaryPanel : public QWidget
{
    Q_OBJECT
public:
    SummaryPanel(TrancheTableModel *model, core::TrancheManager *manager, QWidget *parent = nullptr);

    void setSelection(const QString &symbol, const QString &side);
    // The value tile's text, e.g. metricText(u"selection", u"open").
    QString metricText(const QString &scope, const QString &metric) const;
    // The worst sync state of the books of these symbols (every configured one when empty) and
    // sides (both when none): what the toolbar and the summary both show, so they agree.
    static core::SyncState worstSync(
        const core::TrancheManager *manager, const QString &symbol, std::optional<core::Side> side);
    using SyncLookup = std::function<core::SyncState(const QString &symbol, core::Side side)>;
    static core::SyncState worstSync(
        const SyncLookup &lookup, const QStringList &symbols, std::optional<core::Side> side);
    // Without a manager (a remote engine): the worst sync state of a selection, as the engine
    // reported its books.
    using WorstSync = std::function<core::SyncState(const QString &symbol, std::optional<core::Side> side)>;
    void setWorstSync(WorstSync worst)
    {
        m_worstSync = std::move(worst);
        scheduleRefresh();
    }

protected:
    // A theme switch: the P&L colours are the new theme's.
    void changeEvent(QEvent *event) override;

private:
    struct Closed
    {
        int count = 0;
        core::Decimal realized;
        core::Decimal fees;
        core::Decimal funding; // within realized
    };
    void rebuildClosed();
    void addClosed(const core::Tranche &tranche);
    void scheduleRefresh();
    void refresh();
    QWidget *makeCard(const QString &scope, const QString &title, QLabel **titleLabel);
    void setMetric(const QString &scope, const QString &metric, const QString &text, const QColor &color = {});

    TrancheTableModel *m_model;
    core::TrancheManager *m_manager;
    QString m_symbol;
    QString m_side;
    QHash<QString, Closed> m_closed; // key "SYMBOL|SIDE"
    QHash<QString, int> m_countedClosed; // tranche id → counted once
    QHash<QString, QLabel *> m_tiles;
    QLabel *m_selectionTitle = nullptr;
    QTimer m_refreshTimer;
    WorstSync m_worstSync;
};

} // namespace trd::ui
