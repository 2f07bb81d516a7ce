// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace trd::engine {

// SIGTERM and SIGINT as a Qt signal, through a self-pipe: the handler only writes a byte, and
// the event loop does the stopping (saving, closing clients) outside signal context.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested(const QString &signalName);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace trd::engine
