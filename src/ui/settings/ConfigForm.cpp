// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigForm.h"

#include "common/UiFormat.h"
#include "settings/KeyHelp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>
#include <span>
#include <type_traits>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

using core::Decimal;

namespace {

template<typename T>
QString enumText(const T &value)
{
    if constexpr (std::is_same_v<T, QString>) {
        return value;
    } else {
        return core::toString(value);
    }
}

template<typename T>
std::optional<T> enumFrom(const QString &text)
{
    if constexpr (std::is_same_v<T, QString>) {
        return text;
    } else if constexpr (std::is_same_v<T, core::ClosingStrategy>) {
        return core::closingStrategyFromString(text);
    } else if constexpr (std::is_same_v<T, core::IsolationAction>) {
        return core::isolationActionFromString(text);
    } else if constexpr (std::is_same_v<T, core::OrderType>) {
        return core::orderTypeFromString(text);
    } else if constexpr (std::is_same_v<T, core::TradeSide>) {
        return core::tradeSideFromString(text);
    } else if constexpr (std::is_same_v<T, core::PositionMode>) {
        return core::positionModeFromString(text);
    } else if constexpr (std::is_same_v<T, core::MarginType>) {
        return core::marginTypeFromString(text);
    } else {
        static_assert(sizeof(T) == 0, "an enumeration key without a parser");
    }
}

const QStringList kSymbolGroups[] = {
    { u"enableTrancheManagement"_s, u"trancheIsolationThreshold"_s, u"maxTranches"_s, u"maxIsolatedTranches"_s,
        u"allowTrancheWhileIsolated"_s },
    { u"trancheAutoCloseIsolated"_s, u"trancheRecoveryThreshold"_s, u"closingStrategy"_s, u"isolationAction"_s,
        u"isolationPartialClosePercent"_s, u"isolationReducedLeverage"_s },
    { u"longVolumeThresholdUSDT"_s, u"shortVolumeThresholdUSDT"_s, u"tradeSize"_s, u"longTradeSize"_s,
        u"shortTradeSize"_s, u"maxPositionMarginUSDT"_s, u"leverage"_s, u"marginType"_s, u"tpPercent"_s,
        u"slPercent"_s },
    { u"orderType"_s, u"forceMarketEntry"_s, u"priceOffsetBps"_s, u"maxSlippageBps"_s, u"usePostOnly"_s,
        u"entryTimeoutSeconds"_s },
    { u"vwapProtection"_s, u"vwapTimeframe"_s, u"vwapLookback"_s, u"useThreshold"_s, u"thresholdTimeWindow"_s,
        u"thresholdCooldown"_s, u"tradeSide"_s },
};
const char *const kSymbolGroupTitles[] { QT_TRANSLATE_NOOP("trd::ui::ConfigForm", "Core settings"),
    QT_TRANSLATE_NOOP("trd::ui::ConfigForm", "Strategy settings"), QT_TRANSLATE_NOOP("trd::ui::ConfigForm", "Trading"),
    QT_TRANSLATE_NOOP("trd::ui::ConfigForm", "Entry orders"),
    QT_TRANSLATE_NOOP("trd::ui::ConfigForm", "Entry filters") };
const QStringList kGlobalGroups[] = {
    { u"paperMode"_s, u"positionMode"_s, u"maxOpenPositions"_s },
    { u"syncIntervalSeconds"_s, u"syncDriftPercent"_s, u"closedRetentionDays"_s, u"pnlPersistSeconds"_s },
    { u"paperTakerFeePercent"_s, u"paperMakerFeePercent"_s, u"paperSlippageBps"_s, u"paperStartingBalanceUSDT"_s,
        u"paperFundingRatePercent"_s },
    { u"markRecording"_s, u"liquidationRetentionDays"_s },
};
const char *const kGlobalGroupTitles[] { QT_TRANSLATE_NOOP("trd::ui::ConfigForm", "Mode"),
    QT_TRANSLATE_NOOP("trd::ui::ConfigForm", "Sync and history"),
    QT_TRANSLATE_NOOP("trd::ui::ConfigForm", "Paper exchange"),
    QT_TRANSLATE_NOOP("trd::ui::ConfigForm", "Recording for backtests") };

} // namespace

