// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../engine/EngineRig.h"
#include "mainwindow/MainWindow.h"
#include "session/DeskSession.h"
#include "session/RemoteEngine.h"
#include "tranches/TrancheTableModel.h"

namespace trd::ui::test {

// A window over an EngineRig's engine through the control protocol, with the given token: the
// wiring of tranchedesk --connect without its keychain and fingerprint questions.
struct RemoteDesk
{
    MemorySecretStore secrets;
    RemoteEngine remote;
    DeskSession session;
    MainWindow window;

    RemoteDesk(engine::test::EngineRig &rig, const QString &token)
        : remote(settings(rig, token))
        , session(nullptr, &remote, &secrets, QString())
        , window((session.setRemote(&remote), remote.bind(&session), &session))
    {
        window.resize(1400, 860);
        window.show();
        window.loadData();
        remote.open();
    }

    static engine::ControlClient::Settings settings(engine::test::EngineRig &rig, const QString &token)
    {
        engine::ControlClient::Settings s;
        s.url = rig.server->url();
        s.token = token;
        s.name = QStringLiteral("desk window");
        return s;
    }

    bool shows(const QString &trancheId) const { return window.trancheModel()->rowOf(trancheId) >= 0; }
    bool isLinkUp() const { return remote.link() == RemoteEngine::Link::Up; }
};

} // namespace trd::ui::test
