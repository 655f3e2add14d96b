# libatasmart: imported target LibAtaSmart::LibAtaSmart.
include(DmremapFindPkgConfig)
dmremap_find_pkgconfig(LibAtaSmart libatasmart atasmart.h atasmart)
