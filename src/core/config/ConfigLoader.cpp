// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/ConfigLoader.h"

#include "config/ConfigSecrets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSaveFile>
#include <QVariant>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

namespace {

enum class Mode
{
    Native,
    OriginalBot
};

// Collects the issues of one load; a path with an error is remembered so that the validator does
// not judge the default that stands in for it.
class Issues
{
public:
    void error(const QString &path, const QString &what) { add({ path, path + u": "_s + what, true }); }
    void add(const ConfigIssue &issue)
    {
        m_issues.append(issue);
        if (issue.isError) {
            m_invalidPaths.insert(issue.path);
        }
    }
    void add(const QList<ConfigIssue> &issues)
    {
        for (const auto &issue : issues) {
            add(issue);
        }
    }
    const QSet<QString> &invalidPaths() const { return m_invalidPaths; }
    bool hasErrors() const { return ConfigValidator::hasErrors(m_issues); }

    QList<ConfigIssue> filtered(bool errors) const
    {
        QList<ConfigIssue> out;
        std::copy_if(m_issues.begin(), m_issues.end(), std::back_inserter(out),
            [errors](const ConfigIssue &i) { return i.isError == errors; });
        return out;
    }
    QString errorText() const
    {
        QStringList lines;
        for (const auto &issue : filtered(true)) {
            lines.append(issue.message);
        }
        return lines.join(u'\n');
    }

private:
    QList<ConfigIssue> m_issues;
    QSet<QString> m_invalidPaths;
};

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

// The value as the user typed it, for messages: strings quoted, numbers in their shortest form.
QString describe(const QJsonValue &v)
{
    constexpr qsizetype kMaxShown = 60;
    switch (v.type()) {
    case QJsonValue::String: {
        const QString text = v.toString();
        return u"\"%1\""_s.arg(text.size() > kMaxShown ? text.left(kMaxShown) + u"…"_s : text);
    }
    case QJsonValue::Double:
        // Qt prints a double in its shortest round-trip form ("0.1", "1e+21") and a JSON integer
        // exactly, which is also what Decimal::parse reads.
        return v.toVariant().toString();
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    default:
        return typeName(v);
    }
}

// Reads the keys of one section into a struct, through forEachSymbolField / forEachGlobalField.
// A key that is absent keeps the struct's default; a key that is present is either taken exactly
// or reported.
class FieldReader
{
public:
    FieldReader(const QJsonObject &section, QString prefix, Issues &issues)
        : m_section(section)
        , m_prefix(std::move(prefix))
        , m_issues(issues)
    { }

    void operator()(QStringView key, bool &field)
    {
        const QJsonValue v = m_section.value(key);
        if (v.isUndefined()) {
            return;
        }
        if (v.isBool()) {
            field = v.toBool();
        } else if (v.isString() && (v.toString() == u"true" || v.toString() == u"false")) {
            field = v.toString() == u"true";
        } else {
            m_issues.error(path(key), u"expected true or false, got %1"_s.arg(describe(v)));
        }
    }
    void operator()(QStringView key, int &field) { readInteger(key, field); }
    void operator()(QStringView key, qint64 &field) { readInteger(key, field); }
    void operator()(QStringView key, Decimal &field)
    {
        if (const auto value = number(key, false)) {
            field = *value;
        }
    }
    void operator()(QStringView key, std::optional<Decimal> &field)
    {
        const QJsonValue v = m_section.value(key);
        if (v.isUndefined()) {
            return;
        }
        // The original's web form saved an emptied field as "", which means "not set" as null does.
        if (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            field.reset();
            return;
        }
        if (const auto value = number(key, false)) {
            field = *value;
        }
    }
    // vwapTimeframe: the text is kept as it is; the validator judges it against the allowed list.
    void operator()(QStringView key, QString &field)
    {
        const QJsonValue v = m_section.value(key);
        if (v.isUndefined()) {
            return;
        }
        if (v.isString()) {
            field = v.toString();
        } else {
            m_issues.error(path(key), u"%1 is not one of %2"_s.arg(describe(v), allowed(key)));
        }
    }
    void operator()(QStringView key, ClosingStrategy &field) { readEnum(key, field, &closingStrategyFromString); }
    void operator()(QStringView key, IsolationAction &field) { readEnum(key, field, &isolationActionFromString); }
    void operator()(QStringView key, OrderType &field) { readEnum(key, field, &orderTypeFromString); }
    void operator()(QStringView key, TradeSide &field) { readEnum(key, field, &tradeSideFromString); }
    void operator()(QStringView key, PositionMode &field) { readEnum(key, field, &positionModeFromString); }
    void operator()(QStringView key, MarginType &field) { readEnum(key, field, &marginTypeFromString); }

