// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace trd::ui {

// Which liquidations the feed shows: traded symbols only or all, a minimum USDT volume, and a
// symbol text. Sorts by the raw values (RawRole), never the formatted text.
class LiquidationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LiquidationFilterProxy(QObject *parent = nullptr);

    void setTradedOnly(bool isTradedOnly);
    void setMinimumVolume(double usdt);
    void setSymbolText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_isTradedOnly = false;
    double m_minimumVolume = 0;
    QString m_symbolText;
};

} // namespace trd::ui
