// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPanel.h"

#include "common/UiFormat.h"
#include "tranche/TrancheManager.h"
#include "tranche/TrancheMath.h"
#include "tranches/TrancheTableModel.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

using core::Decimal;

namespace {

const QList<std::pair<QString, const char *>> kMetrics { { u"open"_s,
                                                             QT_TRANSLATE_NOOP("trd::ui::SummaryPanel", "Open") },
    { u"isolated"_s, QT_TRANSLATE_NOOP("trd::ui::SummaryPanel", "Isolated") },
    { u"closed"_s, QT_TRANSLATE_NOOP("trd::ui::SummaryPanel", "Closed") },
    { u"unrealized"_s, QT_TRANSLATE_NOOP("trd::ui::SummaryPanel", "Unrealized P&L") },
    { u"realized"_s, QT_TRANSLATE_NOOP("trd::ui::SummaryPanel", "Realized P&L") },
    { u"fees"_s, QT_TRANSLATE_NOOP("trd::ui::SummaryPanel", "Fees") },
    { u"funding"_s, QT_TRANSLATE_NOOP("trd::ui::SummaryPanel", "Funding") },
    { u"notional"_s, QT_TRANSLATE_NOOP("trd::ui::SummaryPanel", "Exposure (notional)") },
    { u"margin"_s, QT_TRANSLATE_NOOP("trd::ui::SummaryPanel", "Margin used") },
    { u"best"_s, QT_TRANSLATE_NOOP("trd::ui::SummaryPanel", "Best entry") },
    { u"sync"_s, QT_TRANSLATE_NOOP("trd::ui::SummaryPanel", "Sync") } };

// Two rows of tiles: a third would cost the tables their height on a 768-pixel screen.
constexpr int kMetricsPerRow = 6;

QString key(const QString &symbol, core::Side side)
{
    return symbol + u'|' + core::toString(side);
}

int syncRank(core::SyncState state)
{
    switch (state) {
    case core::SyncState::Unknown:
        return 0; // no information yet: any known state says more
    case core::SyncState::Synced:
        return 1;
    case core::SyncState::Drift:
        return 2;
    case core::SyncState::Conflict:
        return 3;
    }
    return 0;
}

} // namespace

SummaryPanel::SummaryPanel(TrancheTableModel *model, core::TrancheManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_manager(manager)
{
    setObjectName(u"summaryPanel"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(10);
    layout->addWidget(makeCard(u"selection"_s, tr("Selection"), &m_selectionTitle), 1);
    layout->addWidget(makeCard(u"account"_s, tr("Whole account"), nullptr), 1);

    m_refreshTimer.setInterval(300);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SummaryPanel::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        rebuildClosed();
        scheduleRefresh();
    });
    connect(m_model, &TrancheTableModel::refreshed, this, &SummaryPanel::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SummaryPanel::scheduleRefresh);
    const auto countRows = [this](int first, int last) {
        for (int row = first; row <= last; ++row) {
            addClosed(m_model->tranche(row));
        }
    };
    connect(m_model, &TrancheTableModel::historyRowsLoaded, this, countRows);
    if (m_manager) {
        connect(m_manager, &core::TrancheManager::trancheClosed, this, [this](const core::Tranche &t) {
            addClosed(t);
            scheduleRefresh();
        });
        connect(m_manager, &core::TrancheManager::syncStateChanged, this, &SummaryPanel::scheduleRefresh);
    } else {
        // A remote engine: its closes arrive as rows inserted or changed, each counted once as it
        // comes (recounting 100,000 closed rows on every refresh stalled the window).
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [countRows](const QModelIndex &, int first, int last) { countRows(first, last); });
        connect(m_model, &QAbstractItemModel::dataChanged, this,
            [countRows](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                countRows(topLeft.row(), bottomRight.row());
            });
    }
    rebuildClosed();
    refresh();
}

void SummaryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        scheduleRefresh();
    }
}

