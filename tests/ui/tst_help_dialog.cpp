// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help → User guide: the guide is TrancheDesk's own (nothing of the original web bot), documents
// every configuration key of the real key table with its default and range, its SQL runs on the
// store's schema, and the dialog finds words, reports misses and navigates by heading.
#include "SqliteTrancheStore.h"
#include "config/ConfigValidator.h"
#include "config/GlobalConfig.h"
#include "config/SymbolConfig.h"
#include "mainwindow/HelpDialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>

#include <optional>
#include <type_traits>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {

struct DocumentedKey
{
    QString key;
    QStringList defaults; // any of these texts in the row's Default cell
};

// The forms a default may take in the guide's tables: the value as the configuration file
// writes it, and whole numbers also with thousands separators ("30,000").
class DefaultCollector
{
public:
    explicit DefaultCollector(QList<DocumentedKey> &keys)
        : m_keys(keys)
    { }

    template<typename T>
    void operator()(QStringView key, const T &value)
    {
        m_keys.append({ key.toString(), forms(value) });
    }

private:
    template<typename T>
    static QStringList forms(const T &value)
    {
        if constexpr (std::is_same_v<T, bool>) {
            return { value ? u"true"_s : u"false"_s };
        } else if constexpr (std::is_integral_v<T>) {
            return { QString::number(value), QLocale(QLocale::English).toString(qlonglong(value)) };
        } else if constexpr (std::is_same_v<T, core::Decimal>) {
            return { value.toString() };
        } else if constexpr (std::is_same_v<T, std::optional<core::Decimal>>) {
            return value ? QStringList { value->toString() } : QStringList { u"not set"_s };
        } else if constexpr (std::is_same_v<T, QString>) {
            return { value };
        } else if constexpr (requires { core::toString(value); }) {
            return { core::toString(value) };
        } else {
            static_assert(sizeof(T) == 0, "a configuration field type the guide test cannot print");
        }
    }

    QList<DocumentedKey> &m_keys;
};

QList<DocumentedKey> everyKey()
{
    QList<DocumentedKey> keys;
    const core::SymbolConfig symbol;
    core::forEachSymbolField(symbol, DefaultCollector(keys));
    const core::GlobalConfig global;
    core::forEachGlobalField(global, DefaultCollector(keys));
    return keys;
}

// The cells of the guide's table row for `key` ("| `key` | default | range | example | meaning |").
QStringList rowOf(const QString &guide, const QString &key)
{
    const QString start = u"| `%1` |"_s.arg(key);
    const QStringList lines = guide.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(start)) {
            QStringList cells = line.split(u'|');
            for (QString &cell : cells) {
                cell = cell.trimmed();
            }
            return cells.mid(1); // the text before the first '|' is empty
        }
    }
    return {};
}

QStringList sqlStatements(const QString &guide)
{
    QStringList statements;
    static const QRegularExpression block(u"```sql\\n(.*?)```"_s, QRegularExpression::DotMatchesEverythingOption);
    for (auto it = block.globalMatch(guide); it.hasNext();) {
        QStringList lines;
        for (const QString &line : it.next().captured(1).split(u'\n')) {
            if (!line.trimmed().startsWith(u"--")) {
                lines << line;
            }
        }
        for (const QString &statement : lines.join(u'\n').split(u';')) {
            if (!statement.trimmed().isEmpty()) {
                statements << statement.trimmed();
            }
        }
    }
    return statements;
}

QStringList headings(const QTreeWidget *tree)
{
    QStringList titles;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it) {
        titles << (*it)->text(0);
    }
    return titles;
}

} // namespace

class TstHelpDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theGuideDescribesNoOtherProgram();
    void everyConfigurationKeyIsDocumentedWithItsDefaultAndRange();
    void theGuidesSqlRunsOnTheStoreAndOnlyReads();
    void findReportsMatchesAndMisses();
    void enterFindsTheNextMatchAndKeepsTheDialogOpen();
    void theContentsListTheChaptersAndGoThere();

    // The guide's screenshots are in the resources, and the browser finds each one it shows.
    void screenshotsInTheGuideLoad()
    {
        const QString guide = HelpDialog::guideText();
        static const QRegularExpression image(u"!\\[[^\\]]*\\]\\((qrc:[^)]+)\\)"_s);
        int count = 0;
        for (auto it = image.globalMatch(guide); it.hasNext();) {
            const QUrl url(it.next().captured(1));
            QVERIFY2(QFile::exists(u":"_s + url.path()), qPrintable(url.toString()));
            ++count;
        }
        QVERIFY(count >= 4);
        HelpDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.showHeading(u"The main window"_s));
        if (const QString shots = qEnvironmentVariable("TRD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.grab().save(shots + u"/help-main-window.png"_s);
        }
    }
};

void TstHelpDialog::theGuideDescribesNoOtherProgram()
{
    const QString guide = HelpDialog::guideText();
    QVERIFY2(guide.startsWith(u"# TrancheDesk"_s), qPrintable(guide.left(80)));
    for (const QString &foreign : { u"localhost"_s, u"trancheManager"_s, u".ts"_s, u"/api/"_s, u"3000"_s }) {
        const qsizetype at = guide.indexOf(foreign, 0, Qt::CaseInsensitive);
        QVERIFY2(at < 0, qPrintable(u"the guide contains \"%1\": …%2…"_s.arg(foreign, guide.mid(at - 40, 100))));
    }
}

void TstHelpDialog::everyConfigurationKeyIsDocumentedWithItsDefaultAndRange()
{
    const QString guide = HelpDialog::guideText();
    const QList<DocumentedKey> keys = everyKey();
    QVERIFY(keys.size() >= 43);
    for (const DocumentedKey &k : keys) {
        const QStringList cells = rowOf(guide, k.key);
        QVERIFY2(cells.size() >= 5,
            qPrintable(
                u"no row \"| `%1` | default | range | example | meaning |\" in the guide's key tables"_s.arg(k.key)));
        const QString &defaultCell = cells.at(1);
        const bool hasDefault = std::any_of(
            k.defaults.begin(), k.defaults.end(), [&](const QString &d) { return defaultCell.contains(d); });
        QVERIFY2(hasDefault,
            qPrintable(u"%1: the guide gives the default \"%2\", the code %3"_s.arg(
                k.key, defaultCell, k.defaults.join(u" or "_s))));
        const QString &rangeCell = cells.at(2);
        if (const auto range = core::ConfigValidator::rangeOf(k.key)) {
            QVERIFY2(rangeCell.contains(range->text()),
                qPrintable(
                    u"%1: the guide gives the range \"%2\", the code %3"_s.arg(k.key, rangeCell, range->text())));
        }
        for (const QString &allowed : core::ConfigValidator::allowedValues(k.key)) {
            QVERIFY2(rangeCell.contains(allowed),
                qPrintable(u"%1: the guide's values \"%2\" lack %3"_s.arg(k.key, rangeCell, allowed)));
        }
        QVERIFY2(!cells.at(3).isEmpty(), qPrintable(u"%1: no example"_s.arg(k.key)));
        QVERIFY2(!cells.at(4).isEmpty(), qPrintable(u"%1: no explanation"_s.arg(k.key)));
    }
}

void TstHelpDialog::theGuidesSqlRunsOnTheStoreAndOnlyReads()
{
    const QStringList statements = sqlStatements(HelpDialog::guideText());
    QVERIFY(statements.size() >= 5);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"tranchedesk.sqlite"_s);
    {
        auto store = storage::SqliteTrancheStore::open(path); // creates the schema, every migration
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"guide"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QVERIFY2(sql.startsWith(u"SELECT"_s, Qt::CaseInsensitive),
                qPrintable(u"the guide's SQL should only read: "_s + sql));
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql + u"\n→ "_s + query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(u"guide"_s);
}

