// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineView.h"

#include "common/DataTable.h"
#include "timeline/EventFilterProxy.h"
#include "timeline/EventTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {
const QList<core::EventType> kTypes { core::EventType::Created, core::EventType::EntryFilled, core::EventType::Isolated,
    core::EventType::PartialClose, core::EventType::Closed, core::EventType::RecoveryCreated,
    core::EventType::EntryRefused, core::EventType::OrderRejected, core::EventType::Sync,
    core::EventType::ProtectiveReplaced, core::EventType::ConfigChanged, core::EventType::Connection,
    core::EventType::AccountAlert };
} // namespace

TimelineView::TimelineView(EventTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new EventFilterProxy(this))
    , m_table(new QTableView(this))
    , m_typeButton(new QToolButton(this))
    , m_symbolBox(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    setObjectName(u"timelineView"_s);
    m_proxy->setSourceModel(m_model);

    m_typeButton->setObjectName(u"timelineTypeFilter"_s);
    m_typeButton->setText(tr("All event types"));
    m_typeButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_typeButton);
    menu->setObjectName(u"timelineTypeMenu"_s);
    // Real check boxes: their state reads in both themes, and the menu stays open while the trader
    // picks several types. Checked means shown.
    auto *all = new QCheckBox(tr("All event types"), menu);
    all->setObjectName(u"timelineTypeAll"_s);
    all->setTristate(false);
    auto *allAction = new QWidgetAction(menu);
    allAction->setDefaultWidget(all);
    menu->addAction(allAction);
    menu->addSeparator();
    for (core::EventType type : kTypes) {
        auto *box = new QCheckBox(EventTableModel::typeLabel(type), menu);
        box->setIcon(EventTableModel::typeIcon(type));
        box->setChecked(true);
        box->setProperty("eventType", core::toString(type));
        box->setObjectName(u"timelineType_"_s + core::toString(type));
        auto *action = new QWidgetAction(menu);
        action->setDefaultWidget(box);
        menu->addAction(action);
        m_typeBoxes << box;
        connect(box, &QCheckBox::toggled, this, &TimelineView::applyTypes);
    }
    all->setChecked(true);
    connect(all, &QCheckBox::clicked, this, [this](bool checked) {
        for (QCheckBox *box : std::as_const(m_typeBoxes)) {
            const QSignalBlocker block(box);
            box->setChecked(checked);
        }
        applyTypes();
    });
    m_allTypes = all;
    m_typeButton->setMenu(menu);

    m_symbolBox->setObjectName(u"timelineSymbolFilter"_s);
    m_symbolBox->addItem(tr("All symbols"), QString());
    connect(m_symbolBox, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setSymbol(m_symbolBox->currentData().toString()); });

    m_search->setObjectName(u"timelineSearch"_s);
    m_search->setPlaceholderText(tr("Search events (tranche id, reason, symbol…)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &EventFilterProxy::setSearchText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_typeButton);
    filters->addWidget(m_symbolBox);
    filters->addWidget(m_search, 1);

    DataTable::setUp(m_table, m_proxy, u"timelineTable"_s);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EventTableModel::TypeColumn, 170);
    m_table->setColumnWidth(EventTableModel::TimeColumn, 150);
    m_table->setColumnWidth(EventTableModel::TrancheColumn, 90);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table);
}

void TimelineView::setSymbols(const QStringList &symbols)
{
    const QString current = m_symbolBox->currentData().toString();
    m_symbolBox->blockSignals(true);
    m_symbolBox->clear();
    m_symbolBox->addItem(tr("All symbols"), QString());
    for (const QString &s : symbols) {
        m_symbolBox->addItem(s, s);
    }
    m_symbolBox->setCurrentIndex(std::max(0, m_symbolBox->findData(current)));
    m_symbolBox->blockSignals(false);
}

void TimelineView::applyTypes()
{
    QSet<QString> types;
    QStringList shownLabels;
    QStringList hiddenLabels;
    const int total = int(m_typeBoxes.size());
    for (QCheckBox *box : std::as_const(m_typeBoxes)) {
        if (box->isChecked()) {
            types.insert(box->property("eventType").toString());
            shownLabels << box->text();
        } else {
            hiddenLabels << box->text();
        }
    }
    {
        const QSignalBlocker block(m_allTypes);
        m_allTypes->setChecked(types.size() == total);
    }
    // Say what is shown in words: "All event types", "Only Tranche closed", "All but Entry refused".
    QString text;
    if (types.size() == total) {
        text = tr("All event types");
    } else if (types.isEmpty()) {
        text = tr("No event type");
    } else if (types.size() == 1) {
        text = tr("Only %1").arg(shownLabels.front());
    } else if (hiddenLabels.size() == 1) {
        text = tr("All but %1").arg(hiddenLabels.front());
    } else {
        text = tr("%1 of %2 event types").arg(types.size()).arg(total);
    }
    m_typeButton->setText(text);
    m_typeButton->setToolTip(types.size() == total ? QString() : tr("Shown: %1").arg(shownLabels.join(u", "_s)));
    // Nothing checked shows nothing, not everything.
    m_proxy->setTypes(types.isEmpty() ? QSet<QString> { u"-"_s } : (types.size() == total ? QSet<QString>() : types));
}

} // namespace trd::ui
