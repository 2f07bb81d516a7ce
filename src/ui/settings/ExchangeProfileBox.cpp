// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/ExchangeProfileBox.h"

#include "ui_ExchangeProfileBox.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {
// The combo's rows, in the form's order.
const QStringList kProfileNames { u"mainnet"_s, u"testnet"_s, u"custom"_s };
} // namespace

ExchangeProfileBox::ExchangeProfileBox(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::ExchangeProfileBox>())
{
    m_ui->setupUi(this);
    for (int row = 0; row < kProfileNames.size(); ++row) {
        m_ui->exchangeProfileCombo->setItemData(row, kProfileNames.at(row));
    }
    connect(m_ui->exchangeProfileCombo, &QComboBox::currentIndexChanged, this, &ExchangeProfileBox::update);
    for (QLineEdit *edit : { m_ui->customRestUrlEdit, m_ui->customStreamUrlEdit, m_ui->customChainIdEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &ExchangeProfileBox::update);
    }
    setProfile(exchange::ExchangeProfile::mainnet());
}

ExchangeProfileBox::~ExchangeProfileBox() = default;

void ExchangeProfileBox::setProfile(const exchange::ExchangeProfile &profile)
{
    const bool isCustom = profile.name == u"custom"_s;
    if (isCustom) {
        m_ui->customRestUrlEdit->setText(profile.rest.toString());
        m_ui->customStreamUrlEdit->setText(profile.marketStream.toString());
        m_ui->customChainIdEdit->setText(QString::number(profile.chainId));
    }
    m_ui->exchangeProfileCombo->setCurrentIndex(std::max(0, int(kProfileNames.indexOf(profile.name))));
    update();
}

core::Result<exchange::ExchangeProfile> ExchangeProfileBox::profile() const
{
    const QString name = m_ui->exchangeProfileCombo->currentData().toString();
    if (const auto known = exchange::ExchangeProfile::named(name)) {
        return *known;
    }
    auto custom = exchange::ExchangeProfile::checkedCustom(
        m_ui->customRestUrlEdit->text(), m_ui->customStreamUrlEdit->text(), m_ui->customChainIdEdit->text());
    if (!custom) {
        return core::Error { tr("Custom exchange: %1").arg(custom.error().message) };
    }
    return custom;
}

void ExchangeProfileBox::load()
{
    setProfile(exchange::ExchangeProfile::remembered(QSettings()).value_or(exchange::ExchangeProfile::mainnet()));
}

core::Result<void> ExchangeProfileBox::save() const
{
    const auto chosen = profile();
    if (!chosen) {
        return chosen.error();
    }
    QSettings settings;
    chosen.value().remember(settings);
    return {};
}

void ExchangeProfileBox::update()
{
    const bool isCustom = m_ui->exchangeProfileCombo->currentData().toString() == u"custom"_s;
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->customRestUrlLabel, m_ui->customRestUrlEdit,
             m_ui->customStreamUrlLabel, m_ui->customStreamUrlEdit, m_ui->customChainIdLabel,
             m_ui->customChainIdEdit }) {
        w->setVisible(isCustom);
    }
    const auto chosen = profile();
    if (!chosen) {
        m_ui->exchangeProfileSummary->setText(chosen.error().message);
        return;
    }
    m_ui->exchangeProfileSummary->setText(
        tr("Orders go to %1; API wallet signatures are for chain %2. Applied the next time LIVE starts.")
            .arg(chosen->rest.host())
            .arg(chosen->chainId));
}

} // namespace trd::ui
