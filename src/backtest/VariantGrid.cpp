// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VariantGrid.h"

#include "config/ConfigLoader.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace trd::backtest {

using core::AppConfig;
using core::Error;
using core::Result;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trd::backtest::VariantGrid", text);
}

// The value as the key's JSON type wants it: booleans and numbers as such, anything else text
// (the loader reads decimal strings exactly).
Result<QJsonValue> typed(const QJsonValue &current, const QString &key, const QString &text)
{
    if (current.isBool()) {
        if (text == u"true" || text == u"false") {
            return QJsonValue(text == u"true");
        }
        return Error { tr("--vary %1: \"%2\" is not true or false").arg(key, core::shortened(text)) };
    }
    if (current.isDouble() && !text.contains(u'.')) {
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        if (ok) {
            return QJsonValue(double(n));
        }
    }
    return QJsonValue(text);
}

QJsonObject setIn(QJsonObject object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return object;
    }
    object.insert(path.first(), setIn(object.value(path.first()).toObject(), path.mid(1), value));
    return object;
}

QJsonValue valueAt(const QJsonObject &object, const QStringList &path)
{
    QJsonValue v = object;
    for (const QString &part : path) {
        v = v.toObject().value(part);
    }
    return v;
}

} // namespace

Result<Vary> VariantGrid::parseVary(const QString &option)
{
    const qsizetype eq = option.indexOf(u'=');
    Vary vary;
    vary.key = option.left(eq).trimmed();
    if (eq <= 0 || vary.key.isEmpty()) {
        return Error { tr("--vary %1: expected KEY=VALUE1,VALUE2,…").arg(core::shortened(option)) };
    }
    for (const QString &v : option.mid(eq + 1).split(u',')) {
        if (v.trimmed().isEmpty()) {
            return Error { tr("--vary %1: an empty value").arg(core::shortened(option)) };
        }
        vary.values.append(v.trimmed());
    }
    return vary;
}

Result<AppConfig> VariantGrid::withOverride(const AppConfig &config, const QString &key, const QString &value)
{
    QJsonObject json = core::ConfigLoader::toJson(config);
    QList<QStringList> paths;
    if (key.contains(u'.')) {
        paths.append(key.split(u'.'));
        if (valueAt(json, paths.first()).isUndefined()) {
            return Error { tr("--vary %1: no such configuration key").arg(key) };
        }
    } else if (json.value(u"global"_s).toObject().contains(key)) {
        paths.append({ u"global"_s, key });
    } else {
        AppConfig probe;
        probe.symbols.insert(u"X"_s, core::SymbolConfig {});
        const QJsonObject symbolKeys
            = core::ConfigLoader::toJson(probe).value(u"symbols"_s).toObject().value(u"X"_s).toObject();
        if (!symbolKeys.contains(key)) {
            return Error { tr("--vary %1: no such configuration key").arg(key) };
        }
        if (config.symbols.isEmpty()) {
            return Error { tr("--vary %1: the configuration has no symbols to apply it to").arg(key) };
        }
        for (auto it = config.symbols.cbegin(); it != config.symbols.cend(); ++it) {
            paths.append({ u"symbols"_s, it.key(), key });
        }
    }
    for (const QStringList &path : std::as_const(paths)) {
        auto v = typed(valueAt(json, path), key, value);
        if (!v) {
            return v.error();
        }
        json = setIn(json, path, v.value());
    }
    auto loaded = core::ConfigLoader::fromJsonObject(json);
    if (!loaded) {
        return Error { tr("--vary %1=%2: %3").arg(key, core::shortened(value), loaded.error().message) };
    }
    // The secrets are not part of the file; a variant never carries them.
    return loaded.value();
}

Result<QList<Variant>> VariantGrid::build(const AppConfig &base, const QList<Vary> &varies)
{
    QList<Variant> variants { Variant { {}, {}, base } };
    for (const Vary &vary : varies) {
        QList<Variant> next;
        for (const Variant &v : std::as_const(variants)) {
            for (const QString &value : vary.values) {
                auto config = withOverride(v.config, vary.key, value);
                if (!config) {
                    return config.error();
                }
                Variant w { {}, v.overrides, config.value() };
                w.overrides.append({ vary.key, value });
                next.append(w);
            }
        }
        variants = next;
    }
    for (qsizetype i = 0; i < variants.size(); ++i) {
        variants[i].id = u"v%1"_s.arg(i);
    }
    return variants;
}

} // namespace trd::backtest
