# SPDX-FileCopyrightText: 2026 TrancheDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR=build -DDEST=dir -P InstallTree.cmake
# Installs the build into DEST with prefix /usr, as the Debian package does, and checks the tree:
# every file of the desktop integration is there, nothing else is (translations aside), and each
# PNG icon has its directory's size.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${DEST})
execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${DEST} ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${err}")
endif()

set(sizes 16 22 24 32 48 64 128 256 512)
set(expected
  usr/bin/tranchedesk
  usr/bin/tranchedesk-cli
  usr/bin/tranchedesk-engine
  usr/lib/systemd/system/tranchedesk-engine.service
  usr/lib/systemd/user/tranchedesk-engine.service
  usr/lib/sysusers.d/tranchedesk.conf
  usr/share/man/man1/tranchedesk-engine.1.gz
  usr/share/applications/tranchedesk.desktop
  usr/share/metainfo/io.github.tranchedesk.TrancheDesk.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/tranchedesk.svg
  usr/share/man/man1/tranchedesk.1.gz
  usr/share/man/man1/tranchedesk-cli.1.gz
  usr/share/doc/tranchedesk/user-guide.md
  usr/share/doc/tranchedesk/copyright
  usr/share/doc/tranchedesk/changelog.gz)
foreach(size ${sizes})
  list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/tranchedesk.png)
endforeach()

set(problems)
foreach(f ${expected})
  if(NOT EXISTS ${DEST}/${f})
    list(APPEND problems "missing: ${f}")
  endif()
endforeach()
file(GLOB_RECURSE installed RELATIVE ${DEST} ${DEST}/*)
foreach(f ${installed})
  if(NOT f IN_LIST expected AND NOT f MATCHES "^usr/share/tranchedesk/translations/[^/]+\\.qm$")
    list(APPEND problems "not expected: ${f}")
  endif()
endforeach()
foreach(size ${sizes})
  set(png ${DEST}/usr/share/icons/hicolor/${size}x${size}/apps/tranchedesk.png)
  if(EXISTS ${png})
    # The IHDR chunk: width and height, big-endian, at bytes 16..23.
    file(READ ${png} ihdr OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING ${ihdr} 0 8 w)
    string(SUBSTRING ${ihdr} 8 8 h)
    math(EXPR w "0x${w}")
    math(EXPR h "0x${h}")
    if(NOT w EQUAL size OR NOT h EQUAL size)
      list(APPEND problems "${size}x${size} icon is ${w}x${h}")
    endif()
  endif()
endforeach()
if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "the installed tree in ${DEST}:\n  ${text}")
endif()
list(LENGTH installed n)
message(STATUS "installed tree complete: ${n} files")
