// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues in translations/ are complete (no unfinished or empty entry, every placeholder
// kept, one form per plural of the language), the build embeds each of them, and the embedded
// catalogues translate.
#include "Translations.h"
#include "common/UiFormat.h"
#include "mainwindow/HelpDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kTranslationsDir = QStringLiteral(TRD_SOURCE_DIR "/translations");

struct Message
{
    QString context;
    QString source;
    QString type; // of <translation>: "", "unfinished", "vanished", "obsolete"
    bool isNumerus = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message") {
                messages.append(current);
            }
            continue;
        }
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message { context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {} };
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(u"type"_s).toString();
            if (!current.isNumerus) {
                current.translations.append(xml.readElementText());
            }
        } else if (name == u"numerusform") {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    }
    return messages;
}

// %1…%99, %L1…, and %n: what arg() and tr()'s count fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(L?\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured(0));
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

// Plural forms per language, as Qt's rules count them.
int pluralForms(const QString &language)
{
    return language.startsWith(u"zh") ? 1 : 2;
}

QStringList tsFiles()
{
    return QDir(kTranslationsDir).entryList({ u"tranchedesk_*.ts"_s }, QDir::Files, QDir::Name);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theShippedLanguagesHaveCatalogues()
    {
        QStringList expected;
        for (const QString &language : trd::i18n::shippedLanguages()) {
            expected.append(u"tranchedesk_%1.ts"_s.arg(language));
        }
        expected.sort();
        QCOMPARE(tsFiles(), expected);
    }

    void everyEntryIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : tsFiles()) {
            QTest::newRow(qPrintable(file)) << file;
        }
    }

    void everyEntryIsTranslated()
    {
        QFETCH(QString, file);
        QString language;
        const QList<Message> messages = readTs(kTranslationsDir + u'/' + file, &language);
        QVERIFY2(messages.size() > 400, qPrintable(u"only %1 entries"_s.arg(messages.size())));
        QVERIFY2(file.contains(language.section(u'_', 0, 0)), qPrintable(language));
        QStringList problems;
        for (const Message &m : messages) {
            if (m.type == u"vanished" || m.type == u"obsolete") {
                continue; // not compiled into the catalogue
            }
            const QString where = m.context + u": \"" + m.source + u"\": ";
            if (m.type == u"unfinished") {
                problems.append(where + u"unfinished"_s);
                continue;
            }
            if (m.isNumerus && m.translations.size() != pluralForms(language)) {
                problems.append(
                    where + u"%1 plural forms, %2 wanted"_s.arg(m.translations.size()).arg(pluralForms(language)));
            }
            for (const QString &translation : m.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems.append(where + u"empty translation"_s);
                } else if (placeholders(translation) != placeholders(m.source)) {
                    problems.append(where
                        + u"placeholders %1 became %2 in \"%3\""_s.arg(
                            placeholders(m.source).join(u' '), placeholders(translation).join(u' '), translation));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theEmbeddedCataloguesTranslate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zh_CN: View menu") << u"zh_CN"_s << "trd::ui::MainWindow"_ba
                                          << "&View"_ba << -1 << u"视图(&V)"_s;
        QTest::newRow("zh_CN: a key's label") << u"zh_CN"_s << "trd::ui::KeyHelp"_ba
                                              << "Leverage"_ba << -1 << u"杠杆"_s;
        QTest::newRow("zh_CN: one plural form") << u"zh_CN"_s << "trd::ui::CloseTranchesDialog"_ba
                                                << "Close %n tranche(s)"_ba << 3 << u"平仓 %n 个分批仓位"_s;
        QTest::newRow("zh_CN: the CLI") << u"zh_CN"_s << "tranchedesk-cli"_ba
                                        << "exported %1 tranches and %2 events to %3"_ba << -1
                                        << u"已导出 %1 个分批仓位和 %2 个事件到 %3"_s;
        QTest::newRow("es: View menu") << u"es"_s << "trd::ui::MainWindow"_ba
                                       << "&View"_ba << -1 << u"&Ver"_s;
        QTest::newRow("es: a key's label") << u"es"_s << "trd::ui::KeyHelp"_ba
                                           << "Isolation threshold (%)"_ba << -1 << u"Umbral de aislamiento (%)"_s;
        QTest::newRow("es: singular") << u"es"_s << "trd::ui::CloseTranchesDialog"_ba
                                      << "Close %n tranche(s)"_ba << 1 << u"Cerrar %n tramo"_s;
        QTest::newRow("es: plural") << u"es"_s << "trd::ui::CloseTranchesDialog"_ba
                                    << "Close %n tranche(s)"_ba << 4 << u"Cerrar %n tramos"_s;
        QTest::newRow("es: tranche status") << u"es"_s << "trd::ui::TrancheTableModel"_ba
                                            << "ISOLATED"_ba << -1 << u"AISLADO"_s;
    }

    void theEmbeddedCataloguesTranslate()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator translator;
        const QString qm = u":/i18n/tranchedesk_%1.qm"_s.arg(language);
        QVERIFY2(translator.load(qm), qPrintable(qm));
        const char *disambiguation = source == "ISOLATED" ? "tranche status" : nullptr;
        QCOMPARE(translator.translate(context.constData(), source.constData(), disambiguation, n), expected);
    }

    void installFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("isLoaded");
        QTest::addColumn<QString>("view");
        QTest::newRow("Chinese (China)") << u"zh_CN"_s << true << u"视图(&V)"_s;
        QTest::newRow("Spanish (Mexico) falls back to es") << u"es_MX"_s << true << u"&Ver"_s;
        QTest::newRow("English needs no catalogue") << u"en_US"_s << false << u"&View"_s;
        QTest::newRow("an unshipped language is English") << u"fr_FR"_s << false << u"&View"_s;
    }

    void installFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(bool, isLoaded);
        QFETCH(QString, view);
        QCOMPARE(trd::i18n::install(QLocale(locale)), isLoaded);
        QCOMPARE(QCoreApplication::translate("trd::ui::MainWindow", "&View"), view);
        trd::i18n::install(QLocale(QLocale::English));
    }

    void theLanguageSettingPicksTheLocale()
    {
        QCOMPARE(trd::i18n::localeFor(QString()), QLocale::system());
        QCOMPARE(trd::i18n::localeFor(u"system"_s), QLocale::system());
        QCOMPARE(trd::i18n::localeFor(u"zh_CN"_s).language(), QLocale::Chinese);
        QCOMPARE(trd::i18n::localeFor(u"es"_s).language(), QLocale::Spanish);
        QCOMPARE(trd::i18n::localeFor(u"en"_s).language(), QLocale::English);
    }

    void theGuideIsShownInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("title");
        QTest::newRow("Chinese") << u"zh_CN"_s << u"# TrancheDesk 用户指南"_s;
        QTest::newRow("Spanish (Spain)") << u"es_ES"_s << u"# Guía del usuario de TrancheDesk"_s;
        QTest::newRow("Spanish (Argentina) falls back to es") << u"es_AR"_s << u"# Guía del usuario de TrancheDesk"_s;
        QTest::newRow("English") << u"en_US"_s << u"# TrancheDesk user guide"_s;
        QTest::newRow("an unshipped language is English") << u"de_DE"_s << u"# TrancheDesk user guide"_s;
    }

    void theGuideIsShownInTheChosenLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, title);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const QString guide = trd::ui::HelpDialog::guideText();
        QLocale::setDefault(before);
        QCOMPARE(guide.section(u'\n', 0, 0), title);
    }

    // A translated guide keeps the original's chapters, code blocks, table rows and pictures, so
    // that a chapter added in English and not in a translation fails here.
    void theTranslatedGuidesFollowTheOriginal_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &language : trd::i18n::shippedLanguages()) {
            QTest::newRow(qPrintable(language)) << u"user-guide_%1.md"_s.arg(language);
        }
    }

    void theTranslatedGuidesFollowTheOriginal()
    {
        QFETCH(QString, file);
        const auto shape = [](const QString &name) {
            QFile guide(QStringLiteral(TRD_SOURCE_DIR "/resources/ui/") + name);
            if (!guide.open(QIODevice::ReadOnly)) {
                qFatal("cannot read %s", qPrintable(name));
            }
            QStringList lines;
            for (const QString &line : QString::fromUtf8(guide.readAll()).split(u'\n')) {
                if (line.startsWith(u"## "_s)) {
                    lines << u"chapter"_s;
                } else if (line.startsWith(u"### "_s)) {
                    lines << u"section"_s;
                } else if (line.startsWith(u"```"_s)) {
                    lines << u"code "_s + line;
                } else if (line.startsWith(u'|')) {
                    lines << u"table row"_s;
                } else if (line.startsWith(u"!["_s)) {
                    lines << u"image "_s + line.section(u'(', -1); // the picture, not its caption
                }
            }
            return lines;
        };
        QCOMPARE(shape(file), shape(u"user-guide.md"_s));
    }

    void numbersOnScreenFollowTheLocale()
    {
        using trd::core::Decimal;
        const QLocale before;
        QLocale::setDefault(QLocale(u"es_ES"_s));
        QCOMPARE(trd::ui::UiFormat::money(Decimal::fromString(u"-12.5"_s)), u"-12,50"_s);
        QCOMPARE(trd::ui::UiFormat::price(Decimal::fromString(u"64123.25"_s)), u"64123,25"_s);
        QLocale::setDefault(QLocale(u"zh_CN"_s));
        QCOMPARE(trd::ui::UiFormat::money(Decimal::fromString(u"-12.5"_s)), u"-12.50"_s);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(trd::ui::UiFormat::percent(Decimal::fromString(u"1.25"_s)), u"+1.25%"_s);
        QLocale::setDefault(before);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
