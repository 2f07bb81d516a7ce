// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The About box (forms/AboutDialog.ui): the version, the commit this build was made from, the
// licence and the libraries used with their versions.
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace trd::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    struct Library
    {
        QString name;
        QString version; // empty when the build cannot tell
        QString purpose;
    };

    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The libraries in the table, with the versions the running program uses where it can ask
    // them (Qt, SQLite) and else the versions it was built against (QtKeychain, libsecp256k1).
    static QList<Library> libraries();
    static QString version();
    static QString commit();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace trd::ui
