// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeExchangeFixture.h"
#include "live/AsterRestApi.h"
#include "live/RestClient.h"
#include "protocol/StreamParser.h"

#include <QDirIterator>
#include <QFile>
#include <QMetaEnum>
#include <QTest>

using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct RestRow
{
    QString method;
    QString v1Path;
    QString v3Path;
    QString call; // "—" when the client does not call it
    bool isServed = false;
    QStringList tests;
};

struct EventRow
{
    QString event;
    QByteArray sample;
    bool isParsed = false;
    QStringList tests;
};

QStringList cells(const QString &line)
{
    QStringList parts = line.split(u'|');
    parts.removeFirst();
    parts.removeLast();
    for (QString &p : parts) {
        p = p.trimmed();
    }
    return parts;
}

QStringList testNames(const QString &cell)
{
    QStringList names = cell.split(u',', Qt::SkipEmptyParts);
    for (QString &n : names) {
        n = n.trimmed();
    }
    return names;
}

struct Tables
{
    QList<RestRow> rest;
    QList<EventRow> events;
};

Tables readTables()
{
    QFile file(QStringLiteral(TRD_SOURCE_DIR "/docs/conformance.md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qFatal("docs/conformance.md is missing");
    }
    Tables tables;
    static const QStringList methods { u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s };
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.startsWith(u'|')) {
            continue;
        }
        const QStringList c = cells(line);
        if (c.size() == 6 && methods.contains(c.at(0))) {
            tables.rest.append({ c.at(0), c.at(1), c.at(2), c.at(3), c.at(4) == u"served"_s, testNames(c.at(5)) });
        } else if (c.size() == 5 && c.at(1).startsWith(u'`')) {
            QString sample = c.at(1);
            sample.remove(u'`');
            tables.events.append({ c.at(0), sample.toUtf8(), c.at(2) == u"parsed"_s, testNames(c.at(4)) });
        }
    }
    return tables;
}

QSet<QString> testsInTheTree()
{
    QSet<QString> names;
    QDirIterator it(
        QStringLiteral(TRD_SOURCE_DIR "/tests"), { u"tst_*.cpp"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        names.insert(QFileInfo(it.next()).completeBaseName());
    }
    return names;
}

} // namespace

// docs/conformance.md is checked against the code, so it cannot drift from what the client
// calls, what the fake serves and which tests exist.
class TestConformance : public QObject
{
    Q_OBJECT

    Tables m_tables;

private Q_SLOTS:
    void initTestCase()
    {
        m_tables = readTables();
        QVERIFY(m_tables.rest.size() >= 27);
        QVERIFY(m_tables.events.size() >= 7);
    }

    void everyClientCallHasItsRow()
    {
        using Call = AsterRestApi::Call;
        for (int i = int(Call::Ping); i <= int(Call::CloseListenKey); ++i) {
            const Endpoint endpoint = AsterRestApi::endpoint(Call(i));
            const auto row = std::find_if(m_tables.rest.cbegin(), m_tables.rest.cend(), [&](const RestRow &r) {
                return r.method == QString::fromLatin1(endpoint.method) && r.v1Path == endpoint.path;
            });
            QVERIFY2(row != m_tables.rest.cend(),
                qPrintable(u"no row for %1 %2"_s.arg(QString::fromLatin1(endpoint.method), endpoint.path)));
            QVERIFY2(row->call != u"—"_s, qPrintable(row->v1Path + u" is called by the client"_s));
            QVERIFY2(row->isServed, qPrintable(row->v1Path + u": the fake must serve what the client calls"_s));
            QCOMPARE(RestClient::toV3(endpoint).path, row->v3Path);
        }
    }

    void theFakeServesExactlyTheRowsMarkedServed()
    {
        FakeExchangeFixture fx;
        QVERIFY(fx.start());
        for (const RestRow &row : std::as_const(m_tables.rest)) {
            for (const QString &path : { row.v1Path, row.v3Path }) {
                // V3 requests carry a signer; a V1 one does not (that is how the fake tells them).
                const QByteArray query = path.startsWith(u"/fapi/v3/"_s) ? "signer=0x1" : "";
                const auto reply = fx.sendRaw(row.method.toLatin1(), path, query, {});
                const bool isNotFound = reply.status == 404;
                QVERIFY2(isNotFound != row.isServed,
                    qPrintable(u"%1 %2 answered %3 %4"_s.arg(
                        row.method, path, QString::number(reply.status), QString::fromUtf8(reply.body))));
            }
        }
    }

    void everySampleFrameIsReadAsDocumented()
    {
        for (const EventRow &row : std::as_const(m_tables.events)) {
            const auto event = StreamParser::parse(row.sample);
            QVERIFY2(event.hasValue() == row.isParsed,
                qPrintable(row.event + u": "_s + (event ? u"read"_s : event.error().message)));
        }
    }

    void everyNamedTestExists()
    {
        const QSet<QString> existing = testsInTheTree();
        for (const RestRow &row : std::as_const(m_tables.rest)) {
            for (const QString &name : row.tests) {
                QVERIFY2(existing.contains(name), qPrintable(row.v1Path + u": no test "_s + name));
            }
        }
        for (const EventRow &row : std::as_const(m_tables.events)) {
            for (const QString &name : row.tests) {
                QVERIFY2(existing.contains(name), qPrintable(row.event + u": no test "_s + name));
            }
        }
    }
};

QTEST_MAIN(TestConformance)
#include "tst_conformance.moc"
