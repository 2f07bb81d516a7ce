// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvLineReader.h"

#include <QCoreApplication>

namespace trd::backtest {

CsvLineReader::CsvLineReader(const QString &path)
    : m_path(path)
    , m_file(path)
{
    m_buffer.reserve(4096);
}

core::Result<void> CsvLineReader::open(bool hashing)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        return core::Error { QCoreApplication::translate("trd::backtest::CsvLineReader", "cannot read %1: %2")
                                 .arg(m_path, m_file.errorString()) };
    }
    m_size = m_file.size();
    m_isHashing = hashing;
    return {};
}

bool CsvLineReader::next()
{
    for (;;) {
        m_buffer.resize(0);
        // A quoted field may hold line breaks: keep reading until the quotes balance.
        qsizetype quotes = 0;
        do {
            const qsizetype before = m_buffer.size();
            if (!appendLine()) {
                if (before == 0) {
                    return false;
                }
                break;
            }
            const QByteArrayView part = QByteArrayView(m_buffer).sliced(before);
            m_position += part.size();
            if (m_isHashing) {
                m_hash.addData(part);
            }
            ++m_lineNumber;
            if (part.contains('"')) {
                quotes += part.count('"');
            }
        } while (quotes % 2 != 0);
        QByteArrayView line(m_buffer);
        if (m_lineNumber == 1 && line.startsWith("\xEF\xBB\xBF")) {
            line = line.sliced(3);
        }
        while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        m_line = line;
        split();
        return true;
    }
}

bool CsvLineReader::appendLine()
{
    // Read in place into the buffer, which keeps its capacity: no QByteArray per line.
    constexpr qsizetype kChunk = 4096;
    const qsizetype start = m_buffer.size();
    for (;;) {
        const qsizetype used = m_buffer.size();
        m_buffer.resize(used + kChunk + 1); // readLine() writes a terminating '\0'
        const qint64 read = m_file.readLine(m_buffer.data() + used, kChunk + 1);
        m_buffer.resize(used + std::max<qint64>(0, read));
        if (read < kChunk || m_buffer.endsWith('\n')) {
            return m_buffer.size() > start;
        }
    }
}

qint64 CsvLineReader::skipToEnd()
{
    qint64 lines = 0;
    QByteArray last;
    QByteArray partial; // the line the previous chunk ended in
    const auto finish = [&](QByteArrayView line) {
        ++m_lineNumber;
        while (!line.isEmpty() && (line.back() == '\r' || line.back() == ' ')) {
            line.chop(1);
        }
        if (!line.isEmpty()) {
            ++lines;
            last.resize(0);
            last.append(line);
        }
    };
    for (;;) {
        const QByteArray chunk = m_file.read(1 << 20);
        if (chunk.isEmpty()) {
            break;
        }
        m_position += chunk.size();
        if (m_isHashing) {
            m_hash.addData(chunk);
        }
        qsizetype start = 0;
        for (qsizetype newline; (newline = chunk.indexOf('\n', start)) >= 0; start = newline + 1) {
            const QByteArrayView piece = QByteArrayView(chunk).sliced(start, newline - start);
            if (partial.isEmpty()) {
                finish(piece);
            } else {
                partial.append(piece);
                finish(partial);
                partial.clear();
            }
        }
        partial.append(QByteArrayView(chunk).sliced(start));
    }
    if (!partial.isEmpty()) {
        finish(partial);
    }
    if (lines > 0) {
        m_buffer = last;
        m_line = QByteArrayView(m_buffer);
        split();
    }
    return lines;
}

void CsvLineReader::split()
{
    m_fields.clear();
    if (!m_line.contains('"')) {
        qsizetype start = 0;
        for (;;) {
            const qsizetype comma = m_line.indexOf(',', start);
            if (comma < 0) {
                m_fields.push_back(m_line.sliced(start));
                return;
            }
            m_fields.push_back(m_line.sliced(start, comma - start));
            start = comma + 1;
        }
    }
    // Quoted fields are rewritten once into m_unquoted; the views point into it.
    m_unquoted.resize(0);
    m_unquoted.reserve(m_line.size());
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    qsizetype start = 0;
    bool inQuotes = false;
    for (qsizetype i = 0; i < m_line.size(); ++i) {
        const char c = m_line[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < m_line.size() && m_line[i + 1] == '"') {
                m_unquoted.append('"');
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                m_unquoted.append(c);
            }
        } else if (c == '"') {
            inQuotes = true;
        } else if (c == ',') {
            spans.emplace_back(start, m_unquoted.size() - start);
            start = m_unquoted.size();
        } else {
            m_unquoted.append(c);
        }
    }
    spans.emplace_back(start, m_unquoted.size() - start);
    for (const auto &[from, length] : spans) {
        m_fields.push_back(QByteArrayView(m_unquoted).sliced(from, length));
    }
}

} // namespace trd::backtest