ConfigForm::ConfigForm(core::ConfigScope scope, const QString &pathPrefix, QWidget *parent)
    : QWidget(parent)
    , m_scope(scope)
    , m_pathPrefix(pathPrefix)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The kind of each key comes from its C++ type, so no key can be forgotten or mistyped.
    auto add = [this](QStringView key, auto &field) {
        using T = std::decay_t<decltype(field)>;
        Kind kind;
        if constexpr (std::is_same_v<T, bool>) {
            kind = Kind::Bool;
        } else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, qint64>) {
            kind = Kind::Integer;
        } else if constexpr (std::is_same_v<T, Decimal>) {
            kind = Kind::Decimal;
        } else if constexpr (std::is_same_v<T, std::optional<Decimal>>) {
            kind = Kind::OptionalDecimal;
        } else {
            kind = Kind::Choice;
        }
        m_fields.insert(key.toString(), Field { kind, nullptr, nullptr });
    };
    const bool isSymbol = scope == core::ConfigScope::Symbol;
    core::SymbolConfig symbol;
    core::GlobalConfig global;
    if (isSymbol) {
        core::forEachSymbolField(symbol, add);
    } else {
        core::forEachGlobalField(global, add);
    }
    const QStringList *groups = isSymbol ? kSymbolGroups : kGlobalGroups;
    const std::span<const char *const> titles = isSymbol ? std::span<const char *const>(kSymbolGroupTitles)
                                                         : std::span<const char *const>(kGlobalGroupTitles);
    for (std::size_t g = 0; g < titles.size(); ++g) {
        layout->addWidget(group(tr(titles[g])));
        for (const QString &key : groups[g]) {
            addField(key, m_fields.value(key).kind);
        }
    }
    layout->addStretch(1);
    if (isSymbol) {
        setSymbolConfig(symbol);
    } else {
        setGlobalConfig(global);
    }
}

QWidget *ConfigForm::group(const QString &title)
{
    auto *box = new QGroupBox(title, this);
    box->setObjectName(u"group_"_s + QString(title).remove(u' '));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_currentGroup = box;
    return box;
}

QString ConfigForm::choiceMeaning(const QString &value)
{
    static const QHash<QString, const char *> meanings {
        { u"LIFO"_s, QT_TR_NOOP("newest tranche closed first") },
        { u"FIFO"_s, QT_TR_NOOP("oldest tranche closed first") },
        { u"WORST_FIRST"_s, QT_TR_NOOP("the tranche losing most closed first") },
        { u"BEST_FIRST"_s, QT_TR_NOOP("the tranche earning most closed first") },
        { u"HOLD"_s, QT_TR_NOOP("keep it and wait for recovery") },
        { u"PARTIAL_CLOSE"_s, QT_TR_NOOP("close a part of it") },
        { u"REDUCE_LEVERAGE"_s, QT_TR_NOOP("lower its leverage") },
        { u"LIMIT"_s, QT_TR_NOOP("at a set price") },
        { u"MARKET"_s, QT_TR_NOOP("at once, at the market price") },
        { u"OPPOSITE"_s, QT_TR_NOOP("enter against the liquidated side") },
        { u"SAME"_s, QT_TR_NOOP("enter with the liquidated side") },
        { u"ONE_WAY"_s, QT_TR_NOOP("one net position per symbol") },
        { u"HEDGE"_s, QT_TR_NOOP("long and short positions side by side") },
        { u"CROSSED"_s, QT_TR_NOOP("margin shared with the whole wallet") },
        { u"ISOLATED"_s, QT_TR_NOOP("margin set aside per position") },
    };
    const char *meaning = meanings.value(value, nullptr);
    return meaning ? tr(meaning) : QString();
}

