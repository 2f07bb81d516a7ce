// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VariantResult.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

namespace trd::ui {

// One row per variant of a finished backtest, with the figures of summary.json. RawRole holds
// numbers as doubles (texts as themselves) for sorting; the display is in the user's locale.
class VariantComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        OverridesColumn,
        EntriesColumn,
        TranchesColumn,
        IsolatedColumn,
        LiquidatedColumn,
        RealizedColumn,
        FeesColumn,
        FundingColumn,
        NetColumn,
        DrawdownColumn,
        EndBalanceColumn,
        ColumnCount
    };

    explicit VariantComparisonModel(QObject *parent = nullptr);

    // names[i] is results[i]'s label ("Balanced").
    void setResults(const QList<backtest::VariantResult> &results, const QStringList &names);
    const backtest::VariantResult &result(int row) const { return m_results.at(row); }
    QString name(int row) const { return m_names.value(row); }
    const QList<backtest::VariantResult> &results() const { return m_results; }
    const QStringList &names() const { return m_names; }
    // The overrides as one line: "maxTranches=3, tpPercent=1".
    static QString overridesText(const backtest::VariantResult &result);
    // The colour of the row's lines in the charts, shown beside its name: the table is the legend
    // even when a short chart hides its own.
    static QColor colorOf(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<backtest::VariantResult> m_results;
    QStringList m_names;
};

} // namespace trd::ui
