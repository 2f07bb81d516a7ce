// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QUrl>

namespace trd::ui {

// The remote engine a profile remembers (tranchedesk --connect, File → Connect to engine…): its
// address and pinned certificate fingerprint in the profile's settings, its token in the keychain
// only. An address is HOST:PORT (plain ws on loopback, where the engine allows it, wss elsewhere,
// as the engine requires) or a ws:// or wss:// URL.
class RemoteProfile
{
    Q_DECLARE_TR_FUNCTIONS(trd::ui::RemoteProfile)

public:
    static core::Result<QUrl> urlFor(const QString &address);
    // "host:port" of a URL, the key everything else is remembered under.
    static QString keyOf(const QUrl &url);

    static QString savedAddress();
    static void saveAddress(const QString &address);
    // Hex SHA-256 of the engine's certificate, pinned on first use; empty: none yet.
    static QByteArray pinnedFingerprint(const QUrl &url);
    static void pinFingerprint(const QUrl &url, const QByteArray &sha256Hex);

    static QString savedToken(SecretStore *secrets, const QUrl &url);
    static bool saveToken(SecretStore *secrets, const QUrl &url, const QString &token);
    // The first line of a file (tranchedesk --token-file); refused, naming the file, when it is
    // missing, empty, or readable by its group or others.
    static core::Result<QString> readTokenFile(const QString &path);
    // The token from --token-file, else $TRANCHEDESK_ENGINE_TOKEN, else the keychain.
    static core::Result<QString> resolveToken(SecretStore *secrets, const QUrl &url, const QString &tokenFile);

    // The certificate a wss engine presents, read once without trusting it: what the trader is
    // asked to pin on first use. Waits up to timeoutMs.
    static core::Result<QByteArray> probeFingerprint(const QUrl &url, int timeoutMs = 10'000);
    // "AB:CD:…" for reading aloud and comparing with the engine's log.
    static QString displayFingerprint(const QByteArray &sha256Hex);
};

} // namespace trd::ui
