// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <vector>

namespace trd::backtest {

// Reads a CSV file one record at a time in constant memory: RFC 4180 fields (quoted ones too),
// CRLF or LF, a UTF-8 byte-order mark skipped, empty lines skipped. Optionally hashes every byte
// read (the sha256 of summary.json's inputs).
class CsvLineReader
{
public:
    explicit CsvLineReader(const QString &path);
    core::Result<void> open(bool hashing = false);
    // The next record's fields (views into the reader's buffer, valid until the next call);
    // false at the end of the file.
    bool next();
    // Reads the rest of the file without parsing it (hashing it when hashing): the number of
    // non-empty lines, with the last of them left as the current record.
    qint64 skipToEnd();
    const std::vector<QByteArrayView> &fields() const { return m_fields; }
    QByteArrayView line() const { return m_line; }
    int lineNumber() const { return m_lineNumber; }
    qint64 position() const { return m_position; }
    qint64 size() const { return m_size; }
    QString path() const { return m_path; }
    QByteArray sha256() const { return m_hash.result().toHex(); }

private:
    // One physical line, its '\n' included, onto the end of m_buffer; false when nothing was left.
    bool appendLine();
    void split();

    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
    QByteArray m_unquoted; // fields of a record with quotes, rewritten
    QByteArrayView m_line;
    std::vector<QByteArrayView> m_fields;
    int m_lineNumber = 0;
    qint64 m_position = 0;
    qint64 m_size = 0;
    bool m_isHashing = false;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
};

} // namespace trd::backtest