    // The exact decimal at `key`, from a JSON number or a string; nullopt when absent or wrong.
    std::optional<Decimal> number(QStringView key, bool whole)
    {
        const QJsonValue v = m_section.value(key);
        if (v.isUndefined()) {
            return std::nullopt;
        }
        const QString expected = whole ? u"expected a whole number"_s : u"expected a number"_s;
        QString text;
        if (v.isDouble()) {
            text = v.toVariant().toString();
        } else if (v.isString()) {
            text = v.toString().trimmed();
        } else {
            m_issues.error(path(key), u"%1, got %2"_s.arg(expected, describe(v)));
            return std::nullopt;
        }
        const auto parsed = Decimal::parse(text);
        if (!parsed) {
            // A number that a decimal cannot hold (1e300, 19 decimals) gets the decimal's reason.
            bool isNumeric = false;
            (void)text.toDouble(&isNumeric);
            const bool hasDigit = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
            if (isNumeric && hasDigit) {
                m_issues.error(path(key), u"%1 cannot be used: %2"_s.arg(describe(v), parsed.error().message));
            } else {
                m_issues.error(path(key), u"%1, got %2"_s.arg(expected, describe(v)));
            }
            return std::nullopt;
        }
        if (whole && parsed->decimalPlaces() != 0) {
            m_issues.error(path(key), u"%1, got %2"_s.arg(expected, describe(v)));
            return std::nullopt;
        }
        return parsed.value();
    }

    QString path(QStringView key) const { return m_prefix + key; }

private:
    static QString allowed(QStringView key) { return ConfigValidator::allowedValues(key).join(u", "_s); }

    template<typename Int>
    void readInteger(QStringView key, Int &field)
    {
        const auto value = number(key, true);
        if (!value) {
            return;
        }
        const Decimal lowest = Decimal::fromInt(std::numeric_limits<Int>::min());
        const Decimal highest = Decimal::fromInt(std::numeric_limits<Int>::max());
        if (*value < lowest || *value > highest) {
            // The struct cannot hold it, so the validator never sees it: report the range here.
            const QString p = path(key);
            if (auto issue = ConfigValidator::checkRange(p, *value)) {
                m_issues.add(*issue);
            } else {
                m_issues.error(p, u"%1 is too large"_s.arg(value->toString()));
            }
            return;
        }
        field = static_cast<Int>(value->raw() / Decimal::fromInt(1).raw());
    }

    template<typename E>
    void readEnum(QStringView key, E &field, std::optional<E> (*fromString)(QStringView))
    {
        const QJsonValue v = m_section.value(key);
        if (v.isUndefined()) {
            return;
        }
        const QStringList names = ConfigValidator::allowedValues(key);
        if (!v.isString() || !names.contains(v.toString())) {
            m_issues.error(path(key), u"%1 is not one of %2"_s.arg(describe(v), allowed(key)));
            return;
        }
        field = *fromString(v.toString());
    }

    const QJsonObject &m_section;
    QString m_prefix;
    Issues &m_issues;
};

// Writes the known keys of one section over the object read from the file.
class FieldWriter
{
public:
    explicit FieldWriter(QJsonObject &object)
        : m_object(object)
    { }

    void operator()(QStringView key, const bool &v) { m_object.insert(key, v); }
    void operator()(QStringView key, const int &v) { m_object.insert(key, v); }
    void operator()(QStringView key, const qint64 &v) { m_object.insert(key, QJsonValue(v)); }
    void operator()(QStringView key, const Decimal &v) { m_object.insert(key, v.toString()); }
    void operator()(QStringView key, const std::optional<Decimal> &v)
    {
        if (v) {
            m_object.insert(key, v->toString());
        } else {
            m_object.remove(key);
        }
    }
    void operator()(QStringView key, const QString &v) { m_object.insert(key, v); }
    template<typename Enum>
    void operator()(QStringView key, const Enum &v)
    {
        m_object.insert(key, toString(v));
    }

private:
    QJsonObject &m_object;
};

// The object at `key`: empty when absent, nullopt (reported) when it is something else.
std::optional<QJsonObject> section(const QJsonObject &parent, QStringView key, const QString &path, Issues &issues)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined()) {
        return QJsonObject();
    }
    if (!v.isObject()) {
        issues.error(path, u"expected an object, got %1"_s.arg(describe(v)));
        return std::nullopt;
    }
    return v.toObject();
}

