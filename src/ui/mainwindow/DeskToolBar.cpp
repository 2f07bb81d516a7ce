// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskToolBar.h"

#include "common/MessageBox.h"
#include "common/UiFormat.h"
#include "session/DeskSession.h"
#include "session/RemoteEngine.h"
#include "settings/ApiKeyDialog.h"
#include "settings/SecretStore.h"
#include "summary/SummaryPanel.h"
#include "tranche/TrancheManager.h"
#include "tranches/CloseTranchesDialog.h"

#include <QComboBox>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

DeskToolBar::DeskToolBar(DeskSession *session, QWidget *parent)
    : QToolBar(tr("Trading"), parent)
    , m_session(session)
    , m_modeBadge(new QLabel(this))
    , m_market(makeIndicator(u"marketStreamState"_s))
    , m_userData(makeIndicator(u"userStreamState"_s))
    , m_sync(makeIndicator(u"syncState"_s))
    , m_symbol(new QComboBox(this))
    , m_side(new QComboBox(this))
{
    setObjectName(u"mainToolBar"_s);
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(18, 18));

    m_modeBadge->setObjectName(u"modeBadge"_s);
    m_modeBadge->setAlignment(Qt::AlignCenter);
    //: Not shown: measures the widest mode badge, so the toolbar does not jump when the mode changes.
    // In the badge's own font (bold 11 pt, set by updateMode's style sheet) plus its padding and margins.
    QFont badgeFont = m_modeBadge->font();
    badgeFont.setWeight(QFont::ExtraBold);
    badgeFont.setPointSize(11);
    m_modeBadge->setMinimumWidth(QFontMetrics(badgeFont).horizontalAdvance(tr("PAPER · demo market")) + 40);
    addWidget(m_modeBadge);
    m_live = addAction(QIcon(u":/ui/icons/live.svg"_s), tr("Switch to LIVE…"), this, &DeskToolBar::requestLive);
    m_live->setObjectName(u"liveAction"_s);
    m_paper = addAction(QIcon(u":/ui/icons/paper.svg"_s), tr("Switch to PAPER…"), this, &DeskToolBar::requestPaper);
    m_paper->setObjectName(u"paperAction"_s);
    addSeparator();
    m_pause = addAction(QIcon(u":/ui/icons/pause.svg"_s), tr("Pause entries"));
    m_pause->setObjectName(u"pauseAction"_s);
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pause, &QAction::toggled, m_session, &DeskSession::setEntriesPaused);
    m_closeAll = addAction(QIcon(u":/ui/icons/close-all.svg"_s), tr("Close all…"), this, &DeskToolBar::closeAll);
    m_closeAll->setObjectName(u"closeAllAction"_s);
    m_closeAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    addSeparator();

    m_symbol->setObjectName(u"symbolCombo"_s);
    m_symbol->setMinimumWidth(130);
    // "All symbols" is longer in other languages, and the list is filled after the first show.
    m_symbol->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_side->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_side->setObjectName(u"sideCombo"_s);
    m_side->addItem(tr("Both sides"), QString());
    m_side->addItem(u"LONG"_s, u"LONG"_s);
    m_side->addItem(u"SHORT"_s, u"SHORT"_s);
    addWidget(new QLabel(tr(" Symbol "), this));
    addWidget(m_symbol);
    addWidget(m_side);
    auto emitSelection = [this] { Q_EMIT selectionChanged(symbol(), side()); };
    connect(m_symbol, &QComboBox::currentIndexChanged, this, emitSelection);
    connect(m_side, &QComboBox::currentIndexChanged, this, emitSelection);

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    addWidget(m_market);
    addWidget(m_userData);
    addWidget(m_sync);

    connect(m_session, &DeskSession::configChanged, this, [this] {
        updateMode();
        setSymbols(m_session->config().symbols.keys());
    });
    connect(m_session, &DeskSession::entriesPausedChanged, this, &DeskToolBar::updatePause);
    connect(m_session, &DeskSession::streamStateChanged, this, &DeskToolBar::updateStreams);
    if (auto *manager = m_session->manager()) {
        connect(manager, &core::TrancheManager::syncStateChanged, this, &DeskToolBar::updateSync);
    }
    connect(this, &DeskToolBar::selectionChanged, this, &DeskToolBar::updateSync);
    connect(m_session, &DeskSession::syncChanged, this, &DeskToolBar::updateSync);
    setSymbols(m_session->config().symbols.keys());
    updateMode();
    updatePause();
    updateStreams();
    updateSync();
}

