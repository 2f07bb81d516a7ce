// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpDialog.h"

#include "common/ScreenFit.h"
#include "common/UiFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

// The guide lives in trd_ui's resources; a static library registers them only when asked.
static void initHelpResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace trd::ui {

namespace {

constexpr int kBlockRole = Qt::UserRole + 1;

// Return finds the next match and Shift+Return the previous one, and neither reaches the dialog
// (which would press its Close button).
class ReturnFilter : public QObject
{
public:
    ReturnFilter(HelpDialog *dialog)
        : QObject(dialog)
        , m_dialog(dialog)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                if (key->modifiers().testFlag(Qt::ShiftModifier)) {
                    m_dialog->findPrevious();
                } else {
                    m_dialog->findNext();
                }
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    HelpDialog *m_dialog;
};

} // namespace

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_contents(new QTreeWidget(this))
    , m_findEdit(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_findStatus(new QLabel(this))
{
    setObjectName(u"helpDialog"_s);
    setWindowTitle(tr("TrancheDesk user guide"));

    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(guideText());

    m_contents->setObjectName(u"helpContents"_s);
    m_contents->setHeaderHidden(true);
    m_contents->setColumnCount(1);
    m_contents->header()->setStretchLastSection(true);
    m_contents->setToolTip(tr("Contents: click a heading to go there."));
    buildContents();
    connect(m_contents, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item) {
            scrollToBlock(item->data(0, kBlockRole).toInt());
        }
    });
    connect(m_contents, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { scrollToBlock(item->data(0, kBlockRole).toInt()); });

    m_findEdit->setObjectName(u"helpFindEdit"_s);
    m_findEdit->setPlaceholderText(tr("Find in the guide (Enter: next, Shift+Enter: previous)"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(new ReturnFilter(this));
    connect(m_findEdit, &QLineEdit::textChanged, this, &HelpDialog::search);
    m_previous->setObjectName(u"helpFindPrevious"_s);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    connect(m_previous, &QToolButton::clicked, this, &HelpDialog::findPrevious);
    m_next->setObjectName(u"helpFindNext"_s);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    connect(m_next, &QToolButton::clicked, this, &HelpDialog::findNext);
    m_findStatus->setObjectName(u"helpFindStatus"_s);
    m_findStatus->setMinimumWidth(110);

    auto *focusFind = new QShortcut(QKeySequence::Find, this);
    connect(focusFind, &QShortcut::activated, this, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    connect(new QShortcut(QKeySequence::FindNext, this), &QShortcut::activated, this, &HelpDialog::findNext);
    connect(new QShortcut(QKeySequence::FindPrevious, this), &QShortcut::activated, this, &HelpDialog::findPrevious);

    auto *findBar = new QHBoxLayout;
    findBar->addWidget(new QLabel(tr("Find:"), this));
    findBar->addWidget(m_findEdit, 1);
    findBar->addWidget(m_previous);
    findBar->addWidget(m_next);
    findBar->addWidget(m_findStatus);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"helpSplitter"_s);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 270, 830 });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter belongs to the find field, never to the Close button.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    // 1100×800 where there is room; shrunk onto smaller screens (1366×768 at 125 % and more).
    ScreenFit::fit(this, QSize(1100, 800));
    showStatus();
    m_findEdit->setFocus();
}

QString HelpDialog::guideText()
{
    initHelpResources();
    // A translated guide, when the resources have one for the language in use (user-guide_es.md,
    // user-guide_zh_CN.md), else the English original.
    const QLocale locale;
    const QStringList names { u":/ui/user-guide_%1.md"_s.arg(locale.name()),
        u":/ui/user-guide_%1.md"_s.arg(QLocale::languageToCode(locale.language())), u":/ui/user-guide.md"_s };
    for (const QString &name : names) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly)) {
            return QString::fromUtf8(file.readAll());
        }
    }
    return tr("The user guide is missing from this build.");
}

void HelpDialog::buildContents()
{
    // Headings nest by level: a level-3 heading goes under the level-2 heading before it.
    QList<std::pair<int, QTreeWidgetItem *>> open;
    const QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0 || level > 3 || block.text().trimmed().isEmpty()) {
            continue;
        }
        while (!open.isEmpty() && open.last().first >= level) {
            open.removeLast();
        }
        auto *item = open.isEmpty() ? new QTreeWidgetItem(m_contents) : new QTreeWidgetItem(open.last().second);
        item->setText(0, block.text().trimmed());
        item->setToolTip(0, block.text().trimmed());
        item->setData(0, kBlockRole, block.blockNumber());
        open.append({ level, item });
    }
    // The title (the one level-1 heading) stays open so that the chapters show at once.
    for (int i = 0; i < m_contents->topLevelItemCount(); ++i) {
        m_contents->topLevelItem(i)->setExpanded(true);
    }
}

bool HelpDialog::showHeading(const QString &title)
{
    const auto items = m_contents->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
    if (items.isEmpty()) {
        return false;
    }
    m_contents->setCurrentItem(items.front());
    scrollToBlock(items.front()->data(0, kBlockRole).toInt());
    return true;
}

void HelpDialog::scrollToBlock(int blockNumber)
{
    QTextDocument *document = m_browser->document();
    const QTextBlock block = document->findBlockByNumber(blockNumber);
    if (!block.isValid()) {
        return;
    }
    m_browser->setTextCursor(QTextCursor(block));
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(int(rect.top()));
}

void HelpDialog::search(const QString &text)
{
    m_matches.clear();
    m_current = -1;
    QList<QTextEdit::ExtraSelection> highlights;
    if (!text.trimmed().isEmpty()) {
        const QTextDocument *document = m_browser->document();
        QTextCharFormat format;
        format.setBackground(QColor(0xff, 0xd8, 0x4d));
        format.setForeground(QColor(0x1b, 0x1b, 0x1f));
        for (QTextCursor found = document->find(text); !found.isNull(); found = document->find(text, found)) {
            m_matches.append(found);
            highlights.append({ found, format });
        }
    }
    m_browser->setExtraSelections(highlights);
    if (!m_matches.isEmpty()) {
        selectMatch(0);
        return;
    }
    showStatus();
}

void HelpDialog::findNext()
{
    if (m_matches.isEmpty()) {
        showStatus();
        return;
    }
    selectMatch((m_current + 1) % int(m_matches.size()));
}

void HelpDialog::findPrevious()
{
    if (m_matches.isEmpty()) {
        showStatus();
        return;
    }
    const int count = int(m_matches.size());
    selectMatch((m_current - 1 + count) % count);
}

void HelpDialog::selectMatch(int index)
{
    m_current = index;
    m_browser->setTextCursor(m_matches.at(index));
    m_browser->ensureCursorVisible();
    showStatus();
}

void HelpDialog::showStatus()
{
    const bool hasText = !m_findEdit->text().trimmed().isEmpty();
    m_previous->setEnabled(!m_matches.isEmpty());
    m_next->setEnabled(!m_matches.isEmpty());
    if (!hasText) {
        m_findStatus->clear();
        m_findStatus->setStyleSheet({});
        return;
    }
    if (m_matches.isEmpty()) {
        m_findStatus->setText(tr("Not found"));
        m_findStatus->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(UiFormat::lossColor().name()));
        return;
    }
    m_findStatus->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    m_findStatus->setStyleSheet({});
}

} // namespace trd::ui