QString ConfigForm::rangeInWords(const core::KeyRange &range)
{
    const QString lo = range.min.toString();
    const QString hi = range.max.toString();
    // Integer keys without a real upper bound carry INT_MAX: "1 or more".
    const bool isOpenEnded = range.max.toDouble() >= double(std::numeric_limits<int>::max());
    if (isOpenEnded) {
        return range.minInclusive ? tr("%1 or more").arg(lo) : tr("more than %1").arg(lo);
    }
    if (range.minInclusive && range.maxInclusive) {
        return tr("from %1 to %2").arg(lo, hi);
    }
    if (!range.minInclusive && range.maxInclusive) {
        return tr("more than %1, up to %2").arg(lo, hi);
    }
    if (range.minInclusive) {
        return tr("from %1, below %2").arg(lo, hi);
    }
    return tr("more than %1 and less than %2").arg(lo, hi);
}

void ConfigForm::addField(const QString &key, Kind kind)
{
    Field &field = m_fields[key];
    const auto range = core::ConfigValidator::rangeOf(key);
    QString tip = KeyHelp::text(key);
    if (range) {
        tip += u"\n\n"_s + tr("Allowed: %1.").arg(rangeInWords(*range));
    }
    switch (kind) {
    case Kind::Bool: {
        auto *box = new QCheckBox(m_currentGroup);
        connect(box, &QCheckBox::toggled, this, &ConfigForm::edited);
        field.editor = box;
        break;
    }
    case Kind::Integer: {
        auto *spin = new QSpinBox(m_currentGroup);
        int lo = 0;
        int hi = std::numeric_limits<int>::max();
        if (range) {
            lo = int(range->min.toDouble()) + (range->minInclusive ? 0 : 1);
            hi = int(std::min(range->max.toDouble(), double(std::numeric_limits<int>::max())))
                - (range->maxInclusive ? 0 : 1);
        }
        // The editor accepts more than the range: typing 50 into a field limited to 20 must not
        // silently become 5 (the spin box would drop the 0); the error under it names the range.
        spin->setRange(lo, std::max(hi, 999'999));
        spin->setGroupSeparatorShown(hi >= 10000);
        connect(spin, &QSpinBox::valueChanged, this, [this, key] { checkField(key); });
        connect(spin, &QSpinBox::valueChanged, this, &ConfigForm::edited);
        field.editor = spin;
        break;
    }
    case Kind::Decimal:
    case Kind::OptionalDecimal: {
        auto *edit = new QLineEdit(m_currentGroup);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^-?[0-9]*\\.?[0-9]*$"_s), edit));
        if (kind == Kind::OptionalDecimal) {
            edit->setPlaceholderText(tr("not set"));
        }
        connect(edit, &QLineEdit::textEdited, this, [this, key] {
            checkField(key);
            Q_EMIT edited();
        });
        field.editor = edit;
        break;
    }
    case Kind::Choice: {
        auto *combo = new QComboBox(m_currentGroup);
        // The file's value (LIFO, WORST_FIRST, ONE_WAY…) with what it means; the value is the item data.
        for (const QString &value : core::ConfigValidator::allowedValues(key)) {
            const QString meaning = choiceMeaning(value);
            combo->addItem(meaning.isEmpty() ? value : tr("%1 — %2").arg(value, meaning), value);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &ConfigForm::edited);
        field.editor = combo;
        break;
    }
    }
    field.editor->setObjectName(u"field_"_s + key);
    field.editor->setToolTip(tip);
    field.error = new QLabel(m_currentGroup);
    field.error->setObjectName(u"error_"_s + key);
    field.error->setWordWrap(true);
    field.error->hide();
    if (key == u"paperMode") {
        // Leaving paper mode goes through the toolbar's LIVE switch (keys + confirmation).
        field.editor->setEnabled(false);
    }
    auto *cell = new QWidget(m_currentGroup);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(1);
    cellLayout->addWidget(field.editor);
    cellLayout->addWidget(field.error);
    // A buddy label reads '&' as a mnemonic: "Write P&L every (s)" would show as "Write PL every".
    auto *label = new QLabel(QString(KeyHelp::label(key)).replace(u'&', u"&&"_s) + u':', m_currentGroup);
    label->setToolTip(tip);
    label->setBuddy(field.editor);
    static_cast<QFormLayout *>(m_currentGroup->layout())->addRow(label, cell);
}

QWidget *ConfigForm::editor(const QString &key) const
{
    return m_fields.value(key).editor;
}

void ConfigForm::setError(const QString &key, const QString &message)
{
    const Field field = m_fields.value(key);
    if (!field.error) {
        return;
    }
    field.error->setText(message);
    field.error->setVisible(!message.isEmpty());
    // The theme's error colour as it is when the message is shown.
    const QString red = UiFormat::lossColor().name();
    field.error->setStyleSheet(u"color: %1;"_s.arg(red));
    field.editor->setStyleSheet(message.isEmpty() ? QString() : u"border: 1px solid %1;"_s.arg(red));
}

QString ConfigForm::errorText(const QString &key) const
{
    const Field field = m_fields.value(key);
    return field.error && !field.error->isHidden() ? field.error->text() : QString();
}

QStringList ConfigForm::errors() const
{
    QStringList out;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it->error && !it->error->isHidden()) {
            out << it->error->text();
        }
    }
    out.sort();
    return out;
}

