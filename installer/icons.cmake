# The application icon, rendered from resources/icons/glance-inventory.svg at build time by
# glance-icongen (installer/icongen): hicolor PNGs for Linux, .icns for the macOS bundle, .ico
# for the Windows executable. Included from the top-level CMakeLists.txt after glance-inventory is
# defined, so that the generated files can be sources of that target (same directory).
set(GLANCE_ICON_SVG ${CMAKE_SOURCE_DIR}/resources/icons/glance-inventory.svg)
set(GLANCE_ICON_DIR ${CMAKE_BINARY_DIR}/icons)
set(GLANCE_ICON_PNG_SIZES 16 22 24 32 48 64 128 256 512)
set(glance_icon_outputs
    ${GLANCE_ICON_DIR}/glance-inventory.icns
    ${GLANCE_ICON_DIR}/glance-inventory.ico)
foreach(size IN LISTS GLANCE_ICON_PNG_SIZES)
    list(APPEND glance_icon_outputs
        ${GLANCE_ICON_DIR}/hicolor/${size}x${size}/apps/il.co.glance.inventory.png)
endforeach()
add_custom_command(
    OUTPUT ${glance_icon_outputs}
    COMMAND glance-icongen ${GLANCE_ICON_SVG} ${GLANCE_ICON_DIR}
    DEPENDS glance-icongen ${GLANCE_ICON_SVG}
    COMMENT "Rendering the application icon (PNG, ICNS, ICO)"
    VERBATIM)
add_custom_target(glance_icons ALL DEPENDS ${glance_icon_outputs})

if(APPLE)
    set(glance_icns ${GLANCE_ICON_DIR}/glance-inventory.icns)
    target_sources(glance-inventory PRIVATE ${glance_icns})
    set_source_files_properties(${glance_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
elseif(WIN32)
    configure_file(${CMAKE_SOURCE_DIR}/installer/windows/glance-inventory.rc.in
        ${CMAKE_BINARY_DIR}/glance-inventory.rc @ONLY)
    target_sources(glance-inventory PRIVATE ${CMAKE_BINARY_DIR}/glance-inventory.rc)
    set_source_files_properties(${CMAKE_BINARY_DIR}/glance-inventory.rc PROPERTIES
        OBJECT_DEPENDS ${GLANCE_ICON_DIR}/glance-inventory.ico)
    add_dependencies(glance-inventory glance_icons)
endif()