// A text key; null counts as empty. A secret's value is never put in a message.
void readText(
    const QJsonObject &object, QStringView key, const QString &path, bool isSecret, QString &field, Issues &issues)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull()) {
        return;
    }
    if (!v.isString()) {
        issues.error(path, u"expected a string, got %1"_s.arg(isSecret ? typeName(v) : describe(v)));
        return;
    }
    field = v.toString();
}

// The original's legacy single threshold stands for each directional one that is absent.
void applyLegacyThreshold(const QJsonObject &object, FieldReader &reader, SymbolConfig &symbol, Issues &issues)
{
    const bool hasLong = object.contains(u"longVolumeThresholdUSDT");
    const bool hasShort = object.contains(u"shortVolumeThresholdUSDT");
    if (!object.contains(u"volumeThresholdUSDT") || (hasLong && hasShort)) {
        return;
    }
    const auto value = reader.number(u"volumeThresholdUSDT", false);
    if (!value) {
        return;
    }
    const auto range = ConfigValidator::rangeOf(u"longVolumeThresholdUSDT");
    if (auto issue = ConfigValidator::checkRange(reader.path(u"volumeThresholdUSDT"), *value, *range)) {
        issues.add(*issue);
        return;
    }
    if (!hasLong) {
        symbol.longVolumeThresholdUSDT = *value;
    }
    if (!hasShort) {
        symbol.shortVolumeThresholdUSDT = *value;
    }
}

Result<AppConfig> parseObject(const QJsonObject &root, Mode mode, QList<ConfigIssue> *warnings)
{
    Issues issues;
    AppConfig config;
    config.original = root;

    if (const auto api = section(root, u"api", u"api"_s, issues)) {
        readText(*api, u"apiKey", u"api.apiKey"_s, true, config.apiKey, issues);
        readText(*api, u"secretKey", u"api.secretKey"_s, true, config.secretKey, issues);
    }

    if (const auto symbols = section(root, u"symbols", u"symbols"_s, issues)) {
        for (auto it = symbols->begin(); it != symbols->end(); ++it) {
            const QString name = it.key();
            const QString path = u"symbols."_s + name;
            if (!it.value().isObject()) {
                issues.error(path, u"expected an object, got %1"_s.arg(describe(it.value())));
                continue;
            }
            const QJsonObject object = it.value().toObject();
            SymbolConfig symbol;
            FieldReader reader(object, path + u"."_s, issues);
            forEachSymbolField(symbol, reader);
            if (mode == Mode::OriginalBot) {
                applyLegacyThreshold(object, reader, symbol, issues);
            }
            issues.add(ConfigValidator::validateSymbol(name, symbol, issues.invalidPaths()));
            config.symbols.insert(name, symbol);
        }
    }

    if (const auto global = section(root, u"global", u"global"_s, issues)) {
        FieldReader reader(*global, u"global."_s, issues);
        forEachGlobalField(config.global, reader);
        issues.add(ConfigValidator::validateGlobal(config.global, issues.invalidPaths()));
    }

    readText(root, u"version", u"version"_s, false, config.version, issues);
    // Said, never shown: the path is named, the value is not.
    for (const PlainSecret &secret : ConfigSecrets::find(root)) {
        issues.add(ConfigIssue { secret.path,
            u"%1: an API credential is written in this file in plain text; TrancheDesk takes keys only from "
            u"the OS keychain — move it there (the desktop app offers to, or Settings → API keys) and blank it "
            u"in the file"_s.arg(secret.path),
            false });
    }

    if (warnings) {
        *warnings = issues.filtered(false);
    }
    if (issues.hasErrors()) {
        return Error { issues.errorText() };
    }
    return config;
}

