// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace trd::i18n {

namespace {

// Owned here so that a second install() (a language changed while running) removes the first.
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

bool replace(std::unique_ptr<QTranslator> &slot, const QLocale &locale, const QString &name, const QString &dir)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot.get());
        slot.reset();
    }
    auto translator = std::make_unique<QTranslator>();
    // load() walks the locale's UI languages (zh-Hans-CN, zh-CN, zh; es-ES, es) for the first
    // catalogue that exists.
    if (!translator->load(locale, name, u"_"_s, dir) || !QCoreApplication::installTranslator(translator.get())) {
        return false;
    }
    slot = std::move(translator);
    return true;
}

} // namespace

QStringList shippedLanguages()
{
    return { u"zh_CN"_s, u"es"_s };
}

QLocale localeFor(const QString &setting)
{
    if (setting.isEmpty() || setting == u"system") {
        return QLocale::system();
    }
    return QLocale(setting);
}

bool install(const QLocale &locale)
{
    replace(qtTranslator(), locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return replace(appTranslator(), locale, u"tranchedesk"_s, u":/i18n"_s);
}

} // namespace trd::i18n