QWidget *SummaryPanel::makeCard(const QString &scope, const QString &title, QLabel **titleLabel)
{
    auto *card = new QFrame(this);
    card->setObjectName(u"summaryCard_"_s + scope);
    card->setFrameShape(QFrame::StyledPanel);
    auto *outer = new QVBoxLayout(card);
    outer->setContentsMargins(10, 6, 10, 8);
    auto *heading = new QLabel(title, card);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    outer->addWidget(heading);
    if (titleLabel) {
        *titleLabel = heading;
    }
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < kMetrics.size(); ++i) {
        const auto &[metric, label] = kMetrics[i];
        auto *caption = new QLabel(tr(label), card);
        QFont small = caption->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        caption->setFont(small);
        // The window's text colour: a disabled label's grey read at 1.55:1 on the light theme.
        caption->setObjectName(u"caption_%1_%2"_s.arg(scope, metric));
        auto *value = new QLabel(u"—"_s, card);
        value->setObjectName(u"metric_%1_%2"_s.arg(scope, metric));
        if (metric == u"funding") {
            value->setToolTip(tr("Funding received (+) or paid (−) every 8 h while tranches are open; already "
                                 "counted in Realized P&L."));
        }
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.25);
        big.setBold(true);
        value->setFont(big);
        const int column = i % kMetricsPerRow;
        const int row = (i / kMetricsPerRow) * 2;
        grid->addWidget(caption, row, column);
        grid->addWidget(value, row + 1, column);
        m_tiles.insert(scope + u'/' + metric, value);
    }
    outer->addLayout(grid);
    return card;
}

void SummaryPanel::setSelection(const QString &symbol, const QString &side)
{
    m_symbol = symbol;
    m_side = side;
    refresh();
}

core::SyncState SummaryPanel::worstSync(
    const core::TrancheManager *manager, const QString &symbol, std::optional<core::Side> side)
{
    if (!manager) {
        return core::SyncState::Unknown;
    }
    const QStringList symbols = symbol.isEmpty() ? manager->config().symbols.keys() : QStringList { symbol };
    return worstSync(
        [manager](const QString &name, core::Side s) { return manager->syncState(name, s); }, symbols, side);
}

core::SyncState SummaryPanel::worstSync(
    const SyncLookup &lookup, const QStringList &symbols, std::optional<core::Side> side)
{
    core::SyncState worst = core::SyncState::Unknown;
    for (const QString &name : symbols) {
        for (core::Side s : { core::Side::Long, core::Side::Short }) {
            if (side && *side != s) {
                continue;
            }
            const auto state = lookup(name, s);
            if (syncRank(state) > syncRank(worst)) {
                worst = state;
            }
        }
    }
    return worst;
}

QString SummaryPanel::metricText(const QString &scope, const QString &metric) const
{
    const QLabel *label = m_tiles.value(scope + u'/' + metric);
    return label ? label->text() : QString();
}

void SummaryPanel::setMetric(const QString &scope, const QString &metric, const QString &text, const QColor &color)
{
    QLabel *label = m_tiles.value(scope + u'/' + metric);
    if (!label) {
        return;
    }
    label->setText(text);
    label->setStyleSheet(color.isValid() ? u"color: %1;"_s.arg(color.name()) : QString());
}

void SummaryPanel::rebuildClosed()
{
    m_closed.clear();
    m_countedClosed.clear();
    for (const core::Tranche &t : m_model->tranches()) {
        addClosed(t);
    }
}

void SummaryPanel::addClosed(const core::Tranche &t)
{
    if (t.isOpen() || m_countedClosed.contains(t.id)) {
        return;
    }
    m_countedClosed.insert(t.id, 1);
    Closed &c = m_closed[key(t.symbol, t.side)];
    ++c.count;
    c.realized += t.realizedPnl;
    c.fees += t.feesPaid;
    c.funding += t.fundingFee;
}

void SummaryPanel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}

