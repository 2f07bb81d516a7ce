// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace trd::backtest {

using core::Error;
using core::Result;

namespace {

constexpr qint64 kMsPerDay = 86'400'000;

Error badTime(QByteArrayView text, const QString &why)
{
    return Error { QCoreApplication::translate("trd::backtest::TimeParser", "bad time \"%1\": %2")
                       .arg(core::shortened(QString::fromUtf8(text)), why) };
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

// Reads exactly `count` digits at `pos`.
bool digits(QByteArrayView text, qsizetype &pos, int count, int &value)
{
    value = 0;
    for (int i = 0; i < count; ++i, ++pos) {
        if (pos >= text.size() || text[pos] < '0' || text[pos] > '9') {
            return false;
        }
        value = value * 10 + (text[pos] - '0');
    }
    return true;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

TimeParser::TimeParser(std::optional<QTimeZone> zone)
    : m_zone(std::move(zone))
{
    if (m_zone && !m_zone->hasDaylightTime()) {
        m_isFixed = true;
        m_fixedOffsetSeconds = m_zone->offsetFromUtc(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    }
}

Result<QTimeZone> TimeParser::zoneFromText(const QString &text)
{
    static const QRegularExpression offset(u"^([+-])(\\d{2}):?(\\d{2})$"_s);
    if (text == u"Z" || text.compare(u"UTC"_s, Qt::CaseInsensitive) == 0) {
        return QTimeZone::utc();
    }
    if (const auto m = offset.match(text); m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        if (hours > 14 || minutes > 59) {
            return Error {
                QCoreApplication::translate("trd::backtest::TimeParser", "--tz %1: offset out of range").arg(text)
            };
        }
        const int seconds = (hours * 3600 + minutes * 60) * (m.captured(1) == u"-" ? -1 : 1);
        return QTimeZone(seconds);
    }
    QTimeZone zone(text.toUtf8());
    if (!zone.isValid()) {
        return Error { QCoreApplication::translate("trd::backtest::TimeParser",
            "--tz %1: not a time zone (give an IANA name such as Europe/Berlin or an offset such as +05:30)")
                           .arg(core::shortened(text)) };
    }
    return zone;
}

Result<qint64> TimeParser::parse(QByteArrayView text) const
{
    text = text.trimmed();
    const qsizetype dot = text.indexOf('.');
    const QByteArrayView whole = dot < 0 ? text : text.first(dot);
    if (isDigits(whole) && (dot < 0 || isDigits(text.sliced(dot + 1)))) {
        if (whole.size() > 17) {
            return badTime(text, QCoreApplication::translate("trd::backtest::TimeParser", "out of range"));
        }
        qint64 n = 0; // at most 17 digits: no overflow
        for (const char c : whole) {
            n = n * 10 + (c - '0');
        }
        // Seconds until 5138, milliseconds until 5138, then microseconds (Binance's newer archives).
        if (n >= 100'000'000'000'000) {
            return n / 1000;
        }
        if (n >= 100'000'000'000) {
            return n;
        }
        qint64 ms = n * 1000;
        if (dot >= 0) {
            const QByteArrayView fraction = text.sliced(dot + 1);
            int scale = 100;
            for (qsizetype i = 0; i < fraction.size() && scale > 0; ++i, scale /= 10) {
                ms += (fraction[i] - '0') * scale;
            }
        }
        return ms;
    }
    return parseIso(text);
}

Result<qint64> TimeParser::parseIso(QByteArrayView text) const
{
    const QString expected = QCoreApplication::translate(
        "trd::backtest::TimeParser", "expected epoch ms or s, or ISO-8601 such as 2024-12-04T16:46:25Z");
    qsizetype pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, pos, 4, year) || pos >= text.size() || text[pos++] != '-' || !digits(text, pos, 2, month)
        || pos >= text.size() || text[pos++] != '-' || !digits(text, pos, 2, day)) {
        return badTime(text, expected);
    }
    qint64 msOfDay = 0;
    if (pos < text.size() && (text[pos] == 'T' || text[pos] == ' ')) {
        ++pos;
        if (!digits(text, pos, 2, hour) || pos >= text.size() || text[pos++] != ':' || !digits(text, pos, 2, minute)) {
            return badTime(text, expected);
        }
        if (pos < text.size() && text[pos] == ':') {
            ++pos;
            if (!digits(text, pos, 2, second)) {
                return badTime(text, expected);
            }
            if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
                ++pos;
                int scale = 100;
                const qsizetype start = pos;
                for (; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos, scale /= 10) {
                    msOfDay += (text[pos] - '0') * scale;
                }
                if (pos == start) {
                    return badTime(text, expected);
                }
            }
        }
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
        return badTime(text, QCoreApplication::translate("trd::backtest::TimeParser", "no such date or time"));
    }
    msOfDay += ((hour * 60 + minute) * 60 + second) * 1000;
    const qint64 local = daysFromCivil(year, unsigned(month), unsigned(day)) * kMsPerDay + msOfDay;
    const QByteArrayView rest = text.sliced(pos);
    if (rest == "Z" || rest == "z") {
        return local;
    }
    if (!rest.isEmpty()) {
        qsizetype at = 1;
        int oh = 0, om = 0;
        const bool ok = (rest[0] == '+' || rest[0] == '-') && digits(rest, at, 2, oh)
            && (at == rest.size() || ((rest[at] != ':' || ++at) && digits(rest, at, 2, om) && at == rest.size()));
        if (!ok || oh > 14 || om > 59) {
            return badTime(text, expected);
        }
        const qint64 offsetMs = (oh * 60 + om) * 60'000 * (rest[0] == '-' ? -1 : 1);
        return local - offsetMs;
    }
    if (!m_zone) {
        return badTime(text,
            QCoreApplication::translate(
                "trd::backtest::TimeParser", "it has no offset; say which zone it is in with --tz (e.g. --tz UTC)"));
    }
    if (m_isFixed) {
        return local - qint64(m_fixedOffsetSeconds) * 1000;
    }
    const QDateTime inZone(QDate(year, month, day), QTime(0, 0).addMSecs(int(msOfDay)), *m_zone);
    if (!inZone.isValid()) {
        return badTime(text,
            QCoreApplication::translate("trd::backtest::TimeParser", "does not exist in %1")
                .arg(QString::fromUtf8(m_zone->id())));
    }
    return inZone.toMSecsSinceEpoch();
}

} // namespace trd::backtest