QLabel *DeskToolBar::makeIndicator(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setContentsMargins(8, 0, 8, 0);
    return label;
}

void DeskToolBar::setIndicator(QLabel *label, const QString &text, const QColor &color)
{
    label->setText(u"<span style=\"color:%1\">●</span> %2"_s.arg(color.name(), text));
}

QString DeskToolBar::symbol() const
{
    return m_symbol->currentData().toString();
}

QString DeskToolBar::side() const
{
    return m_side->currentData().toString();
}

void DeskToolBar::setSymbol(const QString &symbol)
{
    m_symbol->setCurrentIndex(std::max(0, m_symbol->findData(symbol)));
}

void DeskToolBar::setSymbols(const QStringList &symbols)
{
    const QString current = symbol();
    {
        QSignalBlocker block(m_symbol);
        m_symbol->clear();
        m_symbol->addItem(tr("All symbols"), QString());
        for (const QString &s : symbols) {
            m_symbol->addItem(s, s);
        }
        m_symbol->setCurrentIndex(std::max(0, m_symbol->findData(current)));
    }
    if (symbol() != current) {
        Q_EMIT selectionChanged(symbol(), side());
    }
}

void DeskToolBar::updateMode()
{
    const bool paper = m_session->isPaperMode();
    const QString market = m_session->marketName();
    // LIVE names its host too, so the testnet (or a rehearsal on a local fake) is never taken for Aster.
    m_modeBadge->setText(paper ? (market.isEmpty() ? tr("PAPER") : tr("PAPER · %1").arg(market))
                               : (market.isEmpty() ? tr("LIVE") : tr("LIVE · %1").arg(market)));
    m_modeBadge->setToolTip(paper ? tr("Paper trading: orders go to the simulated exchange, no real money.")
                                  : tr("LIVE trading with real funds."));
    m_modeBadge->setStyleSheet(paper
            ? u"QLabel { background: %1; color: %2; font-weight: 800; font-size: 11pt; "
              "border-radius: 6px; padding: 3px 12px; margin: 2px 6px; }"_s.arg(
                  UiFormat::bannerColor().name(), UiFormat::bannerTextColor().name())
            : u"QLabel { background: %1; color: white; font-weight: 800; font-size: 11pt; "
              "border-radius: 6px; padding: 3px 12px; margin: 2px 6px; }"_s.arg(UiFormat::liveColor().name()));
    m_live->setVisible(paper);
    m_paper->setVisible(!paper);
}

void DeskToolBar::updatePause()
{
    const bool paused = m_session->isEntriesPaused();
    QSignalBlocker block(m_pause);
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume entries") : tr("Pause entries"));
    m_pause->setIcon(QIcon(paused ? u":/ui/icons/play.svg"_s : u":/ui/icons/pause.svg"_s));
    m_pause->setToolTip(paused ? tr("New entries are paused; open tranches are still managed.")
                               : tr("Pause new entries (open tranches stay managed)."));
}

void DeskToolBar::updateStreams()
{
    const auto show = [this](QLabel *label, DeskSession::Stream stream, const QString &name) {
        const bool up = m_session->isStreamUp(stream);
        setIndicator(label, tr("%1 %2").arg(name, up ? tr("connected") : tr("down")),
            up ? UiFormat::profitColor() : UiFormat::lossColor());
    };
    show(m_market, DeskSession::Stream::Market, tr("Market"));
    show(m_userData, DeskSession::Stream::UserData, tr("User data"));
}

