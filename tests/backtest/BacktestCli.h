// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStringList>

// `tranchedesk-cli backtest` run as a process, for the tests of its command line.
struct BacktestCliRun
{
    int exitCode = -1;
    QString standardError;
};

inline BacktestCliRun runBacktestCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TRD_CLI_EXE), QStringList { QStringLiteral("backtest") } + arguments);
    if (!process.waitForFinished(600'000)) {
        qFatal("tranchedesk-cli backtest did not finish");
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError()) };
}

// Every file under a folder, by its path relative to it.
inline QMap<QString, QByteArray> folderContents(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(path));
        }
        files.insert(QDir(folder).relativeFilePath(path), file.readAll());
    }
    return files;
}