QString syntaxError(const QByteArray &json, const QJsonParseError &error)
{
    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, json.size());
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return u"invalid JSON at line %1, column %2 (offset %3): %4"_s.arg(line).arg(column).arg(offset).arg(
        error.errorString());
}

Result<AppConfig> parseBytes(const QByteArray &json, Mode mode, QList<ConfigIssue> *warnings)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error { syntaxError(json, parseError) };
    }
    if (!document.isObject()) {
        return Error { u"the configuration must be a JSON object ({ \"symbols\": …, \"global\": … }), got %1"_s.arg(
            document.isArray() ? u"an array"_s : u"nothing"_s) };
    }
    return parseObject(document.object(), mode, warnings);
}

Error inFile(const QString &path, const Error &error)
{
    const QString separator = error.message.contains(u'\n') ? u":\n"_s : u": "_s;
    return Error { path + separator + error.message, error.code };
}

Result<AppConfig> parseFile(const QString &path, Mode mode, QList<ConfigIssue> *warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { u"Cannot read %1: %2"_s.arg(path, file.errorString()) };
    }
    auto result = parseBytes(file.readAll(), mode, warnings);
    if (!result) {
        return inFile(path, result.error());
    }
    return result;
}

} // namespace

Result<AppConfig> ConfigLoader::fromJson(const QByteArray &json, QList<ConfigIssue> *warnings)
{
    return parseBytes(json, Mode::Native, warnings);
}

Result<AppConfig> ConfigLoader::fromJsonObject(const QJsonObject &object, QList<ConfigIssue> *warnings)
{
    return parseObject(object, Mode::Native, warnings);
}

Result<AppConfig> ConfigLoader::loadFile(const QString &path, QList<ConfigIssue> *warnings)
{
    return parseFile(path, Mode::Native, warnings);
}

Result<AppConfig> ConfigLoader::importOriginalBotConfig(const QString &path, QList<ConfigIssue> *warnings)
{
    return parseFile(path, Mode::OriginalBot, warnings);
}

QJsonObject ConfigLoader::toJson(const AppConfig &config)
{
    QJsonObject out = config.original;

    // Secrets live in the OS keychain; the file always carries them blank.
    QJsonObject api = out.value(u"api").toObject();
    api.insert(u"apiKey", QString());
    api.insert(u"secretKey", QString());
    out.insert(u"api", api);

    // Rebuilt from AppConfig::symbols, so a removed symbol is gone; each one keeps its unknown keys.
    const QJsonObject originalSymbols = out.value(u"symbols").toObject();
    QJsonObject symbols;
    for (auto it = config.symbols.cbegin(); it != config.symbols.cend(); ++it) {
        QJsonObject object = originalSymbols.value(it.key()).toObject();
        forEachSymbolField(it.value(), FieldWriter(object));
        symbols.insert(it.key(), object);
    }
    out.insert(u"symbols", symbols);

    QJsonObject global = out.value(u"global").toObject();
    forEachGlobalField(config.global, FieldWriter(global));
    out.insert(u"global", global);

    out.insert(u"version", config.version);
    return out;
}

Result<void> ConfigLoader::saveFile(const AppConfig &config, const QString &path)
{
    const QList<ConfigIssue> issues = ConfigValidator::validate(config);
    if (ConfigValidator::hasErrors(issues)) {
        QStringList lines;
        for (const auto &issue : issues) {
            if (issue.isError) {
                lines.append(issue.message);
            }
        }
        return Error { u"%1 was not saved because the configuration has errors:\n%2"_s.arg(path, lines.join(u'\n')) };
    }

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error { u"Cannot save %1: the folder %2 cannot be created"_s.arg(path, info.absolutePath()) };
    }
    return writeAtomically(path, QJsonDocument(toJson(config)).toJson(QJsonDocument::Indented));
}

Result<void> ConfigLoader::writeAtomically(const QString &path, const QByteArray &bytes)
{
    // QSaveFile writes a temporary file beside the target and renames it over the target only
    // once everything is written, so a failure at any point leaves the previous file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error { u"Cannot save %1: %2"_s.arg(path, file.errorString()) };
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error { u"Cannot save %1: %2"_s.arg(path, reason) };
    }
    if (!file.commit()) {
        return Error { u"Cannot save %1: %2"_s.arg(path, file.errorString()) };
    }
    return {};
}

} // namespace trd::core
