# dmremap_find_pkgconfig(<Name> <pkg-config module> <header> <library>)
# Shared body of the Find modules for C libraries that ship a pkg-config file
# but no CMake config: defines the imported target <Name>::<Name> and sets
# <Name>_FOUND and <Name>_VERSION, for find_package() and feature_summary().
macro(dmremap_find_pkgconfig name module header library)
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND)
    pkg_check_modules(PC_${name} QUIET ${module})
  endif()
  find_path(${name}_INCLUDE_DIR NAMES ${header} HINTS ${PC_${name}_INCLUDE_DIRS})
  find_library(${name}_LIBRARY NAMES ${library} HINTS ${PC_${name}_LIBRARY_DIRS})
  set(${name}_VERSION ${PC_${name}_VERSION})
  include(FindPackageHandleStandardArgs)
  find_package_handle_standard_args(${name}
    REQUIRED_VARS ${name}_LIBRARY ${name}_INCLUDE_DIR
    VERSION_VAR ${name}_VERSION)
  if(${name}_FOUND AND NOT TARGET ${name}::${name})
    add_library(${name}::${name} UNKNOWN IMPORTED)
    set_target_properties(${name}::${name} PROPERTIES
      IMPORTED_LOCATION "${${name}_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${${name}_INCLUDE_DIR}")
  endif()
  mark_as_advanced(${name}_INCLUDE_DIR ${name}_LIBRARY)
endmacro()
