// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

namespace trd::engine::test {

inline constexpr int kProcessWait = 60000;

// tranchedesk-engine as systemd would run it: in the foreground, its log on standard error.
struct EngineProcess
{
    QProcess process;
    QString log;

    explicit EngineProcess(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        process.setProgram(QStringLiteral(TRD_BINARY_DIR "/src/engine-main/tranchedesk-engine"));
        process.setArguments(arguments);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
        env.insert(extra);
        process.setProcessEnvironment(env);
        QObject::connect(&process, &QProcess::readyReadStandardError, &process,
            [this] { log += QString::fromUtf8(process.readAllStandardError()); });
        process.start();
    }
    ~EngineProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(kProcessWait);
        }
    }

    // The control protocol's address once it listens.
    QUrl url()
    {
        static const QRegularExpression listening(QStringLiteral("listening on (ws://\\S+)"));
        QRegularExpressionMatch match;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                match = listening.match(log);
                return match.hasMatch() || process.state() == QProcess::NotRunning;
            },
            kProcessWait));
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

    bool finished()
    {
        const bool done = process.state() == QProcess::NotRunning || process.waitForFinished(kProcessWait);
        log += QString::fromUtf8(process.readAllStandardError());
        return done;
    }
};

} // namespace trd::engine::test
