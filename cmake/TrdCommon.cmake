# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language standard, Qt defines and warnings; every target links it.
add_library(trd_common INTERFACE)
add_library(Trd::Common ALIAS trd_common)
target_compile_features(trd_common INTERFACE cxx_std_20)
target_compile_definitions(trd_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(trd_common INTERFACE -Wall -Wextra -Werror)

option(TRD_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(TRD_SANITIZE)
  target_compile_options(trd_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                              -fno-sanitize-recover=undefined)
  target_link_options(trd_common INTERFACE -fsanitize=address,undefined)
endif()