bool ConfigForm::checkField(const QString &key)
{
    const Field field = m_fields.value(key);
    if (field.kind == Kind::Integer) {
        const int value = static_cast<QSpinBox *>(field.editor)->value();
        const auto range = core::ConfigValidator::rangeOf(key);
        if (range && !range->contains(Decimal::fromInt(value))) {
            setError(
                key, tr("%1: %2 is out of range: %3").arg(KeyHelp::label(key)).arg(value).arg(rangeInWords(*range)));
            return false;
        }
        setError(key, {});
        return true;
    }
    if (field.kind != Kind::Decimal && field.kind != Kind::OptionalDecimal) {
        setError(key, {});
        return true;
    }
    const QString text = static_cast<QLineEdit *>(field.editor)->text().trimmed();
    const QString name = KeyHelp::label(key);
    if (text.isEmpty()) {
        if (field.kind == Kind::OptionalDecimal) {
            setError(key, {});
            return true;
        }
        setError(key, tr("%1: a value is required").arg(name));
        return false;
    }
    auto value = Decimal::parse(text);
    if (!value) {
        setError(key, tr("%1: \"%2\" is not a number").arg(name, text));
        return false;
    }
    if (auto issue = core::ConfigValidator::checkRange(m_pathPrefix + u'.' + key, value.value())) {
        // The validator's message starts with the key path; the form names the field as shown.
        const auto range = core::ConfigValidator::rangeOf(key);
        setError(key,
            range ? tr("%1: %2 is out of range: %3").arg(name, text, rangeInWords(*range))
                  : QString(name + u": "_s + issue->message));
        return false;
    }
    setError(key, {});
    return true;
}

void ConfigForm::setFieldText(const QString &key, const QString &text)
{
    const Field field = m_fields.value(key);
    if (!field.editor) {
        return;
    }
    switch (field.kind) {
    case Kind::Bool:
        static_cast<QCheckBox *>(field.editor)->setChecked(text == u"true");
        break;
    case Kind::Integer:
        static_cast<QSpinBox *>(field.editor)->setValue(text.toInt());
        break;
    case Kind::Decimal:
    case Kind::OptionalDecimal:
        static_cast<QLineEdit *>(field.editor)->setText(text);
        break;
    case Kind::Choice: {
        auto *combo = static_cast<QComboBox *>(field.editor);
        combo->setCurrentIndex(std::max(0, combo->findData(text)));
        break;
    }
    }
    checkField(key);
    Q_EMIT edited();
}

QString ConfigForm::fieldText(const QString &key) const
{
    const Field field = m_fields.value(key);
    if (!field.editor) {
        return {};
    }
    switch (field.kind) {
    case Kind::Bool:
        return static_cast<QCheckBox *>(field.editor)->isChecked() ? u"true"_s : u"false"_s;
    case Kind::Integer:
        return QString::number(static_cast<QSpinBox *>(field.editor)->value());
    case Kind::Decimal:
    case Kind::OptionalDecimal:
        return static_cast<QLineEdit *>(field.editor)->text().trimmed();
    case Kind::Choice:
        return static_cast<QComboBox *>(field.editor)->currentData().toString();
    }
    return {};
}

