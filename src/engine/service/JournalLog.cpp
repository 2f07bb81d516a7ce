// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalLog.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {

int priority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}

void write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray text = JournalLog::line(type, context.category, message).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

} // namespace

QString JournalLog::line(QtMsgType type, const char *category, const QString &message)
{
    QString text = message;
    // One entry per message: a line break would start an entry of default priority.
    text.replace(u'\n', u" | "_s);
    const bool hasCategory = category && qstrcmp(category, "default") != 0;
    return u"<%1>%2%3\n"_s.arg(priority(type))
        .arg(hasCategory ? QString::fromLatin1(category) + u": "_s : QString(), text);
}

void JournalLog::install()
{
    qInstallMessageHandler(write);
}

} // namespace trd::engine
