// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigValidator.h"
#include "config/GlobalConfig.h"
#include "config/SymbolConfig.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace trd::ui {

// Every key of one configuration section (tranche-rules §9) as a widget, grouped as the user
// guide groups them. Whole numbers are spin boxes bounded by ConfigValidator's range table;
// decimals are text fields checked against the same table as they are typed, with the error
// shown under the field, naming it. Editors are named "field_<key>", errors "error_<key>".
class ConfigForm : public QWidget
{
    Q_OBJECT
public:
    ConfigForm(core::ConfigScope scope, const QString &pathPrefix, QWidget *parent = nullptr);

    void setSymbolConfig(const core::SymbolConfig &config);
    void setGlobalConfig(const core::GlobalConfig &config);
    // False (and the errors shown inline) when a field does not parse or is out of range, or a
    // rule between keys fails.
    bool readSymbolConfig(core::SymbolConfig *config);
    bool readGlobalConfig(core::GlobalConfig *config);

    // Sets a field from its text form ("5", "true", "LIFO"), as a preset does.
    void setFieldText(const QString &key, const QString &text);
    QString fieldText(const QString &key) const;
    QString errorText(const QString &key) const;
    QStringList errors() const;
    QWidget *editor(const QString &key) const;

    // "from 1 to 20", "more than 0, up to 100", "0 or more": a range as a trader reads it.
    static QString rangeInWords(const core::KeyRange &range);
    // What a configuration value means ("WORST_FIRST": the tranche losing most closed first).
    static QString choiceMeaning(const QString &value);

Q_SIGNALS:
    void edited();

private:
    enum class Kind
    {
        Bool,
        Integer,
        Decimal,
        OptionalDecimal,
        Choice
    };
    struct Field
    {
        Kind kind;
        QWidget *editor;
        QLabel *error;
    };
    void addField(const QString &key, Kind kind);
    QWidget *group(const QString &title);
    bool checkField(const QString &key);
    void showIssues(const QList<core::ConfigIssue> &issues);
    void setError(const QString &key, const QString &message);
    template<typename Config>
    bool readFields(Config &config);
    template<typename Config>
    void writeFields(const Config &config);

    core::ConfigScope m_scope;
    QString m_pathPrefix; // "symbols.BTCUSDT" or "global"
    QHash<QString, Field> m_fields;
    QHash<QString, QWidget *> m_groups;
    QWidget *m_currentGroup = nullptr;
};

} // namespace trd::ui