template<typename Config>
void ConfigForm::writeFields(const Config &config)
{
    auto write = [this](QStringView key, const auto &value) {
        using T = std::decay_t<decltype(value)>;
        const QString k = key.toString();
        const Field field = m_fields.value(k);
        if (!field.editor) {
            return;
        }
        QSignalBlocker block(field.editor);
        if constexpr (std::is_same_v<T, bool>) {
            static_cast<QCheckBox *>(field.editor)->setChecked(value);
        } else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, qint64>) {
            static_cast<QSpinBox *>(field.editor)->setValue(int(value));
        } else if constexpr (std::is_same_v<T, Decimal>) {
            static_cast<QLineEdit *>(field.editor)->setText(value.toString());
        } else if constexpr (std::is_same_v<T, std::optional<Decimal>>) {
            static_cast<QLineEdit *>(field.editor)->setText(value ? value->toString() : QString());
        } else {
            auto *combo = static_cast<QComboBox *>(field.editor);
            combo->setCurrentIndex(std::max(0, combo->findData(enumText(value))));
        }
        setError(k, {});
    };
    if constexpr (std::is_same_v<Config, core::SymbolConfig>) {
        core::forEachSymbolField(config, write);
    } else {
        core::forEachGlobalField(config, write);
    }
}

template<typename Config>
bool ConfigForm::readFields(Config &config)
{
    bool ok = true;
    auto read = [this, &ok](QStringView key, auto &value) {
        using T = std::decay_t<decltype(value)>;
        const QString k = key.toString();
        const Field field = m_fields.value(k);
        if (!field.editor) {
            return;
        }
        if (!checkField(k)) {
            ok = false;
            return;
        }
        if constexpr (std::is_same_v<T, bool>) {
            value = static_cast<QCheckBox *>(field.editor)->isChecked();
        } else if constexpr (std::is_same_v<T, int> || std::is_same_v<T, qint64>) {
            value = T(static_cast<QSpinBox *>(field.editor)->value());
        } else if constexpr (std::is_same_v<T, Decimal>) {
            value = Decimal::fromString(static_cast<QLineEdit *>(field.editor)->text().trimmed());
        } else if constexpr (std::is_same_v<T, std::optional<Decimal>>) {
            const QString text = static_cast<QLineEdit *>(field.editor)->text().trimmed();
            value = text.isEmpty() ? std::nullopt : std::optional(Decimal::fromString(text));
        } else {
            if (auto parsed = enumFrom<T>(static_cast<QComboBox *>(field.editor)->currentData().toString())) {
                value = *parsed;
            }
        }
    };
    if constexpr (std::is_same_v<Config, core::SymbolConfig>) {
        core::forEachSymbolField(config, read);
    } else {
        core::forEachGlobalField(config, read);
    }
    return ok;
}

void ConfigForm::setSymbolConfig(const core::SymbolConfig &config)
{
    writeFields(config);
}

void ConfigForm::setGlobalConfig(const core::GlobalConfig &config)
{
    writeFields(config);
}

void ConfigForm::showIssues(const QList<core::ConfigIssue> &issues)
{
    for (const core::ConfigIssue &issue : issues) {
        if (!issue.isError) {
            continue;
        }
        const QString key = issue.path.section(u'.', -1);
        if (m_fields.contains(key)) {
            setError(key, KeyHelp::label(key) + u": "_s + issue.message.section(u": "_s, 1));
        }
    }
}

bool ConfigForm::readSymbolConfig(core::SymbolConfig *config)
{
    core::SymbolConfig read = *config;
    if (!readFields(read)) {
        return false;
    }
    const auto issues = core::ConfigValidator::validateSymbol(m_pathPrefix.section(u'.', 1), read);
    if (core::ConfigValidator::hasErrors(issues)) {
        showIssues(issues);
        return false;
    }
    *config = read;
    return true;
}

bool ConfigForm::readGlobalConfig(core::GlobalConfig *config)
{
    core::GlobalConfig read = *config;
    if (!readFields(read)) {
        return false;
    }
    const auto issues = core::ConfigValidator::validateGlobal(read);
    if (core::ConfigValidator::hasErrors(issues)) {
        showIssues(issues);
        return false;
    }
    *config = read;
    return true;
}

} // namespace trd::ui
