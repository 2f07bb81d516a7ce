// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include "Translations.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui::Language {

namespace {

const QString kKey = u"view/language"_s;

} // namespace

QString saved()
{
    const QString name = QSettings().value(kKey).toString();
    return name.isEmpty() ? u"system"_s : name;
}

void save(const QString &name)
{
    QSettings().setValue(kKey, name);
}

void apply(const QString &name)
{
    const QLocale locale = i18n::localeFor(name.isEmpty() ? saved() : name);
    QLocale::setDefault(locale);
    i18n::install(locale);
}

} // namespace trd::ui::Language