void DeskToolBar::updateSync()
{
    auto *manager = m_session->manager();
    if (!manager && !m_session->syncLookup()) {
        setIndicator(m_sync, tr("Sync —"), UiFormat::closedColor());
        return;
    }
    // The same worst-of-the-books rule as the summary, so the two never disagree.
    const auto books = symbol().isEmpty() ? m_session->config().symbols.keys() : QStringList { symbol() };
    const auto worst = manager ? SummaryPanel::worstSync(manager, symbol(), core::sideFromString(side()))
                               : SummaryPanel::worstSync(m_session->syncLookup(), books, core::sideFromString(side()));
    const QColor color = worst == core::SyncState::Synced ? UiFormat::profitColor()
        : worst == core::SyncState::Unknown               ? UiFormat::closedColor()
                                                          : UiFormat::lossColor();
    setIndicator(m_sync, tr("Sync: %1").arg(UiFormat::syncState(worst)), color);
}

void DeskToolBar::closeAll()
{
    auto *manager = m_session->manager();
    if (!manager) {
        // A remote engine closes every open tranche it has, on its own exchange.
        if (auto *remote = m_session->remote(); remote
            && MessageBox::question(parentWidget(), tr("Close all"),
                   tr("Close every open tranche of the engine at %1 at market now?").arg(remote->address()))
                == QMessageBox::Yes) {
            remote->sendControl(u"closeAll"_s);
        }
        return;
    }
    CloseTranchesDialog dialog(manager, symbol(), side(), parentWidget());
    dialog.run();
}

void DeskToolBar::requestLive()
{
    // A remote engine's keys are where it runs; it refuses LIVE itself when it has none.
    if (!m_session->remote() && m_session->secrets() && !m_session->secrets()->hasApiKeys()) {
        // Without a keychain the key dialog could store nothing: say what is missing instead.
        if (const QString missing = m_session->secrets()->unavailableExplanation(); !missing.isEmpty()) {
            MessageBox::warning(parentWidget(), tr("Switch to LIVE"), missing);
            return;
        }
        MessageBox::information(parentWidget(), tr("Switch to LIVE"),
            tr("LIVE trading needs your Aster API wallet: the account's address and the API wallet's "
               "private key (an older HMAC API key and secret works too). Enter them first; they are kept in "
               "the operating system's keychain."));
        ApiKeyDialog dialog(m_session->secrets(), parentWidget());
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
    }
    if (MessageBox::question(parentWidget(), tr("Switch to LIVE"),
            tr("LIVE mode trades real funds on Aster with your API wallet.\n\nSwitch to LIVE?"))
        != QMessageBox::Yes) {
        return;
    }
    if (auto result = m_session->requestLiveMode(); !result) {
        MessageBox::warning(parentWidget(), tr("Switch to LIVE"), result.error().message);
    }
    updateMode();
}

void DeskToolBar::requestPaper()
{
    const int open = m_session->manager() ? int(m_session->manager()->openTranches().size())
        : m_session->remote()             ? int(m_session->remote()->openTranches({}, std::nullopt).size())
                                          : 0;
    QString text = tr("Switch back to PAPER trading on the demo market?");
    if (open > 0) {
        text += u"\n\n"_s
            + tr("%n open LIVE tranche(s) stay open on Aster with their TP and SL orders, but TrancheDesk stops "
                 "watching them (no isolation, no recovery, no reconciliation) until you switch back to LIVE.",
                "", open);
    }
    if (MessageBox::question(parentWidget(), tr("Switch to PAPER"), text) != QMessageBox::Yes) {
        return;
    }
    if (auto result = m_session->requestPaperMode(); !result) {
        MessageBox::warning(parentWidget(), tr("Switch to PAPER"), result.error().message);
    }
}

} // namespace trd::ui