void TstHelpDialog::findReportsMatchesAndMisses()
{
    HelpDialog dialog;
    QLineEdit *find = dialog.findChild<QLineEdit *>(u"helpFindEdit"_s);
    QLabel *status = dialog.findChild<QLabel *>(u"helpFindStatus"_s);
    auto *next = dialog.findChild<QToolButton *>(u"helpFindNext"_s);
    auto *previous = dialog.findChild<QToolButton *>(u"helpFindPrevious"_s);
    QVERIFY(find && status && next && previous);

    find->setText(u"isolation"_s);
    const int count = dialog.matchCount();
    QVERIFY2(count > 3, qPrintable(QString::number(count)));
    QCOMPARE(dialog.currentMatch(), 0);
    QCOMPARE(status->text(), u"1 of %1"_s.arg(count));
    QCOMPARE(dialog.browser()->textCursor().selectedText().toLower(), u"isolation"_s);

    next->click();
    QCOMPARE(dialog.currentMatch(), 1);
    QCOMPARE(status->text(), u"2 of %1"_s.arg(count));
    const int secondAt = dialog.browser()->textCursor().selectionStart();
    previous->click();
    QCOMPARE(dialog.currentMatch(), 0);
    QVERIFY(dialog.browser()->textCursor().selectionStart() < secondAt);
    previous->click(); // wraps to the last one
    QCOMPARE(dialog.currentMatch(), count - 1);
    QCOMPARE(status->text(), u"%1 of %1"_s.arg(count));

    find->setText(u"qwxzv-no-such-word"_s);
    QCOMPARE(dialog.matchCount(), 0);
    QCOMPARE(dialog.currentMatch(), -1);
    QCOMPARE(status->text(), u"Not found"_s);
    QVERIFY(!next->isEnabled());
    QVERIFY(!previous->isEnabled());

    find->clear();
    QVERIFY(status->text().isEmpty());
}

void TstHelpDialog::enterFindsTheNextMatchAndKeepsTheDialogOpen()
{
    HelpDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *find = dialog.findChild<QLineEdit *>(u"helpFindEdit"_s);
    find->setFocus();
    QTest::keyClicks(find, u"tranche"_s);
    QVERIFY(dialog.matchCount() > 10);
    QCOMPARE(dialog.currentMatch(), 0);
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(dialog.currentMatch(), 1);
    QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(dialog.currentMatch(), 0);
    QVERIFY(dialog.isVisible());
}

void TstHelpDialog::theContentsListTheChaptersAndGoThere()
{
    HelpDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *contents = dialog.findChild<QTreeWidget *>(u"helpContents"_s);
    QVERIFY(contents);
    const QStringList titles = headings(contents);
    for (const QString &chapter : { u"What TrancheDesk is"_s, u"Installing"_s, u"First start: the demo market"_s,
             u"The main window"_s, u"Configuration keys"_s, u"Strategy presets"_s, u"LIVE mode and API keys"_s,
             u"Exporting to CSV"_s, u"The command-line tool"_s, u"Reading the store with SQL"_s,
             u"Keyboard shortcuts"_s, u"Troubleshooting"_s }) {
        QVERIFY2(titles.contains(chapter), qPrintable(chapter + u" is not in the contents: "_s + titles.join(u", "_s)));
    }
    QVERIFY(dialog.showHeading(u"Troubleshooting"_s));
    QCOMPARE(dialog.browser()->textCursor().block().text(), u"Troubleshooting"_s);
    QVERIFY(dialog.browser()->verticalScrollBar()->value() > 0);
    QVERIFY(!dialog.showHeading(u"No such chapter"_s));
}

} // namespace trd::ui

QTEST_MAIN(trd::ui::TstHelpDialog)
#include "tst_help_dialog.moc"