void SummaryPanel::refresh()
{
    if (m_selectionTitle) {
        m_selectionTitle->setText(m_symbol.isEmpty()
                ? tr("Selection: all symbols")
                : tr("Selection: %1 %2").arg(m_symbol, m_side.isEmpty() ? tr("both sides") : m_side));
    }
    for (const QString &scope : { u"selection"_s, u"account"_s }) {
        const bool account = scope == u"account";
        const QString symbol = account ? QString() : m_symbol;
        const std::optional<core::Side> side
            = account || m_side.isEmpty() ? std::nullopt : core::sideFromString(m_side);
        core::TrancheSummary open;
        Decimal openRealized;
        Decimal openFees;
        Decimal openFunding;
        if (m_manager) {
            open = m_manager->summary(symbol, side);
            const auto tranches = side ? m_manager->openTranches(symbol, *side) : m_manager->openTranches(symbol);
            for (const core::Tranche &t : tranches) {
                openRealized += t.realizedPnl;
                openFees += t.feesPaid;
                openFunding += t.fundingFee;
            }
        } else {
            // A remote engine (no manager here): the open tranches as its table has them, with
            // the unrealized P&L the engine last sent; the mark is what that P&L implies.
            for (const core::Tranche &t : m_model->tranches()) {
                if (!t.isOpen() || (!symbol.isEmpty() && t.symbol != symbol) || (side && t.side != *side)) {
                    continue;
                }
                ++open.open;
                open.isolated += t.isolated ? 1 : 0;
                open.quantity += t.quantity;
                open.marginUsed += core::TrancheMath::margin(t.entryPrice, t.quantity, t.leverage);
                open.notional += t.entryPrice * t.quantity + Decimal::fromInt(t.dir()) * t.unrealizedPnl;
                open.unrealizedPnl += t.unrealizedPnl;
                openRealized += t.realizedPnl;
                openFees += t.feesPaid;
                openFunding += t.fundingFee;
            }
        }
        Closed closed;
        for (auto it = m_closed.cbegin(); it != m_closed.cend(); ++it) {
            const QStringList parts = it.key().split(u'|');
            if ((!symbol.isEmpty() && parts.value(0) != symbol) || (side && parts.value(1) != core::toString(*side))) {
                continue;
            }
            closed.count += it->count;
            closed.realized += it->realized;
            closed.fees += it->fees;
            closed.funding += it->funding;
        }
        const Decimal realized = closed.realized + openRealized;
        setMetric(scope, u"open"_s, QString::number(open.open), UiFormat::profitColor());
        setMetric(
            scope, u"isolated"_s, QString::number(open.isolated), open.isolated > 0 ? UiFormat::lossColor() : QColor());
        setMetric(scope, u"closed"_s, QString::number(closed.count));
        setMetric(scope, u"unrealized"_s, UiFormat::money(open.unrealizedPnl), UiFormat::pnlColor(open.unrealizedPnl));
        setMetric(scope, u"realized"_s, UiFormat::money(realized), UiFormat::pnlColor(realized));
        setMetric(scope, u"fees"_s, UiFormat::amount(closed.fees + openFees));
        // Part of Realized P&L already, as the engine books it: its share, not a second sum.
        const Decimal funding = closed.funding + openFunding;
        setMetric(scope, u"funding"_s, UiFormat::money(funding, 4),
            funding.isZero() ? QColor() : UiFormat::pnlColor(funding));
        setMetric(scope, u"notional"_s, UiFormat::amount(open.notional));
        setMetric(scope, u"margin"_s, UiFormat::amount(open.marginUsed));

        // Best entries and sync over the same books the table shows: every configured symbol when
        // none is selected, both sides when none is.
        QString best = u"—"_s;
        QString sync = u"—"_s;
        QColor syncColor;
        if (m_manager) {
            const QStringList symbols = symbol.isEmpty() ? m_manager->config().symbols.keys() : QStringList { symbol };
            QStringList bests;
            for (const QString &name : symbols) {
                for (core::Side s : { core::Side::Long, core::Side::Short }) {
                    if (side && *side != s) {
                        continue;
                    }
                    if (auto id = m_manager->bestEntryId(name, s)) {
                        if (auto t = m_manager->openTranche(*id)) {
                            bests << u"#%1 @ %2"_s.arg(t->seq).arg(UiFormat::price(t->entryPrice));
                        }
                    }
                }
            }
            if (bests.size() == 1) {
                best = bests.front();
            } else if (!bests.isEmpty()) {
                // Several books: their numbers, as the table stars them.
                QStringList numbers;
                for (const QString &b : std::as_const(bests)) {
                    numbers << b.section(u' ', 0, 0);
                }
                best = numbers.size() > 4 ? numbers.mid(0, 4).join(u", "_s) + u", …"_s : numbers.join(u", "_s);
            }
        }
        if (m_manager || m_worstSync) {
            const core::SyncState state = m_manager ? worstSync(m_manager, symbol, side) : m_worstSync(symbol, side);
            sync = UiFormat::syncState(state);
            syncColor = state == core::SyncState::Synced ? UiFormat::profitColor()
                : state == core::SyncState::Unknown      ? QColor()
                                                         : UiFormat::lossColor();
        }
        setMetric(scope, u"best"_s, best);
        setMetric(scope, u"sync"_s, sync, syncColor);
    }
}

} // namespace trd::ui
