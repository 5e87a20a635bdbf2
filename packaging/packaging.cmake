# Installation layout and the Debian package: `cpack -G DEB` in the build directory (or ./dev.sh package).
include(GNUInstallDirs)

if(PAYDESK_BUILD_GUI)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/org.paydesk.Paydesk.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/org.paydesk.Paydesk.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/paydesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME org.paydesk.Paydesk.svg)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/packaging/paydesk-server.service ${PROJECT_SOURCE_DIR}/packaging/paydesk-backup.service
              ${PROJECT_SOURCE_DIR}/packaging/paydesk-backup.timer DESTINATION lib/systemd/system)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/paydesk-server.conf DESTINATION /etc/paydesk)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/nginx-paydesk.conf ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/paydesk)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/paydesk RENAME copyright)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME paydesk)
set(CPACK_PACKAGE_VENDOR "Paydesk")
set(CPACK_PACKAGE_CONTACT "Paydesk developers <dev@paydesk.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Paydesk is a desktop application for hospital cashiers, airtime kiosks and their
supervisors, built on Paystack, with paydesk-server for hospitals that share one PostgreSQL database.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see.
# postgresql-client: pg_dump and pg_restore for `paydesk-server backup` on the hospital's database.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, postgresql-client")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/packaging/conffiles")
set(CPACK_STRIP_FILES ON)
include(CPack)
