// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

namespace trd::ui {

// The keys live in the headless engine library, which the always-on engine shares; the window
// reads and writes them through the same interface.
using SecretStore = engine::SecretStore;
using MemorySecretStore = engine::MemorySecretStore;

} // namespace trd::ui
