// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacktestPlan.h"

#include "config/ConfigLoader.h"
#include "config/ConfigValidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <type_traits>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

using backtest::Variant;
using backtest::VariantGrid;

core::Result<QList<BacktestPlan::Entry>> BacktestPlan::build(
    const core::AppConfig &base, const QList<Preset> &presets, const QList<backtest::Vary> &varies)
{
    QList<Entry> starts;
    if (presets.isEmpty()) {
        starts.append({ QString(), Variant { {}, {}, base } });
    }
    for (const Preset &preset : presets) {
        Entry entry { preset.name, Variant { {}, preset.values, base } };
        for (const auto &[key, value] : preset.values) {
            auto config = VariantGrid::withOverride(entry.variant.config, key, value);
            if (!config) {
                return config.error();
            }
            entry.variant.config = config.value();
        }
        starts.append(entry);
    }
    QList<Entry> entries;
    for (const Entry &start : std::as_const(starts)) {
        auto grid = VariantGrid::build(start.variant.config, varies);
        if (!grid) {
            return grid.error();
        }
        for (Variant &v : grid.value()) {
            QStringList parts;
            if (!start.name.isEmpty()) {
                parts.append(start.name);
            }
            for (const auto &[key, value] : std::as_const(v.overrides)) {
                parts.append(u"%1=%2"_s.arg(key, value));
            }
            v.overrides = start.variant.overrides + v.overrides;
            entries.append({ parts.join(u" · "_s), std::move(v) });
        }
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        entries[i].variant.id = u"v%1"_s.arg(i);
        if (entries[i].name.isEmpty()) {
            entries[i].name = QCoreApplication::translate("trd::ui::BacktestPlan", "As configured");
        }
    }
    return entries;
}

qsizetype BacktestPlan::count(qsizetype presets, const QList<backtest::Vary> &varies)
{
    qsizetype n = std::max<qsizetype>(1, presets);
    for (const backtest::Vary &vary : varies) {
        n *= vary.values.size();
    }
    return n;
}

QStringList BacktestPlan::variableKeys()
{
    QStringList keys;
    auto add = [&keys](QStringView key, const auto &) { keys.append(key.toString()); };
    const core::SymbolConfig symbol;
    const core::GlobalConfig global;
    core::forEachSymbolField(symbol, add);
    core::forEachGlobalField(global, add);
    return keys;
}

bool BacktestPlan::isBooleanKey(const QString &key)
{
    bool isBoolean = false;
    auto check = [&](QStringView name, const auto &field) {
        if (name == key) {
            isBoolean = std::is_same_v<std::decay_t<decltype(field)>, bool>;
        }
    };
    const core::SymbolConfig symbol;
    const core::GlobalConfig global;
    core::forEachSymbolField(symbol, check);
    core::forEachGlobalField(global, check);
    return isBoolean;
}

core::Result<core::AppConfig> BacktestPlan::applied(const core::AppConfig &current, const Overrides &overrides)
{
    core::AppConfig config = current;
    for (const auto &[key, value] : overrides) {
        auto next = VariantGrid::withOverride(config, key, value);
        if (!next) {
            return next.error();
        }
        config = next.value();
    }
    config.apiKey = current.apiKey;
    config.secretKey = current.secretKey;
    return config;
}

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isBool()) {
        return value.toBool() ? u"true"_s : u"false"_s;
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 17);
    }
    if (value.isNull() || value.isUndefined()) {
        return u"—"_s;
    }
    if (value.isString()) {
        return value.toString();
    }
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

void diff(const QJsonObject &before, const QJsonObject &after, const QString &prefix, QStringList *lines)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        const QString path = prefix.isEmpty() ? key : prefix + u'.' + key;
        if (a.isObject() && b.isObject()) {
            diff(a.toObject(), b.toObject(), path, lines);
        } else if (a != b) {
            lines->append(u"%1: %2 → %3"_s.arg(path, jsonText(a), jsonText(b)));
        }
    }
}

} // namespace

QStringList BacktestPlan::changes(const core::AppConfig &before, const core::AppConfig &after)
{
    QStringList lines;
    diff(core::ConfigLoader::toJson(before), core::ConfigLoader::toJson(after), {}, &lines);
    return lines;
}

} // namespace trd::ui
